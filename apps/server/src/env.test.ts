import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TENANT_BYTES } from "@abante/blob";
import { retention } from "@abante/privacy";
import { describe, expect, it } from "vitest";
import { loadEnv } from "./env";

describe("environment: upload limits", () => {
  it("defaults to 100 MiB per file and 5 GiB per tenant, unset or empty alike", () => {
    for (const env of [{}, { FILE_MAX_BYTES: "", TENANT_MAX_BYTES: " " }]) {
      const { FILE_MAX_BYTES, TENANT_MAX_BYTES } = loadEnv(env);
      expect({ FILE_MAX_BYTES, TENANT_MAX_BYTES }).toEqual({
        FILE_MAX_BYTES: DEFAULT_MAX_FILE_BYTES,
        TENANT_MAX_BYTES: DEFAULT_MAX_TENANT_BYTES,
      });
    }
    expect(DEFAULT_MAX_FILE_BYTES).toBe(100 * 1024 ** 2);
    expect(DEFAULT_MAX_TENANT_BYTES).toBe(5 * 1024 ** 3);
  });

  it("reads FILE_MAX_BYTES and TENANT_MAX_BYTES as whole numbers of bytes", () => {
    const env = loadEnv({ FILE_MAX_BYTES: "1000", TENANT_MAX_BYTES: " 5000 " });
    expect(env.FILE_MAX_BYTES).toBe(1000);
    expect(env.TENANT_MAX_BYTES).toBe(5000);
  });

  it.each([
    ["FILE_MAX_BYTES", "10MB"],
    ["FILE_MAX_BYTES", "1.5"],
    ["FILE_MAX_BYTES", "-1"],
    ["TENANT_MAX_BYTES", "0"],
    ["TENANT_MAX_BYTES", "99999999999999999999"],
  ])("refuses %s=%j, naming the variable", (name, value) => {
    expect(() => loadEnv({ [name]: value })).toThrow(new RegExp(`${name}: ${name} must be a whole number of bytes`));
  });
});

describe("TRIAL_DAYS", () => {
  it("defaults to the registry's trial length and reads whole days", () => {
    expect(loadEnv({}).TRIAL_DAYS).toBe(retention.trialDays);
    expect(loadEnv({ TRIAL_DAYS: "30" }).TRIAL_DAYS).toBe(30);
  });

  it.each(["0", "2.5", "366", "soon"])("refuses TRIAL_DAYS=%j, naming the variable", (value) => {
    expect(() => loadEnv({ TRIAL_DAYS: value })).toThrow(/TRIAL_DAYS: TRIAL_DAYS must be/);
  });
});

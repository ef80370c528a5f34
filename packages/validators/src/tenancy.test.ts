import { describe, expect, it } from "vitest";
import { tenantSlug } from "./tenancy";

describe("tenantSlug", () => {
  it("accepts and normalizes valid slugs", () => {
    expect(tenantSlug.parse(" Acme-Corp ")).toBe("acme-corp");
    expect(tenantSlug.parse("a1b")).toBe("a1b");
  });
  it.each([
    ["ab", "at least 3"],
    ["-acme", "hyphens"],
    ["acme-", "hyphens"],
    ["ac me", "hyphens"],
    ["x".repeat(49), "at most 48"],
  ])("rejects %j with a reason", (value, reason) => {
    const r = tenantSlug.safeParse(value);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain(reason);
  });
});

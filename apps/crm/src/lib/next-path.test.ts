import { describe, expect, it } from "vitest";
import { appPath, safeNextPath, signInPath } from "./next-path";

describe("safeNextPath", () => {
  it("accepts a path inside the app, with its query", () => {
    expect(safeNextPath("/account")).toBe("/account");
    expect(safeNextPath("/dev/mailbox/7?x=1")).toBe("/dev/mailbox/7?x=1");
  });

  it("refuses anything that could leave the app (no open redirect)", () => {
    for (const next of ["//evil.example", "https://evil.example", "/\\evil.example", "evil", "/ /x", "", undefined]) {
      expect(safeNextPath(next)).toBe("/");
    }
  });

  it("does not loop back to the sign-in or sign-up page", () => {
    expect(safeNextPath("/sign-in?next=/account")).toBe("/");
    expect(safeNextPath("/sign-up")).toBe("/");
    expect(safeNextPath("/sign-ins-are-fine")).toBe("/sign-ins-are-fine");
  });
});

describe("appPath and signInPath", () => {
  it("drops the router base so that the path can be navigated to again", () => {
    expect(appPath({ pathname: "/app/account", search: "?tab=1" }, "/app/")).toBe("/account?tab=1");
    expect(appPath({ pathname: "/app", search: "" }, "/app/")).toBe("/");
    expect(signInPath("/account?tab=1")).toBe("/sign-in?next=%2Faccount%3Ftab%3D1");
    expect(signInPath("/")).toBe("/sign-in");
  });
});

import { describe, expect, it } from "vitest";
import { navItems, visibleNavItems } from "./nav-items";

const labels = (signedIn: boolean | undefined, dev = false) =>
  visibleNavItems(navItems, signedIn, dev).map((item) => item.label);

describe("visibleNavItems", () => {
  it("offers sign-in and sign-up to visitors, the account to members", () => {
    expect(labels(false)).toEqual(["Status", "Sign in", "Create account"]);
    expect(labels(true)).toEqual(["CRM databases", "Status", "Account"]);
  });

  it("shows neither while the session is not known yet", () => {
    expect(labels(undefined)).toEqual(["Status"]);
  });

  it("shows the dev mailbox only in the development build", () => {
    expect(labels(true, true)).toEqual(["CRM databases", "Status", "Dev mailbox", "Account"]);
  });
});

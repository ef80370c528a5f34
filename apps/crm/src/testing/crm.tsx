import type { RouteDefinition } from "@solidjs/router";
import type { Member, TenantDetails } from "../lib/crm-queries";
import type { Me, MembershipRole, MyTenant } from "../lib/queries";
import TenantLayout from "../routes/tenant-layout";
import { mountRoutes } from "./mount";

// Fixtures and a mount helper for pages inside a CRM database. Tests mock "../lib/queries" (getMe, getMyTenants)
// and "../lib/crm-queries" (getTenant, getMembers and whatever the page calls) and give them these.

export const ADA_ID = "0190a000-0000-7000-8000-000000000001";
export const GRACE_ID = "0190a000-0000-7000-8000-000000000002";
export const LINUS_ID = "0190a000-0000-7000-8000-000000000003";

export const ada: Me = {
  id: ADA_ID,
  email: "ada@example.com",
  name: "Ada Lovelace",
  emailVerified: true,
  staffRole: null,
  locale: "en",
};

export function tenantDetails(role: MembershipRole, slug = "acme"): TenantDetails {
  return {
    id: "0190a000-0000-7000-8000-0000000000aa",
    slug,
    name: slug === "acme" ? "Acme Ltd" : "Beta GmbH",
    status: "active",
    trialEndsAt: null,
    role,
    memberCount: 3,
  };
}

export function members(myRole: MembershipRole): Member[] {
  const joined = new Date("2025-01-10T10:00:00Z");
  return [
    { accountId: ADA_ID, name: "Ada Lovelace", email: "ada@example.com", role: myRole, createdAt: joined },
    {
      accountId: GRACE_ID,
      name: "Grace Hopper",
      email: "grace@example.com",
      role: myRole === "owner" ? "admin" : "owner",
      createdAt: joined,
    },
    { accountId: LINUS_ID, name: "Linus Torvalds", email: "linus@example.com", role: "member", createdAt: joined },
  ];
}

export const myTenants: MyTenant[] = [
  {
    id: "0190a000-0000-7000-8000-0000000000aa",
    slug: "acme",
    name: "Acme Ltd",
    status: "active",
    role: "owner",
    trialEndsAt: null,
    createdAt: new Date("2025-01-01T00:00:00Z"),
  },
  {
    id: "0190a000-0000-7000-8000-0000000000bb",
    slug: "beta",
    name: "Beta GmbH",
    status: "trial",
    role: "member",
    trialEndsAt: new Date("2025-02-01T00:00:00Z"),
    createdAt: new Date("2025-01-15T00:00:00Z"),
  },
];

/** Renders `children` (routes relative to /t/:tenant) inside the real tenant layout, at `path`. */
export function mountTenantRoutes(path: string, children: RouteDefinition[]) {
  return mountRoutes(path, [{ path: "/t/:tenant", component: TenantLayout, children }]);
}

/** Waits for a condition the way the page reaches it: a few seconds for lazy work on a busy machine. */
export const settle = <T,>(check: () => T) => import("vitest").then(({ vi }) => vi.waitFor(check, { timeout: 5_000 }));

/** Fires a keyboard event on `target` as a key press would reach the page's handlers. */
export function press(target: Element, key: string) {
  target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
}

import { type Accessor, createContext, type JSX, useContext } from "solid-js";
import type { Member, TenantDetails } from "./crm-queries";
import type { MembershipRole } from "./queries";

/** The CRM database (tenant) a page works in: what the tenant layout knows, for every page under /t/:tenant. */
export interface TenantContextValue {
  /** The slug in the URL; every call inside the tenant names it. */
  slug: Accessor<string>;
  details: Accessor<TenantDetails>;
  role: Accessor<MembershipRole>;
  /** Admins and owners manage members, the pipeline and settings. */
  isAdmin: Accessor<boolean>;
  isOwner: Accessor<boolean>;
  /** The signed-in account. */
  meId: Accessor<string>;
  /** Every member (owners pick from them, filters offer them); undefined while loading or when it failed. */
  members: Accessor<Member[] | undefined>;
  /** Takes the tenant's details after a change (rename, role change) without asking again. */
  setDetails: (details: TenantDetails) => void;
  refreshDetails: () => void;
  refreshMembers: () => void;
  /** The app path of a page of this tenant: path("/contacts") → "/t/acme/contacts". */
  path: (sub: string) => string;
  /** Call with any error of a call: an ended session sends the visitor to sign in. */
  handleError: (error: unknown) => void;
}

const TenantContext = createContext<TenantContextValue>();

export function TenantProvider(props: { value: TenantContextValue; children: JSX.Element }) {
  return <TenantContext.Provider value={props.value}>{props.children}</TenantContext.Provider>;
}

export function useTenant(): TenantContextValue {
  const tenant = useContext(TenantContext);
  if (!tenant) throw new Error("useTenant() must be called inside the tenant layout (/t/:tenant)");
  return tenant;
}

/** The path of a tenant page: tenantPath("acme", "/deals") → "/t/acme/deals". */
export const tenantPath = (slug: string, sub = "") => `/t/${encodeURIComponent(slug)}${sub}`;

/** The sections of a tenant, in navigation order: the first path segment after /t/:tenant. */
export const tenantSections = ["contacts", "companies", "deals", "employees", "settings"] as const;

/**
 * Where the same page is in another tenant: the section (and the deals view) carries over, a record's id does not —
 * it belongs to the tenant being left. Anything else lands on the contacts.
 */
export function samePageIn(slug: string, pathname: string): string {
  const match = /\/t\/[^/]+(\/[^?#]*)?/.exec(pathname);
  const parts = (match?.[1] ?? "").split("/").filter(Boolean);
  const section = tenantSections.find((s) => s === parts[0]) ?? "contacts";
  const sub = section === "deals" && parts[1] === "list" ? "/deals/list" : `/${section}`;
  return tenantPath(slug, sub);
}

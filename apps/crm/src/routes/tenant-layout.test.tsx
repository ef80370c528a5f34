import { useParams } from "@solidjs/router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { samePageIn } from "../lib/tenant";
import { ada, members, mountTenantRoutes, myTenants, settle, tenantDetails } from "../testing/crm";
import { buttonNamed } from "../testing/mount";

const queries = vi.hoisted(() => ({ getMe: vi.fn(), getMyTenants: vi.fn() }));
vi.mock("../lib/queries", () => queries);
const crm = vi.hoisted(() => ({ getTenant: vi.fn(), getMembers: vi.fn() }));
vi.mock("../lib/crm-queries", () => crm);

/** A page that only says where it is. */
function Here() {
  const params = useParams();
  return <p data-testid="here">{`${params.tenant} ${params.id ?? ""}`.trim()}</p>;
}

let view: ReturnType<typeof mountTenantRoutes>;
const mount = (path: string) => {
  view = mountTenantRoutes(path, [
    { path: "/contacts", component: Here },
    { path: "/contacts/:id", component: Here },
    { path: "/deals/list", component: Here },
  ]);
  return view.container;
};
const here = () => view.container.querySelector('[data-testid="here"]')?.textContent;

beforeEach(() => {
  for (const fn of [...Object.values(queries), ...Object.values(crm)]) fn.mockReset();
  queries.getMe.mockResolvedValue(ada);
  queries.getMyTenants.mockResolvedValue(myTenants);
  crm.getTenant.mockImplementation(async (slug: string) => {
    if (slug === "acme" || slug === "beta") return tenantDetails(slug === "acme" ? "owner" : "member", slug);
    throw Object.assign(new Error("No such CRM database."), { data: { code: "NOT_FOUND" } });
  });
  crm.getMembers.mockResolvedValue(members("owner"));
});
afterEach(() => view.unmount());

describe("tenant shell", () => {
  it("names the database and offers the CRM's sections", async () => {
    const page = mount("/app/t/acme/contacts");
    await settle(() => expect(here()).toBe("acme"));
    expect(page.querySelector(".switcher-button")?.textContent).toContain("Acme Ltd");
    const nav = page.querySelector('nav[aria-label="CRM"]')!;
    expect([...nav.querySelectorAll("a")].map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Contacts", "/app/t/acme/contacts"],
      ["Companies", "/app/t/acme/companies"],
      ["Deals", "/app/t/acme/deals"],
      ["Employees", "/app/t/acme/employees"],
      ["Settings", "/app/t/acme/settings"],
    ]);
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe("Contacts");
  });

  it("switches to another database on the same section, leaving the record of the first behind", async () => {
    const page = mount("/app/t/acme/contacts/0190b000-0000-7000-8000-000000000001");
    await settle(() => expect(here()).toBe("acme 0190b000-0000-7000-8000-000000000001"));
    const toggle = page.querySelector<HTMLButtonElement>(".switcher-button")!;
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    toggle.click();
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const panel = page.querySelector(".switcher-panel")!;
    await settle(() => expect(panel.querySelectorAll("li a")).toHaveLength(2));
    const links = [...panel.querySelectorAll<HTMLAnchorElement>("li a")];
    expect(links[0]?.getAttribute("aria-current")).toBe("true");
    expect(links[1]?.getAttribute("href")).toBe("/app/t/beta/contacts");

    links[1]!.click();
    await settle(() => expect(location.pathname).toBe("/app/t/beta/contacts"));
    await settle(() => expect(here()).toBe("beta"));
    expect(page.querySelector(".switcher-button")?.textContent).toContain("Beta GmbH");
    expect(crm.getTenant).toHaveBeenLastCalledWith("beta");
  });

  it("keeps the deals view when switching", () => {
    expect(samePageIn("beta", "/app/t/acme/deals/list")).toBe("/t/beta/deals/list");
    expect(samePageIn("beta", "/app/t/acme/deals/0190d000-0000-7000-8000-000000000001")).toBe("/t/beta/deals");
    expect(samePageIn("beta", "/app/t/acme/settings")).toBe("/t/beta/settings");
    expect(samePageIn("beta", "/app/t/acme")).toBe("/t/beta/contacts");
  });

  it("treats a database the account is not in as one that does not exist", async () => {
    const page = mount("/app/t/secret/contacts");
    await settle(() => expect(page.querySelector("h1")?.textContent).toBe("CRM database not found"));
    expect(here()).toBeUndefined();
    expect(page.querySelector('nav[aria-label="CRM"]')).toBeNull();
  });

  it("closes the switcher with Escape and gives the focus back", async () => {
    const page = mount("/app/t/acme/contacts");
    await settle(() => expect(here()).toBe("acme"));
    const toggle = buttonNamed(page, "CRM database: Acme Ltd▾");
    toggle.click();
    page.querySelector<HTMLAnchorElement>(".switcher-panel li a")!.focus();
    document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(toggle);
  });
});

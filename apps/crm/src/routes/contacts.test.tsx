import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ContactRow } from "../lib/crm-queries";
import { ada, members, mountTenantRoutes, myTenants, press, settle, tenantDetails } from "../testing/crm";
import { buttonNamed } from "../testing/mount";
import ContactsPage from "./contacts";

const queries = vi.hoisted(() => ({ getMe: vi.fn(), getMyTenants: vi.fn() }));
vi.mock("../lib/queries", () => queries);
const crm = vi.hoisted(() => ({
  PAGE_SIZE: 50,
  getTenant: vi.fn(),
  getMembers: vi.fn(),
  listContacts: vi.fn(),
  listCompanies: vi.fn(),
  getCompany: vi.fn(),
}));
vi.mock("../lib/crm-queries", () => crm);

function row(n: number, first: string, last: string): ContactRow {
  return {
    id: `0190b000-0000-7000-8000-00000000000${n}`,
    firstName: first,
    lastName: last,
    email: `${first.toLowerCase()}@example.com`,
    phone: null,
    jobTitle: null,
    company: n === 1 ? { id: "0190c000-0000-7000-8000-000000000001", name: "Analytical Engines" } : null,
    ownerAccountId: null,
    tags: n === 1 ? ["vip"] : [],
    createdAt: new Date("2025-03-01T10:00:00Z"),
  };
}

let view: ReturnType<typeof mountTenantRoutes>;
const mount = (path = "/app/t/acme/contacts") => {
  view = mountTenantRoutes(path, [{ path: "/contacts", component: ContactsPage }]);
  return view.container;
};
const rowLinks = () => [...view.container.querySelectorAll("tbody th a")].map((a) => a.textContent);
const searchBox = () => view.container.querySelector<HTMLInputElement>('input[type="search"]')!;
const typeSearch = (value: string) => {
  searchBox().value = value;
  searchBox().dispatchEvent(new Event("input", { bubbles: true }));
};

beforeEach(() => {
  for (const fn of [...Object.values(queries), ...Object.values(crm)]) if (typeof fn === "function") fn.mockReset();
  queries.getMe.mockResolvedValue(ada);
  queries.getMyTenants.mockResolvedValue(myTenants);
  crm.getTenant.mockResolvedValue(tenantDetails("owner"));
  crm.getMembers.mockResolvedValue(members("owner"));
});
afterEach(() => view.unmount());

describe("contact list", () => {
  it("shows skeleton rows, then the first 50 as links, and asks for the next page with the cursor", async () => {
    let answer!: (page: { items: ContactRow[]; nextCursor: string | null }) => void;
    crm.listContacts.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    crm.listContacts.mockResolvedValueOnce({ items: [row(3, "Linus", "Torvalds")], nextCursor: null });
    const page = mount();

    await settle(() => expect(page.querySelector(".skeleton")).not.toBeNull());
    expect(page.querySelector(".table-scroll")?.getAttribute("aria-busy")).toBe("true");
    expect(crm.listContacts).toHaveBeenCalledWith(
      { tenant: "acme", sort: "name", direction: "asc", cursor: null, limit: 50 },
      expect.any(AbortSignal),
    );

    answer({ items: [row(1, "Ada", "Lovelace"), row(2, "Grace", "Hopper")], nextCursor: "cursor-after-grace" });
    await settle(() => expect(rowLinks()).toEqual(["Ada Lovelace", "Grace Hopper"]));
    expect(page.querySelector(".skeleton")).toBeNull();
    const first = page.querySelector<HTMLAnchorElement>("tbody th a")!;
    expect(first.getAttribute("href")).toBe("/app/t/acme/contacts/0190b000-0000-7000-8000-000000000001");
    expect(page.querySelector("tbody")?.textContent).toContain("Analytical Engines");
    expect(page.querySelector("tbody")?.textContent).toContain("vip");

    buttonNamed(page, "Load more contacts").click();
    await settle(() => expect(rowLinks()).toEqual(["Ada Lovelace", "Grace Hopper", "Linus Torvalds"]));
    expect(crm.listContacts).toHaveBeenCalledTimes(2);
    expect(crm.listContacts.mock.calls[1]?.[0]).toEqual({
      tenant: "acme",
      sort: "name",
      direction: "asc",
      cursor: "cursor-after-grace",
      limit: 50,
    });
    expect(page.textContent).toContain("All 3 contacts shown.");
    expect([...page.querySelectorAll("button")].some((b) => b.textContent === "Load more contacts")).toBe(false);
  });

  it("searches once the typing pauses, with the term in the URL and the request, from the first page", async () => {
    crm.listContacts.mockResolvedValue({ items: [row(1, "Ada", "Lovelace")], nextCursor: null });
    mount();
    await settle(() => expect(rowLinks()).toEqual(["Ada Lovelace"]));
    expect(crm.listContacts).toHaveBeenCalledTimes(1);

    typeSearch("l");
    typeSearch("love");
    typeSearch("lovelace");
    // Still typing (as far as the page can tell): nothing asked yet.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(location.search).toBe("");
    expect(crm.listContacts).toHaveBeenCalledTimes(1);
    await settle(() => expect(location.search).toBe("?q=lovelace"));
    await settle(() => expect(crm.listContacts).toHaveBeenCalledTimes(2));
    expect(crm.listContacts.mock.calls[1]?.[0]).toMatchObject({ tenant: "acme", search: "lovelace", cursor: null });
    expect(location.pathname).toBe("/app/t/acme/contacts");
  });

  it("reads search, filters and sort from the URL, and sorts from the column header", async () => {
    crm.listContacts.mockResolvedValue({ items: [row(1, "Ada", "Lovelace")], nextCursor: null });
    mount("/app/t/acme/contacts?q=ada&tag=vip&sort=createdAt&dir=desc");
    await settle(() => expect(rowLinks()).toEqual(["Ada Lovelace"]));
    expect(crm.listContacts.mock.calls[0]?.[0]).toMatchObject({
      search: "ada",
      tag: "vip",
      sort: "createdAt",
      direction: "desc",
    });
    expect(searchBox().value).toBe("ada");

    const nameHeader = [...view.container.querySelectorAll("thead th")].find((th) =>
      th.textContent?.startsWith("Name"),
    )!;
    expect(nameHeader.hasAttribute("aria-sort")).toBe(false);
    nameHeader.querySelector("button")!.click();
    await settle(() => expect(location.search).toContain("sort=name"));
    expect(location.search).toContain("dir=asc");
    await settle(() =>
      expect(crm.listContacts.mock.calls.at(-1)?.[0]).toMatchObject({ sort: "name", direction: "asc" }),
    );
    await settle(() => expect(nameHeader.getAttribute("aria-sort")).toBe("ascending"));
  });

  it("filters on a company from the URL, and Clear filters empties the company control too", async () => {
    const COMPANY = "0190c000-0000-7000-8000-000000000001";
    crm.getCompany.mockResolvedValue({ id: COMPANY, name: "Analytical Engines" });
    crm.listContacts.mockResolvedValue({ items: [row(1, "Ada", "Lovelace")], nextCursor: null });
    const page = mount(`/app/t/acme/contacts?company=${COMPANY}&tag=vip`);
    await settle(() => expect(rowLinks()).toEqual(["Ada Lovelace"]));
    expect(crm.listContacts.mock.calls[0]?.[0]).toMatchObject({ companyId: COMPANY, tag: "vip" });
    const picker = () => page.querySelector<HTMLInputElement>('[role="combobox"]')!;
    await settle(() => expect(picker().value).toBe("Analytical Engines"));

    buttonNamed(page, "Clear filters").click();
    await settle(() => expect(location.search).toBe(""));
    await settle(() => expect(crm.listContacts.mock.calls.at(-1)?.[0]).not.toHaveProperty("companyId", COMPANY));
    // The list is no longer filtered: neither may the control say so (it kept the company's name).
    expect(picker().value).toBe("");

    // Choosing again from the keyboard filters, and the control stays the one under the keyboard (it was redrawn
    // while the company's name loaded, and the focus fell to the page).
    crm.listCompanies.mockResolvedValue({ items: [{ id: COMPANY, name: "Analytical Engines", domain: null }] });
    const control = picker();
    control.focus();
    control.value = "ana";
    control.dispatchEvent(new Event("input", { bubbles: true }));
    await settle(() => expect(page.querySelector('[role="option"]')).not.toBeNull());
    press(control, "Enter");
    await settle(() => expect(location.search).toBe(`?company=${COMPANY}`));
    await settle(() => expect(crm.getCompany).toHaveBeenCalledTimes(2));
    expect(picker()).toBe(control);
    expect(document.activeElement).toBe(control);
    expect(control.value).toBe("Analytical Engines");
  });

  it("says when a page could not load and tries again; an empty list invites to add the first contact", async () => {
    crm.listContacts.mockRejectedValueOnce(
      Object.assign(new Error("The database is busy."), { data: { code: "INTERNAL_SERVER_ERROR" } }),
    );
    crm.listContacts.mockResolvedValueOnce({ items: [], nextCursor: null });
    const page = mount();
    await settle(() => expect(page.querySelector('[role="alert"]')?.textContent).toContain("The database is busy."));
    buttonNamed(page, "Try again").click();
    await settle(() => expect(page.textContent).toContain("No contacts yet."));
    expect(page.querySelector('[role="alert"]')).toBeNull();
    expect([...page.querySelectorAll("td.empty a")].map((a) => a.textContent)).toContain("Add the first contact");
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Activity, Contact, Deal, DealRow, Employee, Stage } from "../lib/crm-queries";
import ContactPage from "../routes/contact";
import NewContactPage from "../routes/contact-new";
import DealPage from "../routes/deal";
import EmployeePage from "../routes/employee";
import { ADA_ID, ada, GRACE_ID, members, mountTenantRoutes, myTenants, settle, tenantDetails } from "../testing/crm";
import { buttonNamed, controlLabelled, type } from "../testing/mount";

// The record scaffold (components/record-page.tsx) through the four record kinds that use it: loading and failure,
// editing on the shared schema with errors under their fields, deleting after a confirmation, and what sits below.

const queries = vi.hoisted(() => ({ getMe: vi.fn(), getMyTenants: vi.fn() }));
vi.mock("../lib/queries", () => queries);
const crm = vi.hoisted(() => ({
  PAGE_SIZE: 50,
  getTenant: vi.fn(),
  getMembers: vi.fn(),
  getContact: vi.fn(),
  createContact: vi.fn(),
  updateContact: vi.fn(),
  deleteContact: vi.fn(),
  getCompany: vi.fn(),
  getDeal: vi.fn(),
  updateDeal: vi.fn(),
  deleteDeal: vi.fn(),
  getStages: vi.fn(),
  getEmployee: vi.fn(),
  deleteEmployee: vi.fn(),
  getTimeline: vi.fn(),
  listDeals: vi.fn(),
  listContacts: vi.fn(),
  listCompanies: vi.fn(),
  listAttachments: vi.fn(),
  uploadUrl: () => "/api/t/acme/attachments",
}));
vi.mock("../lib/crm-queries", () => crm);

const CONTACT = "0190b000-0000-7000-8000-000000000001";
const COMPANY = "0190c000-0000-7000-8000-000000000001";
const DEAL = "0190d000-0000-7000-8000-000000000001";
const EMPLOYEE = "0190f000-0000-7000-8000-000000000001";
const LEAD = "0190e000-0000-7000-8000-000000000001";
const LOST = "0190e000-0000-7000-8000-000000000002";

const contact = (changes: Partial<Contact> = {}): Contact => ({
  id: CONTACT,
  firstName: "Charles",
  lastName: "Babbage",
  email: "charles@example.com",
  phone: null,
  extraEmails: [],
  extraPhones: [],
  jobTitle: "Engineer",
  companyId: COMPANY,
  company: { id: COMPANY, name: "Analytical Engines" },
  ownerAccountId: GRACE_ID,
  owner: { id: GRACE_ID, name: "Grace Hopper" },
  tags: ["vip"],
  notes: null,
  marketingConsent: false,
  marketingConsentAt: null,
  createdAt: new Date("2025-03-01T10:00:00Z"),
  updatedAt: new Date("2025-03-01T10:00:00Z"),
  ...changes,
});

const stages: Stage[] = [
  { id: LEAD, name: "Lead", kind: "open", position: 1, probability: 10, dealCount: 1 },
  { id: LOST, name: "Lost", kind: "lost", position: 2, probability: 0, dealCount: 1 },
];

const deal = (changes: Partial<Deal> = {}): Deal => ({
  id: DEAL,
  title: "Difference engine",
  amount: "17000.00",
  currency: "GBP",
  stageId: LOST,
  stage: { id: LOST, name: "Lost", kind: "lost" },
  status: "lost",
  lostReason: "Funding ran out",
  closedAt: new Date("2025-04-01T10:00:00Z"),
  position: 1,
  companyId: COMPANY,
  company: { id: COMPANY, name: "Analytical Engines" },
  contactId: null,
  contact: null,
  ownerAccountId: null,
  owner: null,
  expectedClose: null,
  createdAt: new Date("2025-03-01T10:00:00Z"),
  updatedAt: new Date("2025-03-01T10:00:00Z"),
  ...changes,
});

const dealRow = (changes: Partial<DealRow>): DealRow => ({
  id: "0190d000-0000-7000-8000-000000000002",
  title: "Deal",
  amount: "17000.00",
  currency: "GBP",
  stageId: LEAD,
  stage: { id: LEAD, name: "Lead" },
  status: "open",
  company: null,
  contact: null,
  ownerAccountId: null,
  expectedClose: null,
  closedAt: null,
  createdAt: new Date("2025-03-01T10:00:00Z"),
  ...changes,
});

const employee: Employee = {
  id: EMPLOYEE,
  firstName: "Mary",
  lastName: "Somerville",
  jobTitle: "Translator",
  department: "Research & Writing",
  email: null,
  phone: null,
  startDate: "2025-01-15",
  accountId: null,
  account: null,
  createdAt: new Date("2025-03-01T10:00:00Z"),
  updatedAt: new Date("2025-03-01T10:00:00Z"),
};

const call: Activity = {
  id: "0190a100-0000-7000-8000-000000000001",
  kind: "call",
  subject: "Asked about the engine",
  body: null,
  direction: "inbound",
  occurredAt: new Date("2025-03-02T10:00:00Z"),
  contact: { id: CONTACT, name: "Charles Babbage" },
  company: { id: COMPANY, name: "Analytical Engines" },
  deal: null,
  authorAccountId: ADA_ID,
  author: { id: ADA_ID, name: "Ada Lovelace" },
  createdAt: new Date("2025-03-02T10:00:00Z"),
  updatedAt: new Date("2025-03-02T10:00:00Z"),
};

/** An answer of the API refusing some fields, as the tRPC client throws it. */
const refusal = (fieldErrors: Record<string, string[]>) =>
  Object.assign(new Error("Some of the information is not valid."), { data: { code: "BAD_REQUEST", fieldErrors } });
const notFound = () => Object.assign(new Error("This contact does not exist."), { data: { code: "NOT_FOUND" } });

let view: ReturnType<typeof mountTenantRoutes>;
const mount = (path: string) => {
  // No route for a contact's page beside the new one: where a save leads shows as the "elsewhere" path.
  const routes = path.startsWith("/contacts/new")
    ? [{ path: "/contacts/new", component: NewContactPage }]
    : [
        { path: "/contacts/:id", component: ContactPage },
        { path: "/deals/:id", component: DealPage },
        { path: "/employees/:id", component: EmployeePage },
      ];
  view = mountTenantRoutes(`/app/t/acme${path}`, routes);
  return view.container;
};
const facts = (page: HTMLElement) =>
  Object.fromEntries(
    [...page.querySelectorAll("dl.facts > div")].map((row) => [
      row.querySelector("dt")?.textContent,
      row.querySelector("dd")?.textContent,
    ]),
  );
const sections = (page: HTMLElement) =>
  [...page.querySelectorAll("h2")].filter((h) => !h.closest("dialog")).map((h) => h.textContent);
const fieldError = (control: Element) =>
  document.getElementById(control.getAttribute("aria-describedby")?.split(" ").pop() ?? "")?.textContent;

beforeEach(() => {
  for (const fn of [...Object.values(queries), ...Object.values(crm)]) if (vi.isMockFunction(fn)) fn.mockReset();
  queries.getMe.mockResolvedValue(ada);
  queries.getMyTenants.mockResolvedValue(myTenants);
  crm.getTenant.mockResolvedValue(tenantDetails("member"));
  crm.getMembers.mockResolvedValue(members("member"));
  crm.getTimeline.mockResolvedValue({ items: [], nextCursor: null });
  crm.listDeals.mockResolvedValue({ items: [], nextCursor: null });
  crm.listAttachments.mockResolvedValue([]);
  crm.getStages.mockResolvedValue(stages);
});
afterEach(() => view.unmount());

describe("a record page", () => {
  it("says it is loading, then shows the details, the timeline, the related deals and the files", async () => {
    let answer!: (value: Contact) => void;
    crm.getContact.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const page = mount(`/contacts/${CONTACT}`);
    await settle(() => expect(page.textContent).toContain("Loading the contact…"));
    expect(crm.getContact).toHaveBeenCalledWith({ tenant: "acme", id: CONTACT });

    crm.getTimeline.mockResolvedValue({ items: [call], nextCursor: null });
    crm.listDeals.mockResolvedValue({
      items: [
        dealRow({ id: DEAL, title: "Difference engine", stage: { id: LOST, name: "Lost" }, status: "lost" }),
        dealRow({ title: "Engine no. 2", stage: { id: LEAD, name: "Closed, signed" }, status: "won" }),
      ],
      nextCursor: null,
    });
    answer(contact());
    await settle(() => expect(page.querySelector("h1")?.textContent).toBe("Charles Babbage"));
    expect(document.title).toBe("Charles Babbage · Contacts · Abante CRM");
    expect(page.querySelector(".lead")?.textContent).toBe("Engineer at Analytical Engines");
    expect(page.querySelector<HTMLAnchorElement>(".lead a")?.getAttribute("href")).toBe(
      `/app/t/acme/companies/${COMPANY}`,
    );
    const shown = facts(page);
    expect(shown.Email).toBe("charles@example.com");
    expect(shown.Phone).toBe("Not given");
    expect(shown.Owner).toBe("Grace Hopper");
    expect(shown.Tags).toBe("vip");
    expect(shown.Marketing).toBe("Not agreed");
    // Rows for lists that are empty are left out rather than "Not given".
    expect(shown).not.toHaveProperty("Other email addresses");
    expect(page.querySelector(".breadcrumbs a")?.getAttribute("href")).toBe("/app/t/acme/contacts");

    await settle(() => expect(crm.getTimeline).toHaveBeenCalled());
    expect(crm.getTimeline.mock.calls[0]?.[0]).toMatchObject({ tenant: "acme", contactId: CONTACT });
    await settle(() => expect(page.querySelector(".timeline-subject")?.textContent).toBe("Asked about the engine"));
    // One of them, in the singular (the footer used to say "1 activitie shown.").
    expect(page.querySelector(".timeline ~ .list-footer")?.textContent).toBe("1 activity shown.");
    // The page's own record goes without saying; the other links are named.
    expect(page.querySelector(".timeline-item .meta")?.textContent).toBe("Also on: Analytical Engines");
    expect(crm.listDeals.mock.calls[0]?.[0]).toMatchObject({ tenant: "acme", contactId: CONTACT });
    expect(crm.listAttachments).toHaveBeenCalledWith({ tenant: "acme", entityKind: "contact", entityId: CONTACT });
    expect(sections(page)).toEqual(["Timeline", "Deals", "Files"]);
    await settle(() => expect(page.querySelectorAll(".related li")).toHaveLength(2));
    // A stage named like the status says it once ("Lost · Lost" was shown); another name keeps the status.
    expect([...page.querySelectorAll(".related li .meta")].map((m) => m.textContent?.trim())).toEqual([
      "Lost · £17,000.00",
      "Closed, signed · Won · £17,000.00",
    ]);
    const newDeal = [...page.querySelectorAll("a")].find((a) => a.textContent === "New deal");
    expect(newDeal?.getAttribute("href")).toBe(`/app/t/acme/deals/new?contact=${CONTACT}&company=${COMPANY}`);
  });

  it("says why a load failed and tries again on request; a record that does not exist offers no retry", async () => {
    crm.getContact.mockRejectedValueOnce(new TypeError("Failed to fetch")).mockResolvedValueOnce(contact());
    const page = mount(`/contacts/${CONTACT}`);
    await settle(() =>
      expect(page.querySelector('[role="alert"]')?.textContent).toContain("Could not load the contact."),
    );
    expect(page.textContent).toContain("We could not reach the server.");
    buttonNamed(page, "Try again").click();
    await settle(() => expect(page.querySelector("h1")?.textContent).toBe("Charles Babbage"));
    view.unmount();

    crm.getContact.mockRejectedValueOnce(notFound());
    const gone = mount(`/contacts/${CONTACT}`);
    await settle(() => expect(gone.textContent).toContain("This contact does not exist."));
    expect([...gone.querySelectorAll("button")].some((b) => b.textContent === "Try again")).toBe(false);
  });

  it("edits in place: the shared schema and the server both put their reasons under the field", async () => {
    crm.getContact.mockResolvedValue(contact());
    const page = mount(`/contacts/${CONTACT}`);
    await settle(() => expect(page.querySelector("h1")?.textContent).toBe("Charles Babbage"));

    buttonNamed(page, "Edit contact").click();
    const firstName = await settle(() => controlLabelled(page, "First name"));
    expect(document.activeElement).toBe(firstName);
    expect(firstName.value).toBe("Charles");
    expect(controlLabelled(page, "Tags (optional)").value).toBe("vip");
    expect(controlLabelled(page, "Company (optional)").value).toBe("Analytical Engines");
    // (The owner's preselection is seen in the browser test: happy-dom drops `selected` set before insertion.)

    // The client judges with the API's own schema, fetched when the form got the focus.
    const email = controlLabelled(page, "Email (optional)");
    type(email, "not an address");
    buttonNamed(page, "Save contact").click();
    await settle(() => expect(email.getAttribute("aria-invalid")).toBe("true"));
    expect(fieldError(email)).toContain("Enter a valid email address.");
    expect(document.activeElement).toBe(email);
    expect(crm.updateContact).not.toHaveBeenCalled();

    // The server's verdict lands under the same control.
    crm.updateContact.mockRejectedValueOnce(refusal({ email: ["Another contact already has this e-mail address."] }));
    type(email, "ada@example.com");
    buttonNamed(page, "Save contact").click();
    await settle(() => expect(fieldError(email)).toContain("Another contact already has this e-mail address."));
    expect(page.querySelector(".form-error")?.textContent).toBe("");

    crm.updateContact.mockResolvedValueOnce(
      contact({ email: "charles@engines.example", tags: ["vip", "engines"], ownerAccountId: ADA_ID, owner: null }),
    );
    type(email, "charles@engines.example");
    type(controlLabelled(page, "Tags (optional)"), "vip, engines");
    type(controlLabelled(page, "Owner (optional)"), ADA_ID);
    buttonNamed(page, "Save contact").click();
    await settle(() => expect(page.textContent).toContain("Contact saved."));
    expect(crm.updateContact).toHaveBeenLastCalledWith(
      expect.objectContaining({
        tenant: "acme",
        id: CONTACT,
        email: "charles@engines.example",
        tags: ["vip", "engines"],
        extraEmails: [],
        companyId: COMPANY,
        ownerAccountId: ADA_ID,
        marketingConsent: false,
      }),
    );
    expect(facts(page).Email).toBe("charles@engines.example");
    expect(facts(page).Tags).toBe("vipengines");
    expect(document.activeElement).toBe(buttonNamed(page, "Edit contact"));
  });

  it("deletes only after a confirmation that says what goes with it, then returns to the list", async () => {
    crm.getContact.mockResolvedValue(contact());
    crm.deleteContact.mockResolvedValue({ id: CONTACT });
    const page = mount(`/contacts/${CONTACT}`);
    await settle(() => expect(page.querySelector("h1")?.textContent).toBe("Charles Babbage"));

    buttonNamed(page, "Delete contact").click();
    const dialog = await settle(() => page.querySelector<HTMLDialogElement>("dialog[open]")!);
    expect(dialog.querySelector("h2")?.textContent).toBe("Delete Charles Babbage?");
    expect(dialog.textContent).toContain("Deals stay, without the contact");
    expect(document.activeElement?.textContent).toBe("Cancel");
    expect(crm.deleteContact).not.toHaveBeenCalled();

    buttonNamed(dialog, "Delete contact").click();
    await settle(() =>
      expect(page.querySelector('[data-testid="elsewhere"]')?.textContent).toBe("/app/t/acme/contacts"),
    );
    expect(crm.deleteContact).toHaveBeenCalledWith({ tenant: "acme", id: CONTACT });
  });

  it("a deal: the lead line, a lost deal's reason, and a form that loads the pipeline's stages", async () => {
    crm.getDeal.mockResolvedValue(deal());
    const page = mount(`/deals/${DEAL}`);
    await settle(() => expect(page.querySelector("h1")?.textContent).toBe("Difference engine"));
    expect(page.querySelector(".lead")?.textContent).toContain("£17,000.00 · Lost");
    expect(facts(page)["Why it was lost"]).toBe("Funding ran out");
    expect(facts(page)).toHaveProperty("Closed on");
    expect([...page.querySelectorAll(".breadcrumbs a")].map((a) => a.textContent)).toEqual(["Pipeline", "All deals"]);

    buttonNamed(page, "Edit deal").click();
    const stage = await settle(() => controlLabelled(page, "Stage") as HTMLSelectElement);
    expect([...stage.options].map((o) => o.textContent)).toEqual(["Lead", "Lost (lost)"]);
    expect(stage.value).toBe(LOST);
    expect(controlLabelled(page, "Currency").value).toBe("GBP");
    type(controlLabelled(page, "Amount (optional)"), "12,5");
    buttonNamed(page, "Save deal").click();
    await settle(() => expect(controlLabelled(page, "Amount (optional)").getAttribute("aria-invalid")).toBe("true"));
    expect(crm.updateDeal).not.toHaveBeenCalled();

    buttonNamed(page.querySelector("form")!, "Cancel").click();
    await settle(() => expect(document.activeElement).toBe(buttonNamed(page, "Edit deal")));
    expect(facts(page)["Why it was lost"]).toBe("Funding ran out");
  });

  it("an employee: details and files, no timeline", async () => {
    crm.getEmployee.mockResolvedValue(employee);
    const page = mount(`/employees/${EMPLOYEE}`);
    await settle(() => expect(page.querySelector("h1")?.textContent).toBe("Mary Somerville"));
    const department = [...page.querySelectorAll("dd a")].find((a) => a.textContent === "Research & Writing");
    expect(department?.getAttribute("href")).toBe("/app/t/acme/employees?department=Research%20%26%20Writing");
    expect(facts(page)["Member account"]).toBe("Not given");
    await settle(() => expect(crm.listAttachments).toHaveBeenCalled());
    expect(sections(page)).toEqual(["Files"]);
    expect(crm.getTimeline).not.toHaveBeenCalled();
  });
});

describe("a new record", () => {
  it("starts at the company of the query, creates on the schema, then opens the record", async () => {
    crm.getCompany.mockResolvedValue({ id: COMPANY, name: "Analytical Engines" });
    crm.createContact.mockResolvedValue(contact());
    const page = mount(`/contacts/new?company=${COMPANY}`);
    const picker = await settle(() => controlLabelled(page, "Company (optional)"));
    expect(picker.value).toBe("Analytical Engines");
    expect(controlLabelled(page, "Owner (optional)").value).toBe(ADA_ID);

    buttonNamed(page, "Create contact").click();
    const firstName = controlLabelled(page, "First name");
    await settle(() => expect(firstName.getAttribute("aria-invalid")).toBe("true"));
    expect(crm.createContact).not.toHaveBeenCalled();

    type(firstName, "Charles");
    page.querySelector<HTMLInputElement>('input[name="marketingConsent"]')!.checked = true;
    buttonNamed(page, "Create contact").click();
    await settle(() =>
      expect(page.querySelector('[data-testid="elsewhere"]')?.textContent).toBe(`/app/t/acme/contacts/${CONTACT}`),
    );
    expect(crm.createContact).toHaveBeenCalledWith(
      expect.objectContaining({
        tenant: "acme",
        firstName: "Charles",
        companyId: COMPANY,
        ownerAccountId: ADA_ID,
        marketingConsent: true,
        tags: [],
      }),
    );
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ada, myTenants, settle } from "../testing/crm";
import { buttonNamed, controlLabelled, mountRoutes, type } from "../testing/mount";
import HomePage from "./home";

const queries = vi.hoisted(() => ({ getMe: vi.fn(), getMyTenants: vi.fn(), createTenant: vi.fn() }));
vi.mock("../lib/queries", () => queries);

let view: ReturnType<typeof mountRoutes>;
const mount = () => {
  view = mountRoutes("/app/", [{ path: "/", component: HomePage }]);
  return view.container;
};

beforeEach(() => {
  for (const fn of Object.values(queries)) fn.mockReset();
  queries.getMe.mockResolvedValue(ada);
  queries.getMyTenants.mockResolvedValue(myTenants);
});
afterEach(() => view.unmount());

describe("start page", () => {
  it("lists the account's CRM databases with its role, and opens the form on request", async () => {
    const page = mount();
    await settle(() => expect(page.querySelectorAll(".tenant-card")).toHaveLength(2));
    const first = page.querySelector<HTMLAnchorElement>(".tenant-card a")!;
    expect(first.textContent).toBe("Acme Ltd");
    expect(first.getAttribute("href")).toBe("/app/t/acme/contacts");
    expect(page.querySelectorAll(".tenant-card")[1]?.textContent).toContain("Member");
    expect(page.querySelectorAll(".tenant-card")[1]?.textContent).toContain("Free trial until");
    expect(page.querySelector("form")).toBeNull();

    buttonNamed(page, "Create a CRM database").click();
    await settle(() => expect(document.activeElement).toBe(controlLabelled(page, "Name")));
  });

  it("creates the first database, the address suggested from the name, and opens it", async () => {
    queries.getMyTenants.mockResolvedValue([]);
    queries.createTenant.mockResolvedValue({ ...myTenants[0], slug: "cafe-muller" });
    const page = mount();
    const name = await settle(() => controlLabelled(page, "Name"));
    type(name, "Café Müller");
    expect(controlLabelled(page, "Address").value).toBe("cafe-muller");
    buttonNamed(page, "Create CRM database").click();
    await settle(() => expect(queries.createTenant).toHaveBeenCalledWith({ name: "Café Müller", slug: "cafe-muller" }));
    await settle(() => expect(location.pathname).toBe("/app/t/cafe-muller/contacts"));
  });

  it("checks the address with the shared schema first, and shows the server's verdict under it", async () => {
    queries.getMyTenants.mockResolvedValue([]);
    const page = mount();
    const name = await settle(() => controlLabelled(page, "Name"));
    type(name, "Acme");
    type(controlLabelled(page, "Address"), "-acme");
    buttonNamed(page, "Create CRM database").click();
    await settle(() => expect(controlLabelled(page, "Address").getAttribute("aria-invalid")).toBe("true"));
    expect(page.textContent).toContain("Use lowercase letters, digits and hyphens");
    expect(queries.createTenant).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(controlLabelled(page, "Address"));

    queries.createTenant.mockRejectedValue(
      Object.assign(new Error("This address is already taken."), {
        data: { code: "CONFLICT", fieldErrors: { slug: ["This address is already taken. Choose another one."] } },
      }),
    );
    type(controlLabelled(page, "Address"), "acme");
    buttonNamed(page, "Create CRM database").click();
    await settle(() => expect(page.textContent).toContain("This address is already taken. Choose another one."));
    expect(location.pathname).toBe("/app/");
  });

  it("asks an unverified account to verify its address before creating one", async () => {
    queries.getMe.mockResolvedValue({ ...ada, emailVerified: false });
    queries.getMyTenants.mockResolvedValue([]);
    const page = mount();
    await settle(() => expect(page.textContent).toContain("Verify your email address to create a CRM database."));
    expect(page.querySelector("form")).toBeNull();
  });

  it("offers a visitor to sign in or sign up", async () => {
    queries.getMe.mockResolvedValue(null);
    const page = mount();
    await settle(() => expect(page.querySelector("h1")?.textContent).toBe("Abante CRM"));
    expect([...page.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(
      expect.arrayContaining(["/app/sign-in", "/app/sign-up", "/app/status"]),
    );
    expect(queries.getMyTenants).not.toHaveBeenCalled();
  });
});

import { businessSectors, interests } from "@abante/validators";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Me } from "../lib/queries";
import { buttonNamed, controlLabelled, mountRoutes, type } from "../testing/mount";
import SignUpPage from "./sign-up";

const queries = vi.hoisted(() => ({ getMe: vi.fn(), signUp: vi.fn() }));
vi.mock("../lib/queries", () => queries);

const ada: Me = {
  id: "acc_1",
  email: "ada@example.com",
  name: "Ada Lovelace",
  emailVerified: false,
  staffRole: null,
  locale: "en",
};

let view: ReturnType<typeof mountRoutes>;
const mount = (path = "/app/sign-up") => {
  view = mountRoutes(path, [{ path: "/sign-up", component: SignUpPage }]);
  return view.container;
};

beforeEach(() => {
  queries.getMe.mockReset().mockResolvedValue(null);
  queries.signUp.mockReset();
});
afterEach(() => view.unmount());

describe("sign-up page", () => {
  it("P1 asks for exactly the registration data", async () => {
    const page = mount();
    await vi.waitFor(() => expect(page.querySelector("form")).not.toBeNull());

    expect(controlLabelled(page, "Your name").getAttribute("autocomplete")).toBe("name");
    expect(controlLabelled(page, "Company name").name).toBe("companyName");
    expect(controlLabelled(page, "Email address").type).toBe("email");
    const password = controlLabelled(page, "Password");
    expect(password.type).toBe("password");
    expect(password.getAttribute("autocomplete")).toBe("new-password");
    expect(document.getElementById(password.getAttribute("aria-describedby")!)?.textContent).toMatch(
      /^12–128 characters\./,
    );
    const phone = controlLabelled(page, "Phone (optional)");
    expect(phone.type).toBe("tel");
    expect(phone.required).toBe(false);
    expect(password.required).toBe(true);

    const sector = controlLabelled(page, "Business sector") as HTMLSelectElement;
    const options = [...sector.options].map((o) => o.value);
    expect(options).toEqual(["", ...businessSectors]);
    // A human label for each key, not the key itself.
    expect(sector.querySelector('option[value="public-sector"]')?.textContent).toBe("Public sector");

    const group = page.querySelector("fieldset")!;
    expect(group.querySelector("legend")?.textContent).toBe("What interests you in Abante CRM? (optional)");
    const boxes = [...group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => b.value)).toEqual([...interests]);
    expect(boxes.every((b) => b.name === "interests" && b.closest("label")?.textContent !== b.value)).toBe(true);

    // Every control, and nothing else: language and country come from the request (P1, P4).
    const names = [...page.querySelectorAll<HTMLInputElement>("input, select, textarea")].map((c) => c.name);
    expect(new Set(names)).toEqual(
      new Set(["name", "companyName", "email", "password", "phone", "businessSector", "interests"]),
    );
    expect(page.querySelector('[name="locale"], [name="country"], [name="language"]')).toBeNull();
    expect(page.textContent).toContain("Your language and country are taken from your browser and your connection");
    expect(page.querySelector('a[href="/app/sign-in"]')?.textContent).toBe("Sign in");
  });

  it("creates the account with what was entered and asks to confirm the address", async () => {
    queries.signUp.mockResolvedValue({ ok: true, email: "ada@example.com" });
    const page = mount();
    await vi.waitFor(() => expect(page.querySelector("form")).not.toBeNull());
    type(controlLabelled(page, "Your name"), "Ada Lovelace");
    type(controlLabelled(page, "Company name"), "Analytical Engines");
    type(controlLabelled(page, "Email address"), "ada@example.com");
    type(controlLabelled(page, "Password"), "correct horse battery");
    type(controlLabelled(page, "Business sector"), "software");
    page.querySelector<HTMLInputElement>('input[value="privacy"]')!.checked = true;
    buttonNamed(page, "Create account").click();

    await vi.waitFor(() => expect(page.querySelector("form")).toBeNull());
    const confirmation = page.querySelector<HTMLElement>('[role="status"]')!;
    expect(confirmation.textContent).toContain(
      "We sent a link to ada@example.com to confirm that the address is yours.",
    );
    expect(document.activeElement).toBe(confirmation);
    // Signing up does not sign in: the address is confirmed first.
    expect(location.pathname).toBe("/app/sign-up");
    expect(queries.signUp).toHaveBeenCalledWith({
      name: "Ada Lovelace",
      companyName: "Analytical Engines",
      email: "ada@example.com",
      password: "correct horse battery",
      phone: "",
      businessSector: "software",
      interests: ["privacy"],
    });
  });

  it("does not call the API when the form is invalid", async () => {
    const page = mount();
    await vi.waitFor(() => expect(page.querySelector("form")).not.toBeNull());
    buttonNamed(page, "Create account").click();
    await vi.waitFor(() => expect(document.activeElement).toBe(controlLabelled(page, "Your name")));
    expect(queries.signUp).not.toHaveBeenCalled();
  });

  it("sends a visitor who is already signed in on to where they were going", async () => {
    queries.getMe.mockResolvedValue(ada);
    const page = mount("/app/sign-up?next=%2Fdev%2Fmailbox");
    await vi.waitFor(() =>
      expect(page.querySelector('[data-testid="elsewhere"]')?.textContent).toBe("/app/dev/mailbox"),
    );
  });
});

import { businessSectors, interests } from "@abante/validators";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Me } from "../lib/queries";
import { buttonNamed, controlLabelled, mountRoutes, type } from "../testing/mount";
import SignUpPage from "./sign-up";

const queries = vi.hoisted(() => ({ getMe: vi.fn(), signUp: vi.fn() }));
vi.mock("../lib/queries", () => queries);

/**
 * A stand-in for the ALTCHA widget (the real one needs a worker and the server's challenge): same element name,
 * same events, a hidden `altcha` input in the form, and payloads handed out in order. `loaded` counts imports of
 * the widget's code, which the page must only fetch once someone starts filling in the form.
 */
const altcha = vi.hoisted(() => ({ loaded: 0, next: [] as (string | null)[], widgets: 0 }));
vi.mock("altcha/external", () => {
  altcha.loaded++;
  class FakeWidget extends HTMLElement {
    connectedCallback() {
      altcha.widgets++;
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = this.getAttribute("name") ?? "";
      this.append(input);
    }
    reset() {
      this.querySelector("input")!.value = "";
    }
    verify() {
      const payload = altcha.next.shift() ?? null;
      setTimeout(() => {
        if (payload === null) {
          this.dispatchEvent(new CustomEvent("statechange", { detail: { state: "error" } }));
          return;
        }
        this.querySelector("input")!.value = payload;
        this.dispatchEvent(new CustomEvent("statechange", { detail: { state: "verified" } }));
        this.dispatchEvent(new CustomEvent("verified", { detail: { payload } }));
      });
      return Promise.resolve(null);
    }
  }
  if (!customElements.get("altcha-widget")) customElements.define("altcha-widget", FakeWidget);
  (globalThis as { $altcha?: unknown }).$altcha = { algorithms: new Map(), i18n: new Map() };
  return {};
});
vi.mock("altcha/altcha.css?url", () => ({ default: "data:text/css," }));
vi.mock("altcha/workers/pbkdf2?worker", () => ({ default: class {} }));

/** The API's answer to a refused bot proof, as the tRPC client raises it. */
const botRefusal = (message: string) =>
  Object.assign(new Error(message), {
    data: { code: "BAD_REQUEST", httpStatus: 400, fieldErrors: { altcha: [message] } },
  });

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
  altcha.next = [];
});

async function fillIn(page: HTMLElement) {
  type(controlLabelled(page, "Your name"), "Ada Lovelace");
  type(controlLabelled(page, "Company name"), "Analytical Engines");
  type(controlLabelled(page, "Email address"), "ada@example.com");
  type(controlLabelled(page, "Password"), "correct horse battery");
  type(controlLabelled(page, "Business sector"), "software");
}
afterEach(() => view.unmount());

describe("sign-up page", () => {
  it("P7 fetches the proof-of-work widget only once the visitor starts filling in the form", async () => {
    // The first test of the file: nothing has asked for the widget's code yet, not even importing the page.
    const page = mount();
    await vi.waitFor(() => expect(page.querySelector("form")).not.toBeNull());
    await new Promise((r) => setTimeout(r, 20));
    expect(page.querySelector("altcha-widget")).toBeNull();
    expect(altcha.loaded).toBe(0);

    controlLabelled(page, "Your name").dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
    await vi.waitFor(() => expect(page.querySelector(".altcha-slot altcha-widget")).not.toBeNull());
    const widget = page.querySelector("altcha-widget")!;
    expect(widget.getAttribute("challenge")).toBe("/api/altcha/challenge");
    expect(widget.getAttribute("auto")).toBe("off");
    expect(widget.closest("form")).not.toBeNull();
    expect(altcha.loaded).toBe(1);
    expect(document.head.querySelector('link[rel="stylesheet"][href="data:text/css,"]')).not.toBeNull();
    // Only one widget, however often the form is focused.
    controlLabelled(page, "Company name").dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
    expect(page.querySelectorAll("altcha-widget")).toHaveLength(1);
  });

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

  it("creates the account with what was entered, with a proof of work, and asks to confirm the address", async () => {
    queries.signUp.mockResolvedValue({ ok: true, email: "ada@example.com" });
    altcha.next = ["proof-1"];
    const page = mount();
    await vi.waitFor(() => expect(page.querySelector("form")).not.toBeNull());
    await fillIn(page);
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
      altcha: "proof-1",
    });
  });

  it("P7 shows a refused proof at the check, and solves a new one for the next try", async () => {
    queries.signUp
      .mockRejectedValueOnce(botRefusal("The verification expired. Please try again."))
      .mockResolvedValueOnce({ ok: true, email: "ada@example.com" });
    altcha.next = ["proof-old", "proof-new"];
    const page = mount();
    await vi.waitFor(() => expect(page.querySelector("form")).not.toBeNull());
    await fillIn(page);
    buttonNamed(page, "Create account").click();

    const alert = await vi.waitFor(() => {
      const found = [...page.querySelectorAll('[role="alert"]')].find((e) => e.textContent?.includes("expired"));
      expect(found).toBeDefined();
      return found!;
    });
    expect(alert.closest(".form")?.querySelector(".altcha-slot")?.nextElementSibling).toBe(alert);
    expect(queries.signUp).toHaveBeenLastCalledWith(expect.objectContaining({ altcha: "proof-old" }));

    buttonNamed(page, "Create account").click();
    await vi.waitFor(() => expect(page.querySelector("form")).toBeNull());
    expect(queries.signUp).toHaveBeenLastCalledWith(expect.objectContaining({ altcha: "proof-new" }));
  });

  it("P7 does not call the API when the proof of work fails in the browser", async () => {
    altcha.next = [null];
    const page = mount();
    await vi.waitFor(() => expect(page.querySelector("form")).not.toBeNull());
    await fillIn(page);
    buttonNamed(page, "Create account").click();
    await vi.waitFor(() => expect(page.textContent).toContain("The verification failed. Please try again."));
    expect(queries.signUp).not.toHaveBeenCalled();
    expect(page.querySelector("form")).not.toBeNull();
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

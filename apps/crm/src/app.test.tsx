import { Router } from "@solidjs/router";
import { render } from "solid-js/web";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import App from "./app";
import { SessionProvider } from "./lib/session";
import { routes } from "./routes";
import { buttonNamed, controlLabelled, type } from "./testing/mount";

// The status route would call the real API; here it only has to never answer. The session is set per test.
const queries = vi.hoisted(() => ({
  getPlatformStatus: () => new Promise(() => {}),
  getMyTenants: () => new Promise(() => {}),
  getMe: vi.fn(),
  signOut: vi.fn(),
  signIn: vi.fn(),
  getProfile: () => new Promise(() => {}),
  getSessions: () => new Promise(() => {}),
  getPrivacyRequests: () => new Promise(() => {}),
}));
vi.mock("./lib/queries", () => queries);

const ada = {
  id: "acc_1",
  email: "ada@example.com",
  name: "Ada Lovelace",
  emailVerified: true,
  staffRole: null,
  locale: "en",
};

// Routes are lazy chunks, transformed on first import (the account page pulls in zod): give them more than the
// default second on a busy machine.
const waitFor = <T,>(check: () => T) => vi.waitFor(check, { timeout: 10_000 });

let dispose: (() => void) | undefined;
let container: HTMLElement;

function mountAt(path: string) {
  history.replaceState(null, "", path);
  container = document.createElement("div");
  document.body.append(container);
  dispose = render(
    () => (
      <SessionProvider>
        <Router base="/app" root={App}>
          {routes}
        </Router>
      </SessionProvider>
    ),
    container,
  );
}

const navLabels = () => [...container.querySelectorAll("nav a")].map((a) => a.textContent);

beforeEach(() => {
  queries.getMe.mockReset().mockResolvedValue(null);
  queries.signOut.mockReset();
  queries.signIn.mockReset();
});
afterEach(() => {
  dispose?.();
  container.remove();
});

describe("app shell", () => {
  it("shows the product name, a labelled main navigation and a main region", async () => {
    mountAt("/app/status");
    expect(container.querySelector(".brand")?.textContent).toContain("Abante CRM");
    const nav = container.querySelector("nav");
    expect(nav?.getAttribute("aria-label")).toBe("Main");
    const status = nav?.querySelector("a");
    expect(status?.textContent).toBe("Status");
    expect(status?.getAttribute("href")).toBe("/app/status");
    expect(status?.getAttribute("aria-current")).toBe("page");
    await waitFor(() => expect(container.textContent).toContain("Checking the platform status…"));
    expect(document.title).toBe("Status · Abante CRM");
  });

  it("opens on the start page: a visitor is offered to sign in", async () => {
    mountAt("/app/");
    await waitFor(() => expect(container.querySelector("main h1")?.textContent).toBe("Abante CRM"));
    expect(document.title).toBe("Your CRM databases · Abante CRM");
  });

  it("renders the not-found page for an unknown path under /app", async () => {
    mountAt("/app/no/such/page");
    await waitFor(() => expect(container.querySelector("h1")?.textContent).toBe("Page not found"));
    expect(container.querySelector("nav a")?.hasAttribute("aria-current")).toBe(false);
    expect(document.title).toBe("Page not found · Abante CRM");
  });

  it("moves focus to the main region from the skip link", () => {
    mountAt("/app/");
    const skip = container.querySelector<HTMLAnchorElement>(".skip-link")!;
    expect(skip.textContent).toBe("Skip to main content");
    skip.click();
    expect(document.activeElement).toBe(container.querySelector("main"));
  });
});

describe("session in the shell", () => {
  it("offers sign-in and account creation to a visitor", async () => {
    mountAt("/app/");
    await waitFor(() => expect(navLabels()).toContain("Sign in"));
    expect(navLabels()).toContain("Create account");
    expect(navLabels()).not.toContain("Account");
    expect(container.querySelector(".session-menu")).toBeNull();
  });

  it("shows the account's name, the account page and a way to sign out to a member", async () => {
    queries.getMe.mockResolvedValue(ada);
    queries.signOut.mockResolvedValue({ ok: true });
    mountAt("/app/");
    await waitFor(() =>
      expect(container.querySelector(".session-name")?.textContent).toBe("Signed in as Ada Lovelace"),
    );
    expect(navLabels()).toContain("Account");
    expect(navLabels()[0]).toBe("CRM databases");
    await waitFor(() => expect(container.querySelector("main h1")?.textContent).toBe("Your CRM databases"));
    expect(navLabels()).not.toContain("Sign in");

    const signOut = [...container.querySelectorAll("nav button")].find((b) => b.textContent === "Sign out");
    (signOut as HTMLButtonElement).click();
    await waitFor(() => expect(location.pathname).toBe("/app/sign-in"));
    expect(queries.signOut).toHaveBeenCalledOnce();
    expect(navLabels()).toContain("Sign in");
  });

  it("sends a visitor from the account page to sign in, and back afterwards", async () => {
    mountAt("/app/account");
    await waitFor(() => expect(location.pathname + location.search).toBe("/app/sign-in?next=%2Faccount"));
    await waitFor(() => expect(container.querySelector("form")).not.toBeNull());
    expect(document.title).toBe("Sign in · Abante CRM");

    queries.signIn.mockResolvedValue(ada);
    type(controlLabelled(container, "Email address"), "ada@example.com");
    type(controlLabelled(container, "Password"), "correct horse battery");
    buttonNamed(container, "Sign in").click();
    await waitFor(() => expect(location.pathname).toBe("/app/account"));
    expect(queries.signIn).toHaveBeenCalledWith({ email: "ada@example.com", password: "correct horse battery" });
    await waitFor(() => expect(container.querySelector("h1")?.textContent).toBe("Your account"));
    expect(container.querySelector(".session-name")?.textContent).toBe("Signed in as Ada Lovelace");
  });

  it("opens the account page for a member", async () => {
    queries.getMe.mockResolvedValue(ada);
    mountAt("/app/account");
    await waitFor(() => expect(container.querySelector("h1")?.textContent).toBe("Your account"));
    expect(location.pathname).toBe("/app/account");
    expect(document.title).toBe("Your account · Abante CRM");
  });
});

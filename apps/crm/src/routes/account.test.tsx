import { TRPCClientError } from "@trpc/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AccountSession, Me, Profile } from "../lib/queries";
import { buttonNamed, controlLabelled, mountRoutes, type } from "../testing/mount";
import AccountPage from "./account";

const queries = vi.hoisted(() => ({
  getMe: vi.fn(),
  getProfile: vi.fn(),
  getSessions: vi.fn(),
  getPrivacyRequests: vi.fn(),
  updateProfile: vi.fn(),
  setMarketing: vi.fn(),
}));
vi.mock("../lib/queries", () => queries);

const me: Me = {
  id: "acc_1",
  email: "ada@example.com",
  name: "Ada",
  emailVerified: false,
  staffRole: null,
  locale: "en",
};
const profile: Profile = {
  id: "acc_1",
  email: "ada@example.com",
  name: "Ada",
  companyName: "Analytical Engines",
  phone: null,
  businessSector: "software",
  interests: ["privacy", "api"],
  locale: "en",
  country: "GB",
  emailVerifiedAt: null,
  marketingOptIn: false,
  createdAt: new Date("2025-01-15T09:00:00Z"),
  pendingEmail: "ada@new.example",
};
const session: AccountSession = {
  id: "a".repeat(64),
  current: true,
  createdAt: new Date(),
  lastSeenAt: new Date(),
  expiresAt: new Date(),
  browser: "Firefox",
  os: "Linux",
  device: "desktop",
  country: "GB",
  ip: null,
};

let view: ReturnType<typeof mountRoutes>;
const mount = () => {
  view = mountRoutes("/app/account", [{ path: "/account", component: AccountPage }]);
  return view.container;
};
const section = (heading: string) =>
  [...view.container.querySelectorAll("section")].find((s) => s.querySelector("h2")?.textContent === heading)!;

beforeEach(() => {
  for (const fn of Object.values(queries)) fn.mockReset();
  queries.getMe.mockResolvedValue(me);
  queries.getProfile.mockResolvedValue(profile);
  queries.getSessions.mockResolvedValue([session]);
  queries.getPrivacyRequests.mockResolvedValue([]);
});
afterEach(() => view.unmount());

describe("P17 account portal", () => {
  it("shows the account's data, the pending e-mail change and every section", async () => {
    const page = mount();
    await vi.waitFor(() => expect(section("Profile")).toBeDefined());
    const profileText = section("Profile").textContent;
    expect(profileText).toContain("Analytical Engines");
    expect(profileText).toContain("Software and IT");
    expect(profileText).toContain("Privacy and data protection; Integrations and the API");
    expect(profileText).toContain("United Kingdom");
    expect(section("Email address").textContent).toContain("Not verified");
    expect(section("Email address").textContent).toContain("We sent a link to ada@new.example");
    await vi.waitFor(() => expect(section("Active sessions")).toBeDefined());
    await vi.waitFor(() => expect(section("Your data")).toBeDefined());
    expect(page.querySelector("h1")?.textContent).toBe("Your account");
  });

  it("edits the profile in place and moves focus in and out of the form", async () => {
    queries.updateProfile.mockResolvedValue({ ...profile, name: "Ada King" });
    mount();
    await vi.waitFor(() => expect(section("Profile")).toBeDefined());
    buttonNamed(section("Profile"), "Edit profile").click();
    const name = controlLabelled(section("Profile"), "Your name");
    expect(document.activeElement).toBe(name);
    expect(name.value).toBe("Ada");
    type(name, "Ada King");
    // happy-dom mis-selects an <option> marked `selected` before it is inserted (browsers do not), so the sector,
    // pre-filled in a browser, is chosen here by hand.
    type(controlLabelled(section("Profile"), "Business sector"), "software");
    buttonNamed(section("Profile"), "Save profile").click();

    await vi.waitFor(() => expect(section("Profile").textContent).toContain("Profile saved."));
    expect(queries.updateProfile).toHaveBeenCalledWith({
      name: "Ada King",
      companyName: "Analytical Engines",
      phone: "",
      businessSector: "software",
      interests: ["privacy", "api"],
      locale: "en",
    });
    expect(section("Profile").querySelector("dd")?.textContent).toBe("Ada King");
    expect(document.activeElement).toBe(buttonNamed(section("Profile"), "Edit profile"));
  });

  it("P11 turns marketing e-mails on and off at once", async () => {
    queries.setMarketing.mockResolvedValue({ marketingOptIn: true });
    mount();
    await vi.waitFor(() => expect(section("Marketing e-mails")).toBeDefined());
    const box = section("Marketing e-mails").querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(false);
    box.click();
    await vi.waitFor(() =>
      expect(section("Marketing e-mails").textContent).toContain("Saved: you get marketing e-mails."),
    );
    expect(queries.setMarketing).toHaveBeenCalledWith({ optIn: true });
    expect(box.checked).toBe(true);
  });

  it("sends the visitor to sign in when the session ended elsewhere", async () => {
    queries.getProfile.mockRejectedValue(
      TRPCClientError.from({ error: { code: -32001, message: "Please sign in.", data: { code: "UNAUTHORIZED" } } }),
    );
    mount();
    await vi.waitFor(() =>
      expect(view.container.querySelector('[data-testid="elsewhere"]')?.textContent).toBe(
        "/app/sign-in?next=%2Faccount",
      ),
    );
  });
});

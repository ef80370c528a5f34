import { TRPCClientError } from "@trpc/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Me } from "../lib/queries";
import { buttonNamed, mountRoutes } from "../testing/mount";
import VerifyEmailPage from "./verify-email";

const queries = vi.hoisted(() => ({ getMe: vi.fn(), verifyEmail: vi.fn(), resendVerification: vi.fn() }));
vi.mock("../lib/queries", () => queries);

const token = "abcdefghijklmnopqrstuvwxyz234567";
const me: Me = {
  id: "acc_1",
  email: "ada@example.com",
  name: "Ada",
  emailVerified: false,
  staffRole: null,
  locale: "en",
};

let view: ReturnType<typeof mountRoutes>;
const mount = (path: string) => {
  view = mountRoutes(path, [{ path: "/verify-email", component: VerifyEmailPage }]);
  return view.container;
};

beforeEach(() => {
  for (const fn of Object.values(queries)) fn.mockReset();
  queries.getMe.mockResolvedValue(null);
});
afterEach(() => view.unmount());

describe("verify-email page", () => {
  it("verifies the token once and takes it out of the address bar", async () => {
    queries.verifyEmail.mockResolvedValue({ ok: true, email: "ada@example.com" });
    const page = mount(`/app/verify-email?token=${token}`);
    await vi.waitFor(() => expect(page.textContent).toContain("ada@example.com is verified."));
    expect(queries.verifyEmail).toHaveBeenCalledExactlyOnceWith({ token });
    expect(location.search).toBe("");
    // The session is asked again: a signed-in account's verified state (or new address) changed.
    await vi.waitFor(() => expect(queries.getMe).toHaveBeenCalledTimes(2));
  });

  it("does not call the API with a malformed token", async () => {
    const page = mount("/app/verify-email?token=NOT-A-TOKEN");
    await vi.waitFor(() =>
      expect(page.querySelector('[role="alert"]')?.textContent).toContain("This link is not valid."),
    );
    expect(queries.verifyEmail).not.toHaveBeenCalled();
  });

  it("shows why an expired link failed, and offers a new one when signed in", async () => {
    queries.getMe.mockResolvedValue(me);
    queries.verifyEmail.mockRejectedValue(
      TRPCClientError.from({
        error: { code: -32600, message: "This link has expired.", data: { code: "BAD_REQUEST" } },
      }),
    );
    queries.resendVerification.mockResolvedValue({ ok: true });
    const page = mount(`/app/verify-email?token=${token}`);
    await vi.waitFor(() =>
      expect(page.querySelector('[role="alert"]')?.textContent).toContain("This link has expired."),
    );
    await vi.waitFor(() => buttonNamed(page, "Send me a new link").click());
    await vi.waitFor(() => expect(page.textContent).toContain("We sent a new link to ada@example.com."));
    expect(queries.resendVerification).toHaveBeenCalledOnce();
  });
});

// The registry is only worth publishing if the code that sets cookies and ends sessions uses the same numbers.
import {
  blankSessionCookie,
  SECURE_SESSION_COOKIE,
  SESSION_COOKIE,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  sessionCookie,
} from "@abante/auth";
import { describe, expect, it } from "vitest";
import { cookieNamed, durationMs, findCookie, retention } from "./index";

const DAY_MS = 24 * 3600 * 1000;

describe("P27 the session code keeps the published periods", () => {
  it("ends a session 7 days after its last activity", () => {
    expect(SESSION_IDLE_MS).toBe(retention.sessionIdleDays * DAY_MS);
  });

  it("ends a session at most 90 days after sign-in", () => {
    expect(SESSION_MAX_MS).toBe(retention.sessionMaxDays * DAY_MS);
  });

  it("publishes the session cookie with the lifetimes the code applies", () => {
    const lifetime = cookieNamed("__Host-abante_session").lifetime;
    expect(lifetime.kind).toBe("sliding");
    if (lifetime.kind !== "sliding") return;
    expect(durationMs(lifetime.idle)).toBe(SESSION_IDLE_MS);
    expect(durationMs(lifetime.max)).toBe(SESSION_MAX_MS);
  });
});

describe("P32 the session cookie the code sets is the registered one", () => {
  it("uses the registered names, in development and in production", () => {
    expect(findCookie(SESSION_COOKIE)?.category).toBe("necessary");
    expect(findCookie(SECURE_SESSION_COOKIE)?.category).toBe("necessary");
    const expires = new Date("2026-12-01T00:00:00Z");
    for (const secure of [true, false]) {
      expect(findCookie(sessionCookie("token", expires, secure).name)).toBe(cookieNamed("__Host-abante_session"));
      expect(findCookie(blankSessionCookie(secure).name)).toBe(cookieNamed("__Host-abante_session"));
    }
  });
});

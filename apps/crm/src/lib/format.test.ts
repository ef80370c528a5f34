import { describe, expect, it } from "vitest";
import { counted, formatDuration, formatLatency, formatRelativeTime, singular } from "./format";

describe("formatDuration", () => {
  it("shows the two largest non-zero units", () => {
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(45)).toBe("45 s");
    expect(formatDuration(5 * 60 + 3)).toBe("5 min 3 s");
    expect(formatDuration(2 * 3600 + 5 * 60 + 59)).toBe("2 h 5 min");
    expect(formatDuration(3 * 86_400 + 4 * 3600 + 12)).toBe("3 d 4 h");
  });

  it("drops a zero second unit instead of printing it", () => {
    expect(formatDuration(3600)).toBe("1 h");
    expect(formatDuration(86_400 + 30)).toBe("1 d");
  });

  it("floors fractional seconds and rejects nonsense", () => {
    expect(formatDuration(59.9)).toBe("59 s");
    expect(formatDuration(-1)).toBe("—");
    expect(formatDuration(Number.NaN)).toBe("—");
  });
});

describe("formatRelativeTime", () => {
  const now = new Date("2025-06-01T12:00:00Z");
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

  it("says never for a job that has not run", () => {
    expect(formatRelativeTime(null, now)).toBe("never");
  });

  it("picks the largest unit that fits", () => {
    expect(formatRelativeTime(now, now)).toBe("now");
    expect(formatRelativeTime(ago(12), now)).toBe("12 seconds ago");
    expect(formatRelativeTime(ago(59), now)).toBe("59 seconds ago");
    expect(formatRelativeTime(ago(60), now)).toBe("1 minute ago");
    expect(formatRelativeTime(ago(3 * 3600 + 1200), now)).toBe("3 hours ago");
    expect(formatRelativeTime(ago(26 * 3600), now)).toBe("yesterday");
    expect(formatRelativeTime(ago(10 * 86_400), now)).toBe("last week");
  });

  it("measures against the given clock, so a later time reads as the future", () => {
    expect(formatRelativeTime(ago(-120), now)).toBe("in 2 minutes");
  });
});

describe("formatLatency", () => {
  it("keeps one decimal only where it matters", () => {
    expect(formatLatency(0.3)).toBe("<1 ms");
    expect(formatLatency(2.345)).toBe("2.3 ms");
    expect(formatLatency(9.96)).toBe("10 ms");
    expect(formatLatency(123.6)).toBe("124 ms");
    expect(formatLatency(-5)).toBe("—");
  });
});

describe("counted", () => {
  it("puts the noun in the singular for one, also for the -ies plurals ('1 activitie' was shown)", () => {
    expect(["activities", "companies", "contacts", "deals", "employees"].map(singular)).toEqual([
      "activity",
      "company",
      "contact",
      "deal",
      "employee",
    ]);
    expect(counted(1, "activities")).toBe("1 activity");
    expect(counted(1, "companies")).toBe("1 company");
    expect(counted(0, "companies")).toBe("0 companies");
    expect(counted(1200, "contacts")).toBe("1,200 contacts");
  });
});

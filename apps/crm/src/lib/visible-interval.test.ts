import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startVisibleInterval, type VisibilitySource } from "./visible-interval";

class FakeDocument extends EventTarget implements VisibilitySource {
  visibilityState: DocumentVisibilityState = "visible";
  set(state: DocumentVisibilityState) {
    this.visibilityState = state;
    this.dispatchEvent(new Event("visibilitychange"));
  }
}

describe("startVisibleInterval", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("calls every period while visible, and stops when asked", () => {
    const doc = new FakeDocument();
    const fn = vi.fn();
    const stop = startVisibleInterval(fn, 15_000, doc);
    vi.advanceTimersByTime(14_999);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(30_000);
    expect(fn).toHaveBeenCalledTimes(3);
    stop();
    vi.advanceTimersByTime(60_000);
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it("makes no calls while the tab is hidden", () => {
    const doc = new FakeDocument();
    const fn = vi.fn();
    startVisibleInterval(fn, 15_000, doc);
    doc.set("hidden");
    vi.advanceTimersByTime(120_000);
    expect(fn).not.toHaveBeenCalled();
  });

  it("catches up at once when the tab comes back overdue", () => {
    const doc = new FakeDocument();
    const fn = vi.fn();
    startVisibleInterval(fn, 15_000, doc);
    doc.set("hidden");
    vi.advanceTimersByTime(60_000);
    doc.set("visible");
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(15_000);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it("keeps the schedule when the tab comes back before the next call is due", () => {
    const doc = new FakeDocument();
    const fn = vi.fn();
    startVisibleInterval(fn, 15_000, doc);
    vi.advanceTimersByTime(5_000);
    doc.set("hidden");
    vi.advanceTimersByTime(5_000);
    doc.set("visible");
    vi.advanceTimersByTime(4_999);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("does not start while hidden, and keeps going after a call that throws", () => {
    const doc = new FakeDocument();
    doc.visibilityState = "hidden";
    const fn = vi.fn(() => {
      throw new Error("boom");
    });
    startVisibleInterval(fn, 1_000, doc);
    vi.advanceTimersByTime(5_000);
    expect(fn).not.toHaveBeenCalled();
    doc.set("visible"); // overdue: runs at once
    expect(() => vi.advanceTimersByTime(0)).toThrow("boom");
    expect(fn).toHaveBeenCalledTimes(1);
    expect(() => vi.advanceTimersByTime(1_000)).toThrow("boom");
    expect(fn).toHaveBeenCalledTimes(2);
  });
});

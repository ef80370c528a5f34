import { afterEach, describe, expect, it, vi } from "vitest";
import { trpc } from "./trpc";

const fetchMock = vi.fn<typeof fetch>();

afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

const acceptOf = (call: number) => new Headers(fetchMock.mock.calls[call]?.[1]?.headers).get("trpc-accept");

describe("P6 the API client and the session cookie", () => {
  it("sends mutations as plain responses, whose headers can still carry the Set-Cookie", async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify([{ result: { data: { json: { ok: true } } } }]), {
        headers: { "content-type": "application/json" },
      }),
    );
    vi.stubGlobal("fetch", fetchMock);
    await expect(trpc.auth.signOut.mutate()).resolves.toEqual({ ok: true });
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe("/trpc/auth.signOut?batch=1");
    expect(acceptOf(0)).toBeNull();
  });

  it("streams queries", async () => {
    fetchMock.mockRejectedValue(new TypeError("Failed to fetch"));
    vi.stubGlobal("fetch", fetchMock);
    await expect(trpc.auth.me.query()).rejects.toThrow();
    expect(acceptOf(0)).toBe("application/jsonl");
  });
});

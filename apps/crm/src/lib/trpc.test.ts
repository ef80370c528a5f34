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

  it("sends queries made together as one plain batch, answered as one JSON document", async () => {
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify([{ result: { data: { json: null } } }, { result: { data: { json: { ok: true } } } }]),
        { headers: { "content-type": "application/json" } },
      ),
    );
    vi.stubGlobal("fetch", fetchMock);
    const [me, status] = await Promise.all([trpc.auth.me.query(), trpc.platform.status.query()]);
    expect(me).toBeNull();
    expect(status).toEqual({ ok: true });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]?.[0])).toMatch(/^\/trpc\/auth\.me,platform\.status\?batch=1&input=/);
    expect(fetchMock.mock.calls[0]?.[1]?.method ?? "GET").toBe("GET");
    // Not the streaming protocol: the server's direct JSON answer serves these (apps/server/src/trpc-http.ts).
    expect(acceptOf(0)).toBeNull();
  });
});

import { createServer, get, type IncomingMessage, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressRawResponse } from "./compress";

/** Serves one request with `handler` (after compressRawResponse, as app.ts does for the Astro handler). */
async function fetchRaw(handler: RequestListener, headers: Record<string, string>, method = "GET") {
  const server = createServer((req, res) => compressRawResponse(req, res, () => handler(req, res)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<{ res: IncomingMessage; body: Buffer }>((resolve, reject) => {
      const req = get({ host: "127.0.0.1", port, path: "/", headers, method }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ res, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
    });
  } finally {
    server.close();
  }
}

const page = `<!doctype html><html><body>${"<p>Abante CRM pricing</p>".repeat(400)}</body></html>`;

/** Writes like Astro's NodeApp.writeResponse: writeHead with a header object, chunks, end. */
const astroLike: RequestListener = (_req, res) => {
  res.setHeader("x-frame-options", "SAMEORIGIN"); // set earlier by other hooks: kept
  res.writeHead(200, { "content-type": "text/html", "content-length": String(Buffer.byteLength(page)) });
  res.write(page.slice(0, 5000));
  res.write(Buffer.from(page.slice(5000)));
  res.end();
};

describe("compression of the marketing site's on-demand pages", () => {
  it("sends a page brotli-compressed to a browser that accepts it, with Vary and no stale Content-Length", async () => {
    const { res, body } = await fetchRaw(astroLike, { "accept-encoding": "gzip, deflate, br" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(res.headers["content-length"]).toBeUndefined();
    expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(body.length).toBeLessThan(Buffer.byteLength(page) / 10);
    expect(brotliDecompressSync(body).toString()).toBe(page);
  });

  it("falls back to gzip, and to the page as it is without Accept-Encoding", async () => {
    const gz = await fetchRaw(astroLike, { "accept-encoding": "gzip" });
    expect(gz.res.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(page);
    const plain = await fetchRaw(astroLike, {});
    expect(plain.res.headers["content-encoding"]).toBeUndefined();
    expect(plain.res.headers.vary).toBe("Accept-Encoding");
    expect(plain.res.headers["content-length"]).toBe(String(Buffer.byteLength(page)));
    expect(plain.body.toString()).toBe(page);
  });

  it("compresses a body sent with end() and implicit headers, and leaves a tiny one as it is", async () => {
    const notFound = (text: string) => (_req: IncomingMessage, r: import("node:http").ServerResponse) => {
      r.statusCode = 404;
      r.setHeader("content-type", "text/plain; charset=utf-8");
      r.end(text);
    };
    const big = await fetchRaw(notFound(page), { "accept-encoding": "gzip" });
    expect(big.res.statusCode).toBe(404);
    expect(big.res.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(big.body).toString()).toBe(page);
    const tiny = await fetchRaw(notFound("Not found"), { "accept-encoding": "gzip" });
    expect(tiny.res.headers["content-encoding"]).toBeUndefined();
    expect(tiny.body.toString()).toBe("Not found");
  });

  it("leaves alone what is not text, what is already encoded, redirects and HEAD", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const image = await fetchRaw(
      (_req, r) => {
        r.writeHead(200, { "content-type": "image/png" });
        r.end(png);
      },
      { "accept-encoding": "br" },
    );
    expect(image.res.headers["content-encoding"]).toBeUndefined();
    expect(image.body).toEqual(png);
    const gzipped = gzipSync(page);
    const encoded = await fetchRaw(
      (_req, r) => {
        r.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        r.end(gzipped);
      },
      { "accept-encoding": "br, gzip" },
    );
    expect(encoded.res.headers["content-encoding"]).toBe("gzip");
    expect(encoded.body).toEqual(gzipped);
    const redirect = await fetchRaw(
      (_req, r) => {
        r.writeHead(302, { location: "/en/", "content-type": "text/html" });
        r.end();
      },
      { "accept-encoding": "br" },
    );
    expect(redirect.res.statusCode).toBe(302);
    expect(redirect.res.headers.location).toBe("/en/");
    const head = await fetchRaw(astroLike, { "accept-encoding": "br" }, "HEAD");
    expect(head.res.headers["content-encoding"]).toBeUndefined();
  });
});

import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { Transform } from "node:stream";
import { constants, createBrotliCompress, createGzip } from "node:zlib";

export type Encoding = "br" | "gzip";

/** The encoding to answer with, from Accept-Encoding: brotli, else gzip, else none (`identity`). */
export function negotiateEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.toLowerCase().split(",")) {
    const [name = "", ...params] = part.trim().split(";");
    const weight = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    q.set(name.trim(), weight === undefined ? 1 : Number(weight));
  }
  const accepts = (enc: Encoding) => (q.get(enc) ?? q.get("*") ?? 0) > 0;
  return accepts("br") ? "br" : accepts("gzip") ? "gzip" : null;
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|xhtml\+xml|manifest\+json)|image\/svg\+xml)/i;

/**
 * Compresses what a raw Node handler (the marketing site's on-demand pages, which apps/server hands the raw response)
 * writes to `res`: brotli or gzip as the browser accepts, for text types only and only when the handler did not
 * encode the body itself. The static pages need none of this: they are precompressed at build time.
 */
export function compressRawResponse(req: IncomingMessage, res: ServerResponse): void {
  // HEAD has no body to compress; its headers say what a GET would vary on all the same.
  const encoding =
    req.method === "HEAD" ? null : negotiateEncoding(req.headers["accept-encoding"] as string | undefined);
  // biome-ignore lint/suspicious/noExplicitAny: Node's overloaded writeHead/write/end, forwarded as they came.
  type Fn = (...args: any[]) => any;
  const original = { writeHead: res.writeHead as Fn, write: res.write as Fn, end: res.end as Fn };
  /** Undefined until the headers are written; then the compressor, or null when this response stays as it is. */
  let zip: Transform | null | undefined;

  const decide = (status: number, headers: OutgoingHttpHeaders | undefined): Transform | null => {
    const header = (name: string) => headers?.[name] ?? res.getHeader(name);
    const type = String(header("content-type") ?? "");
    if (!headers || status < 200 || status === 204 || status === 304) return null;
    if (header("content-encoding") || !COMPRESSIBLE.test(type)) return null;
    // Whether compressed or not, this answer depends on Accept-Encoding: caches must keep them apart.
    const vary = header("vary");
    headers.vary = vary ? `${String(vary)}, Accept-Encoding` : "Accept-Encoding";
    if (!encoding) return null;
    delete headers["content-length"];
    res.removeHeader("content-length");
    headers["content-encoding"] = encoding;
    const z =
      encoding === "br"
        ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        : createGzip({ level: 6 });
    z.on("data", (chunk: Buffer) => original.write.call(res, chunk));
    z.on("end", () => original.end.call(res));
    res.on("close", () => z.destroy());
    return z;
  };

  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const message = typeof rest[0] === "string" ? rest[0] : undefined;
    const given = rest[message === undefined ? 0 : 1];
    // Raw header arrays are passed on untouched (and uncompressed).
    const headers: OutgoingHttpHeaders | undefined = Array.isArray(given)
      ? undefined
      : { ...((given as OutgoingHttpHeaders | undefined) ?? {}) };
    if (zip === undefined) zip = decide(status, headers);
    const out = headers ?? given;
    return message === undefined
      ? original.writeHead.call(this, status, out)
      : original.writeHead.call(this, status, message, out);
  } as Fn as typeof res.writeHead;

  // Headers are decided before the first byte, also when the handler never calls writeHead itself.
  const ready = () => {
    if (zip === undefined && !res.headersSent) res.writeHead(res.statusCode);
  };
  res.write = function (this: ServerResponse, chunk: unknown, ...args: unknown[]) {
    ready();
    if (!zip) return original.write.call(this, chunk, ...args);
    const cb = args.find((a) => typeof a === "function") as (() => void) | undefined;
    const enc = typeof args[0] === "string" ? (args[0] as BufferEncoding) : "utf8";
    return zip.write(chunk, enc, cb);
  } as Fn as typeof res.write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    ready();
    if (!zip) return original.end.apply(this, args);
    const cb = args.find((a) => typeof a === "function") as (() => void) | undefined;
    if (cb) res.once("finish", cb);
    const [chunk, enc] = args;
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") {
      zip.end(chunk, typeof enc === "string" ? (enc as BufferEncoding) : "utf8");
    } else zip.end();
    return this;
  } as Fn as typeof res.end;
}

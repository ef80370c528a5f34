import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMailer,
  getOutboxMessage,
  listOutbox,
  MailDeliveryError,
  type MailLogger,
  type SendInput,
} from "./index";
import { renderMail } from "./render";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.close();
});

const from = "Abante CRM <no-reply@abante.test>";
const token = "tok_Zq81kLm2Vx9pQ4rT";
const url = `https://crm.abante.test/app/verify-email?token=${token}`;

function recordingLogger() {
  const lines: { level: "info" | "error"; obj: object; msg?: string }[] = [];
  const log: MailLogger = {
    info: (obj, msg) => lines.push({ level: "info", obj, msg }),
    error: (obj, msg) => lines.push({ level: "error", obj, msg }),
  };
  return { log, lines };
}

// --- a tiny MIME reader for what the SMTP server receives (headers, RFC 2047 words, QP/base64 parts) ---

function decodeBytes(text: string, encoding: "Q" | "QP"): Buffer {
  const source = encoding === "Q" ? text.replace(/_/g, " ") : text.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const hex = source.slice(i + 1, i + 3);
    if (source[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(source[i]!, "utf8"));
  }
  return Buffer.from(bytes);
}

function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, "$1$2") // whitespace between encoded words is not part of the text
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, _charset, enc: string, text: string) =>
      (enc.toUpperCase() === "B" ? Buffer.from(text, "base64") : decodeBytes(text, "Q")).toString("utf8"),
    );
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function parsePart(raw: string): Part {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = raw.slice(split + 4);
  const cte = headers.get("content-transfer-encoding")?.toLowerCase();
  const decoded =
    cte === "quoted-printable"
      ? decodeBytes(body, "QP").toString("utf8")
      : cte === "base64"
        ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
        : body;
  return { headers, body: decoded };
}

function subParts(part: Part, raw: string): Part[] {
  const boundary = /boundary="?([^";]+)"?/.exec(part.headers.get("content-type") ?? "")?.[1];
  if (!boundary) return [];
  const body = raw.slice(raw.indexOf("\r\n\r\n") + 4);
  return (
    body
      .split(`--${boundary}`)
      .slice(1, -1)
      // The line break before a boundary belongs to the boundary, not to the part.
      .map((chunk) => parsePart(chunk.replace(/^\r\n/, "").replace(/\r\n$/, "")))
  );
}

interface Received {
  mailFrom: string | undefined;
  rcptTo: string[];
  raw: string;
}

async function startSmtpServer(): Promise<{ port: number; received: Received[]; stop(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("nobody@")) {
        return callback(Object.assign(new Error("no such mailbox"), { responseCode: 550 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          rcptTo: session.envelope.rcptTo.map((a) => a.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", () => resolve()));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe("dev transport", () => {
  it("stores the rendered mail as sent, and logs where to read it without the link or its token", async () => {
    const { log, lines } = recordingLogger();
    const mailer = createMailer({ db: testDb.db, from, log });
    expect(mailer.transport).toBe("dev");
    const to = "dev-ana@example.test";
    const result = await mailer.send({ to, kind: "verify_email", locale: "es", params: { name: "Ana", url } });
    expect(result.transport).toBe("dev");

    const expected = renderMail("verify_email", "es", { name: "Ana", url });
    const rows = await listOutbox(testDb.db, { to });
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({
      id: result.id,
      toAddress: to,
      subject: expected.subject,
      textBody: expected.text,
      htmlBody: expected.html,
      kind: "verify_email",
      marketing: false,
      locale: "es",
      transport: "dev",
      error: null,
    });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.textBody).toContain(url);
    expect(await getOutboxMessage(testDb.db, result.id)).toEqual(row);

    expect(lines).toHaveLength(1);
    const logged = JSON.stringify(lines);
    expect(lines[0]!.msg).toContain(`dev mailbox: ${expected.subject} → ${to}`);
    expect(logged).toContain("/app/dev/mailbox");
    expect(logged).not.toContain(url);
    expect(logged).not.toContain(token);
    await mailer.close();
  });

  it("stores the locale it rendered in (pt → pt-BR, unknown → en)", async () => {
    const mailer = createMailer({ db: testDb.db, from });
    const to = "dev-locale@example.test";
    const pt = await mailer.send({ to, kind: "password_changed", locale: "pt", params: { name: "Rui" } });
    const xx = await mailer.send({ to, kind: "password_changed", locale: "xx-YY", params: { name: "Rui" } });
    expect((await getOutboxMessage(testDb.db, pt.id))?.locale).toBe("pt-BR");
    expect((await getOutboxMessage(testDb.db, xx.id))?.locale).toBe("en");
    expect((await getOutboxMessage(testDb.db, xx.id))?.subject).toBe("Your Abante CRM password was changed");
  });

  it("refuses a recipient that is not one e-mail address, storing nothing", async () => {
    const mailer = createMailer({ db: testDb.db, from });
    for (const to of ["a@example.test, b@example.test", "not-an-address", "a@example.test\r\nBcc: b@example.test"]) {
      await expect(
        mailer.send({ to, kind: "password_changed", locale: "en", params: { name: "A" } }),
      ).rejects.toBeInstanceOf(MailDeliveryError);
    }
    expect(await listOutbox(testDb.db, { to: "not-an-address" })).toEqual([]);
  });

  it("P11 refuses marketing mail through send(): it needs the unsubscribe path of F6", async () => {
    const mailer = createMailer({ db: testDb.db, from });
    const to = "dev-marketing@example.test";
    const input = { to, kind: "password_changed", locale: "en", params: { name: "A" }, marketing: true };
    await expect(mailer.send(input as unknown as SendInput<"password_changed">)).rejects.toThrow(/P11/);
    expect(await listOutbox(testDb.db, { to })).toEqual([]);
  });
});

describe("outbox", () => {
  it("lists newest first, filters by recipient (any case) and limits", async () => {
    const mailer = createMailer({ db: testDb.db, from });
    const to = "Outbox-Order@example.test";
    const ids: string[] = [];
    for (const name of ["first", "second", "third"]) {
      ids.push((await mailer.send({ to, kind: "password_changed", locale: "en", params: { name } })).id);
    }
    const rows = await listOutbox(testDb.db, { to: to.toLowerCase() });
    expect(rows.map((r) => r.id)).toEqual([...ids].reverse());
    expect((await listOutbox(testDb.db, { to, limit: 2 })).map((r) => r.id)).toEqual([ids[2], ids[1]]);
    const all = await listOutbox(testDb.db);
    expect(all[0]!.id).toBe(ids[2]);
    expect(all.length).toBeGreaterThan(3);
  });

  it("returns null for an unknown or malformed id", async () => {
    expect(await getOutboxMessage(testDb.db, "0190b6a2-0000-7000-8000-000000000000")).toBeNull();
    expect(await getOutboxMessage(testDb.db, "not-a-uuid")).toBeNull();
  });
});

describe("SMTP transport", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp?.stop();
  });

  it("delivers a multipart text+HTML mail to a real SMTP server and records it as sent", async () => {
    const { log, lines } = recordingLogger();
    const mailer = createMailer({ db: testDb.db, from, smtpUrl: `smtp://127.0.0.1:${smtp.port}`, log });
    expect(mailer.transport).toBe("smtp");
    const to = "jurgen@example.test";
    const params = { name: "Jürgen Groß", url };
    const result = await mailer.send({ to, kind: "verify_email", locale: "de", params });
    await mailer.close();
    expect(result.transport).toBe("smtp");

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.rcptTo).toEqual([to]);
    expect(mail.mailFrom).toBe("no-reply@abante.test");

    const top = parsePart(mail.raw);
    const expected = renderMail("verify_email", "de", params);
    expect(expected.subject).toMatch(/ä/); // so the header really needed encoding
    expect(decodeWords(top.headers.get("subject")!)).toBe(expected.subject);
    expect(top.headers.get("from")).toBe(from);
    expect(top.headers.get("to")).toBe(to);
    expect(top.headers.get("content-type")).toMatch(/^multipart\/alternative;/);
    expect([...top.headers.keys()].filter((name) => name.startsWith("list-"))).toEqual([]);

    const parts = subParts(top, mail.raw);
    expect(parts.map((p) => p.headers.get("content-type")?.split(";")[0])).toEqual(["text/plain", "text/html"]);
    expect(parts[0]!.body).toContain(url);
    expect(parts[0]!.body).toContain("Hallo Jürgen Groß,");
    expect(parts[1]!.body).toContain(`href="${url}"`);
    expect(parts[1]!.body.replace(/\r\n/g, "\n")).toBe(expected.html);

    const row = await getOutboxMessage(testDb.db, result.id);
    expect(row).toMatchObject({ toAddress: to, transport: "smtp", subject: expected.subject, error: null });
    expect(row?.sentAt).toBeInstanceOf(Date);
    expect(JSON.stringify(lines)).not.toContain(token);
  });

  it("records a recipient the server rejects and throws MailDeliveryError", async () => {
    const mailer = createMailer({ db: testDb.db, from, smtpUrl: `smtp://127.0.0.1:${smtp.port}` });
    const to = "nobody@example.test";
    const error = await mailer
      .send({ to, kind: "password_changed", locale: "en", params: { name: "N" } })
      .catch((err: unknown) => err);
    await mailer.close();
    expect(error).toBeInstanceOf(MailDeliveryError);
    const [row] = await listOutbox(testDb.db, { to });
    expect((error as MailDeliveryError).mailId).toBe(row!.id);
    expect(row!.sentAt).toBeNull();
    expect(row!.error).toMatch(/550/);
  });
});

describe("SMTP failure", () => {
  it("rejects with MailDeliveryError when nothing listens, and the outbox row keeps the error and no sentAt", async () => {
    const { log, lines } = recordingLogger();
    const port = await closedPort();
    const mailer = createMailer({ db: testDb.db, from, smtpUrl: `smtp://127.0.0.1:${port}`, log });
    const to = "unreachable@example.test";
    const error = await mailer
      .send({ to, kind: "reset_password", locale: "fr", params: { name: "Zoé", url } })
      .catch((err: unknown) => err);
    await mailer.close();
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);

    const rows = await listOutbox(testDb.db, { to });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ transport: "smtp", sentAt: null, kind: "reset_password", locale: "fr" });
    expect(rows[0]!.error).toMatch(/ECONNREFUSED/);
    expect(lines.map((l) => l.level)).toEqual(["error"]);
    expect(JSON.stringify(lines)).not.toContain(token);
  });

  it("refuses an SMTP URL of another scheme without echoing it (it may hold a password)", () => {
    expect(() => createMailer({ db: testDb.db, from, smtpUrl: "http://user:s3cret@mail.test" })).toThrow(TypeError);
    try {
      createMailer({ db: testDb.db, from, smtpUrl: "http://user:s3cret@mail.test" });
    } catch (err) {
      expect(String(err)).not.toContain("s3cret");
    }
  });
});

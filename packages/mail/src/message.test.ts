import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { mailOptions } from "./message";
import { renderMail } from "./render";

const rendered = renderMail("password_changed", "en", { name: "Ana" });
const from = "Abante CRM <no-reply@abante.test>";

async function compile(options: ReturnType<typeof mailOptions>): Promise<string[]> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const info = await transport.sendMail(options);
  const raw = info.message.toString("utf8");
  return raw.slice(0, raw.indexOf("\r\n\r\n")).split("\r\n");
}

describe("mailOptions", () => {
  it("gives service mail no list headers", async () => {
    const headers = await compile(mailOptions({ from, to: "ana@example.test", rendered }));
    expect(headers.filter((line) => /^list-/i.test(line))).toEqual([]);
  });

  it("P11 gives marketing mail one List-Unsubscribe header with the URL and the mailto, and one-click POST", async () => {
    const url = `https://abante.test/unsubscribe?token=${"a".repeat(120)}`;
    const headers = await compile(
      mailOptions({
        from,
        to: "ana@example.test",
        rendered,
        unsubscribe: { url, mailto: "mailto:unsubscribe@abante.test?subject=unsubscribe" },
      }),
    );
    expect(headers.filter((line) => /^list-unsubscribe:/i.test(line))).toEqual([
      `List-Unsubscribe: <${url}>, <mailto:unsubscribe@abante.test?subject=unsubscribe>`,
    ]);
    expect(headers.filter((line) => /^list-unsubscribe-post:/i.test(line))).toEqual([
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    ]);
  });

  it("refuses unsubscribe addresses that could break the raw header", () => {
    const build = (url: string, mailto: string) =>
      mailOptions({ from, to: "ana@example.test", rendered, unsubscribe: { url, mailto } });
    expect(() => build("https://abante.test/u>\r\nBcc: x@evil.test", "mailto:u@abante.test")).toThrow(TypeError);
    expect(() => build("https://abante.test/u", "u@abante.test")).toThrow(TypeError);
    expect(() => build("ftp://abante.test/u", "mailto:u@abante.test")).toThrow(TypeError);
    expect(() => build("https://abante.test/u", "mailto:u@abante.test")).not.toThrow();
  });
});

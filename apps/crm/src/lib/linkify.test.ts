import { describe, expect, it } from "vitest";
import { splitLinks } from "./linkify";

describe("splitLinks", () => {
  it("finds the links of an e-mail's text body and keeps the text around them", () => {
    const text = "Confirm your address:\nhttp://127.0.0.1:5173/app/verify-email?token=abcdefghijklmnopqrstu\n\nThanks.";
    expect(splitLinks(text)).toEqual([
      { text: "Confirm your address:\n" },
      {
        text: "http://127.0.0.1:5173/app/verify-email?token=abcdefghijklmnopqrstu",
        href: "http://127.0.0.1:5173/app/verify-email?token=abcdefghijklmnopqrstu",
      },
      { text: "\n\nThanks." },
    ]);
  });

  it("leaves sentence punctuation outside the link", () => {
    expect(splitLinks("Open https://abante.example/a. (or https://abante.example/b)")).toEqual([
      { text: "Open " },
      { text: "https://abante.example/a", href: "https://abante.example/a" },
      { text: ". (or " },
      { text: "https://abante.example/b", href: "https://abante.example/b" },
      { text: ")" },
    ]);
  });

  it("links nothing but http and https", () => {
    expect(splitLinks("javascript:alert(1) mailto:a@b.example ftp://x")).toEqual([
      { text: "javascript:alert(1) mailto:a@b.example ftp://x" },
    ]);
  });
});

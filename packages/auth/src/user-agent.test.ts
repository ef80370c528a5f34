import { describe, expect, it } from "vitest";
import { describeUserAgent } from "./user-agent";

describe("describeUserAgent", () => {
  it.each([
    [
      "Chrome on Windows",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
      { browser: "Chrome 126", os: "Windows 10", device: "desktop" },
    ],
    [
      "Safari on iPhone",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      { browser: "Safari 17", os: "iOS 17", device: "mobile" },
    ],
    [
      "Firefox on Linux",
      "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
      { browser: "Firefox 128", os: "Linux", device: "desktop" },
    ],
    [
      "Safari on an iPad",
      "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      { browser: "Safari 17", os: "iOS 17", device: "tablet" },
    ],
    [
      "Safari on a Mac (the frozen macOS version is not shown)",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
      { browser: "Safari 17", os: "macOS", device: "desktop" },
    ],
    [
      "Chrome on Android",
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36",
      { browser: "Chrome 126", os: "Android 14", device: "mobile" },
    ],
    [
      "Edge on Windows",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87",
      { browser: "Microsoft Edge 126", os: "Windows 10", device: "desktop" },
    ],
    [
      "Googlebot",
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      { browser: "Googlebot 2", os: "Unknown OS", device: "bot" },
    ],
    ["curl", "curl/8.5.0", { browser: "curl 8", os: "Unknown OS", device: "bot" }],
    ["Python requests", "python-requests/2.32.3", { browser: "python-requests 2", os: "Unknown OS", device: "bot" }],
  ])("%s", (_, ua, expected) => {
    expect(describeUserAgent(ua)).toEqual(expected);
  });

  it("says unknown for missing or junk user agents", () => {
    const unknown = { browser: "Unknown browser", os: "Unknown OS", device: "unknown" };
    for (const ua of [undefined, null, "", "   ", "asdf", "\u0000\u0001", "x".repeat(100_000)]) {
      expect(describeUserAgent(ua)).toEqual(unknown);
    }
  });
});

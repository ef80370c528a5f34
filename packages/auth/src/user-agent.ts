// Human-readable user agents for the "active sessions" list. Bowser is MIT; ua-parser-js 2.x is AGPL: never use it.
import Bowser from "bowser";

export type DeviceType = "desktop" | "mobile" | "tablet" | "bot" | "unknown";
export interface UserAgentDescription {
  browser: string;
  os: string;
  device: DeviceType;
}

const UNKNOWN_BROWSER = "Unknown browser";
const UNKNOWN_OS = "Unknown OS";
/** Real user agents are a few hundred characters; parsing more is wasted work on attacker-sized input. */
const MAX_LENGTH = 512;
/** Command-line and library HTTP clients, which Bowser does not name: `curl/8.5.0`, `python-requests/2.32`. */
const HTTP_CLIENT =
  /^(curl|wget|python-requests|python-urllib|python-httpx|go-http-client|okhttp|axios|node-fetch|undici|httpie|postmanruntime|insomnia)\/(\d+)/i;
const DEVICES: ReadonlySet<string> = new Set(["desktop", "mobile", "tablet", "bot"]);

const major = (version: string | undefined) => version?.match(/^\d+/)?.[0];

function osName(os: Bowser.Parser.OSDetails): string {
  if (!os.name) return UNKNOWN_OS;
  // Browsers have frozen the macOS version in their user agents at 10.15.7, so any version shown would be wrong.
  if (os.name === "macOS") return "macOS";
  if (os.name === "Windows") return os.versionName ? `Windows ${os.versionName}` : "Windows";
  const version = major(os.version);
  return version ? `${os.name} ${version}` : os.name;
}

/** e.g. { browser: "Firefox 128", os: "Windows 10", device: "desktop" }; "Unknown browser" / "Unknown OS" for junk. */
export function describeUserAgent(ua: string | null | undefined): UserAgentDescription {
  const text = ua?.trim().slice(0, MAX_LENGTH);
  if (!text) return { browser: UNKNOWN_BROWSER, os: UNKNOWN_OS, device: "unknown" };

  const client = HTTP_CLIENT.exec(text);
  if (client) return { browser: `${client[1]} ${client[2]}`, os: UNKNOWN_OS, device: "bot" };

  let parsed: Bowser.Parser.ParsedResult;
  try {
    parsed = Bowser.parse(text);
  } catch {
    return { browser: UNKNOWN_BROWSER, os: UNKNOWN_OS, device: "unknown" };
  }
  const name = parsed.browser.name;
  const version = major(parsed.browser.version);
  const type = parsed.platform.type;
  return {
    browser: name ? (version ? `${name} ${version}` : name) : UNKNOWN_BROWSER,
    os: osName(parsed.os),
    device: type && DEVICES.has(type) ? (type as DeviceType) : "unknown",
  };
}

import type { LoggerOptions } from "pino";

/**
 * Log settings shared by the server and its tests. Credentials never reach a log line: cookies, authorization
 * headers and any field named like a password or token are replaced before serialization.
 */
export const redactPaths = [
  "req.headers.cookie",
  "req.headers.authorization",
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  "password",
  "newPassword",
  "currentPassword",
  "token",
  "sessionToken",
  "resetToken",
  "*.password",
  "*.newPassword",
  "*.currentPassword",
  "*.token",
  "*.sessionToken",
  "*.resetToken",
  "*.cookie",
  "*.authorization",
];

export function loggerOptions(level: string, pretty: boolean): LoggerOptions {
  return {
    level,
    redact: { paths: redactPaths, censor: "[redacted]" },
    serializers: {
      req(req: { method: string; url: string; id: string; headers: Record<string, unknown> }) {
        // Query strings can carry one-time tokens (verification and reset links): log the path only.
        return { id: req.id, method: req.method, url: req.url.split("?")[0] };
      },
    },
    ...(pretty
      ? { transport: { target: "pino-pretty", options: { translateTime: "HH:MM:ss", ignore: "pid,hostname" } } }
      : {}),
  };
}

import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";

export interface Spawned {
  child: ChildProcess;
  url: string;
  output: string[];
  exited: Promise<number | null>;
}

/**
 * Starts a server process and waits until it prints its URL. The child is node itself (not a pnpm or tsx wrapper),
 * so signals sent to `child.pid` reach the server.
 */
export function spawnServer(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<Spawned> {
  const child = spawn(process.execPath, args, {
    cwd: new URL("..", import.meta.url).pathname,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", JOBS: "off", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start in time:\n${output.join("\n")}`));
    }, timeoutMs);
    const onLine = (line: string) => {
      output.push(line);
      const m = /"listening":"([^"]+)"|listening on (http:\/\/[^\s"]+)|Server listening at (http:\/\/[^\s"]+)/.exec(
        line,
      );
      const url = m?.[1] ?? m?.[2] ?? m?.[3];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url: url.replace(/"$/, ""), output, exited });
      }
    };
    createInterface({ input: child.stdout! }).on("line", onLine);
    createInterface({ input: child.stderr! }).on("line", (l) => output.push(l));
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output.join("\n")}`));
    });
  });
}

/** Debian's Chromium, headless, for the browser tests (CHROMIUM_PATH to use another). */
export function launchChromium() {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) throw new Error(`no browser at ${executablePath}: apt-get install -y chromium`);
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

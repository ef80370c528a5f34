// Bootstrap helpers for the root commands. They use only Node built-ins, so `npm run dev` and `npm test`
// work on a bare machine that has Node but not pnpm: pnpm is then run through npx at the pinned version.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const pnpmVersion = pkg.packageManager.split("@")[1];

let cached;
/** The command line that runs the pinned pnpm: ["pnpm"] when it is installed, else npx. */
export function pnpmCommand() {
  if (cached) return cached;
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
  if (probe.status === 0 && probe.stdout.trim() === pnpmVersion) {
    cached = ["pnpm"];
  } else {
    console.log(`[abante] pnpm ${pnpmVersion} not found on PATH: running it through npx`);
    cached = ["npx", "--yes", `pnpm@${pnpmVersion}`];
  }
  return cached;
}

/** Installs the workspace packages when node_modules is missing or older than the lockfile. */
export function ensureInstalled() {
  const installed = join(root, "node_modules", ".pnpm", "lock.yaml");
  const lock = join(root, "pnpm-lock.yaml");
  if (existsSync(installed) && existsSync(lock) && readFileSync(installed, "utf8") === readFileSync(lock, "utf8")) {
    return;
  }
  const [cmd, ...pre] = pnpmCommand();
  const args = [...pre, "install"];
  if (existsSync(lock)) args.push("--frozen-lockfile");
  console.log(`[abante] installing packages: ${[cmd, ...args].join(" ")}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    console.error("[abante] package installation failed");
    process.exit(r.status ?? 1);
  }
}

/** Runs pnpm with the given arguments; resolves with its exit code. Signals are forwarded. */
export function runPnpm(args, options = {}) {
  const [cmd, ...pre] = pnpmCommand();
  return run(cmd, [...pre, ...args], options);
}

export function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", ...options });
    const forward = (sig) => child.kill(sig);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

// `npm run dev` / `pnpm dev`: installs what is missing, migrates and seeds the embedded database (or DATABASE_URL),
// then starts the API server, the CRM and the marketing site together. Ctrl-C stops them all.
import { spawn } from "node:child_process";
import { ensureInstalled, pnpmCommand, root, runPnpm } from "./lib.mjs";

ensureInstalled();
const apiPort = process.env.PORT ?? "3000";
const env = { ...process.env, PORT: apiPort, API_URL: process.env.API_URL ?? `http://127.0.0.1:${apiPort}` };

const setup = await runPnpm(["--filter", "@abante/server", "db:setup"], { env });
if (setup !== 0) process.exit(setup);

const [cmd, ...pre] = pnpmCommand();
const turbo = spawn(
  cmd,
  [
    ...pre,
    "exec",
    "turbo",
    "run",
    "dev",
    "--filter=@abante/server",
    "--filter=@abante/crm",
    "--filter=@abante/marketing",
    "--ui=stream",
  ],
  { cwd: root, stdio: "inherit", env, detached: true },
);

let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  console.log("\n[abante] stopping…");
  try {
    process.kill(-turbo.pid, signal); // the whole group: turbo and every dev server it started
  } catch {}
  setTimeout(() => {
    try {
      process.kill(-turbo.pid, "SIGKILL");
    } catch {}
    process.exit(0);
  }, 8000).unref();
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
turbo.on("exit", (code) => process.exit(stopping ? 0 : (code ?? 1)));

const urls = {
  api: `http://127.0.0.1:${apiPort}/healthz`,
  crm: "http://127.0.0.1:5173/app/",
  marketing: "http://127.0.0.1:4321/",
};
async function up(url) {
  try {
    const res = await fetch(url, { redirect: "manual" });
    return res.status < 500;
  } catch {
    return false;
  }
}
const deadline = Date.now() + 180_000;
while (Date.now() < deadline && !stopping) {
  const ok = await Promise.all(Object.values(urls).map(up));
  if (ok.every(Boolean)) {
    console.log(`
┌──────────────────────────────────────────────────────────────┐
  Abante is running
    Marketing site  http://localhost:4321/
    CRM             http://localhost:5173/app/
    API             http://localhost:${apiPort}/trpc   (health: /healthz)
  Demo account      demo@abante.example  /  abante-demo-2026
  Database          ${process.env.DATABASE_URL ? "DATABASE_URL" : "embedded PGlite in .data/pglite"}
  Ctrl-C stops everything.
└──────────────────────────────────────────────────────────────┘`);
    break;
  }
  await new Promise((r) => setTimeout(r, 1000));
}

import { Router } from "@solidjs/router";
import { render } from "solid-js/web";
import { afterEach, describe, expect, it, vi } from "vitest";
import App from "./app";
import { routes } from "./routes";

// The status route would call the real API; here it only has to never answer.
vi.mock("./lib/queries", () => ({ getPlatformStatus: () => new Promise(() => {}) }));

let dispose: (() => void) | undefined;
let container: HTMLElement;

function mountAt(path: string) {
  history.replaceState(null, "", path);
  container = document.createElement("div");
  document.body.append(container);
  dispose = render(
    () => (
      <Router base="/app" root={App}>
        {routes}
      </Router>
    ),
    container,
  );
}

afterEach(() => {
  dispose?.();
  container.remove();
});

describe("app shell", () => {
  it("shows the product name, a labelled main navigation and a main region", async () => {
    mountAt("/app/");
    expect(container.querySelector(".brand")?.textContent).toContain("Abante CRM");
    const nav = container.querySelector("nav");
    expect(nav?.getAttribute("aria-label")).toBe("Main");
    const status = nav?.querySelector("a");
    expect(status?.textContent).toBe("Status");
    expect(status?.getAttribute("href")).toBe("/app");
    expect(status?.getAttribute("aria-current")).toBe("page");
    await vi.waitFor(() => expect(container.textContent).toContain("Checking the platform status…"));
    expect(document.title).toBe("Status · Abante CRM");
  });

  it("renders the not-found page for an unknown path under /app", async () => {
    mountAt("/app/no/such/page");
    await vi.waitFor(() => expect(container.querySelector("h1")?.textContent).toBe("Page not found"));
    expect(container.querySelector("nav a")?.hasAttribute("aria-current")).toBe(false);
    expect(document.title).toBe("Page not found · Abante CRM");
  });

  it("moves focus to the main region from the skip link", () => {
    mountAt("/app/");
    const skip = container.querySelector<HTMLAnchorElement>(".skip-link")!;
    expect(skip.textContent).toBe("Skip to main content");
    skip.click();
    expect(document.activeElement).toBe(container.querySelector("main"));
  });
});

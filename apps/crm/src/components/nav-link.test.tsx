import { Router } from "@solidjs/router";
import { render } from "solid-js/web";
import { afterEach, describe, expect, it } from "vitest";
import { NavLink } from "./nav-link";

let dispose: (() => void) | undefined;
let container: HTMLElement;

function linkAt(path: string, props: { href: string; end?: boolean }) {
  history.replaceState(null, "", path);
  container = document.createElement("div");
  document.body.append(container);
  dispose = render(
    () => (
      <Router base="/app" root={() => <NavLink {...props}>Link</NavLink>}>
        {[]}
      </Router>
    ),
    container,
  );
  return container.querySelector("a")!;
}

afterEach(() => {
  dispose?.();
  container.remove();
});

describe("NavLink", () => {
  it("marks the current page whether or not the URL ends with a slash", () => {
    expect(linkAt("/app/", { href: "/", end: true }).getAttribute("aria-current")).toBe("page");
    dispose?.();
    container.remove();
    expect(linkAt("/app/contacts/", { href: "/contacts" }).getAttribute("aria-current")).toBe("page");
  });

  it("marks a section as active on its sub-pages without calling them the current page", () => {
    const link = linkAt("/app/contacts/42", { href: "/contacts" });
    expect(link.getAttribute("href")).toBe("/app/contacts");
    expect(link.classList.contains("active")).toBe(true);
    expect(link.hasAttribute("aria-current")).toBe(false);
  });

  it("with end, is not active below its path", () => {
    const link = linkAt("/app/contacts", { href: "/", end: true });
    expect(link.classList.contains("active")).toBe(false);
    expect(link.hasAttribute("aria-current")).toBe(false);
  });

  it("is not fooled by a path that merely starts with the same letters", () => {
    expect(linkAt("/app/contactsx", { href: "/contacts" }).classList.contains("active")).toBe(false);
  });
});

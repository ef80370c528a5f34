import { type RouteDefinition, Router, useLocation } from "@solidjs/router";
import { type JSX, Suspense } from "solid-js";
import { render } from "solid-js/web";
import { SessionProvider } from "../lib/session";

/** Shows where a redirect went, for routes a test does not render. */
export function Elsewhere() {
  const location = useLocation();
  return (
    <p data-testid="elsewhere">
      {location.pathname}
      {location.search}
    </p>
  );
}

/**
 * Renders `routes` under the app's router base and a SessionProvider, at `path`. The caller mocks `lib/queries`
 * (getMe at least). Returns the container and a cleanup.
 */
export function mountRoutes(
  path: string,
  routes: RouteDefinition[],
  root: (props: { children?: JSX.Element }) => JSX.Element = (props) => <Suspense>{props.children}</Suspense>,
) {
  history.replaceState(null, "", path);
  const container = document.createElement("div");
  document.body.append(container);
  const dispose = render(
    () => (
      <SessionProvider>
        <Router base="/app" root={root}>
          {[...routes, { path: "*", component: Elsewhere }]}
        </Router>
      </SessionProvider>
    ),
    container,
  );
  return {
    container,
    unmount: () => {
      dispose();
      container.remove();
    },
  };
}

/** Sets a control's value as typing would, so the form reads it on submit. */
export function type(control: Element | null, value: string) {
  if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) {
    throw new Error(`no input or select to type into: ${String(control)}`);
  }
  control.value = value;
  control.dispatchEvent(new Event("input", { bubbles: true }));
}

/** The button whose text is exactly `name`. */
export function buttonNamed(container: ParentNode, name: string) {
  const button = [...container.querySelectorAll("button")].find((b) => b.textContent?.trim() === name);
  if (!button) throw new Error(`no button named “${name}”`);
  return button;
}

/** The control labelled `label` (through <label for>), like a person finds it. */
export function controlLabelled(container: ParentNode, label: string) {
  const element = [...container.querySelectorAll("label")].find((l) => l.textContent?.trim() === label);
  const id = element?.getAttribute("for");
  const control = id ? container.querySelector(`[id="${id}"]`) : null;
  if (!control) throw new Error(`no control labelled “${label}”`);
  return control as HTMLInputElement | HTMLSelectElement;
}

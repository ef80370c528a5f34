import { useHref, useLocation, useResolvedPath } from "@solidjs/router";
import type { JSX } from "solid-js";

const trimSlash = (path: string) => path.replace(/\/+$/, "").toLowerCase() || "/";

/**
 * A navigation link that marks the current page with aria-current="page" and its section with the "active" class.
 * The router's <A> compares paths with their trailing slash, so it misses the app's own front door, `/app/`.
 */
export function NavLink(props: { href: string; end?: boolean; children: JSX.Element }) {
  const to = useResolvedPath(() => props.href);
  const href = useHref(to);
  const location = useLocation();
  const target = () => trimSlash(to() ?? props.href);
  const current = () => trimSlash(location.pathname);
  const exact = () => current() === target();
  const inSection = () => exact() || (!props.end && current().startsWith(`${target()}/`));
  return (
    <a href={href()} aria-current={exact() ? "page" : undefined} classList={{ active: inSection() }}>
      {props.children}
    </a>
  );
}

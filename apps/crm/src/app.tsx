import { type RouteSectionProps, useCurrentMatches, useLocation } from "@solidjs/router";
import { createEffect, ErrorBoundary, For, on, Suspense } from "solid-js";
import { AppError } from "./components/app-error";
import { NavLink } from "./components/nav-link";
import { SessionMenu } from "./components/session-menu";
import { setDocumentTitle } from "./lib/document-title";
import { useSession } from "./lib/session";
import { navItems, visibleNavItems } from "./nav-items";

/**
 * The shell around every page: skip link, top bar with the navigation and who is signed in, and the main region.
 * Needs a <SessionProvider> above it.
 */
export default function App(props: RouteSectionProps) {
  let main!: HTMLElement;
  const location = useLocation();
  const matches = useCurrentMatches();
  const session = useSession();
  const items = () => {
    const user = session.user();
    return visibleNavItems(navItems, user === undefined ? undefined : user !== null, import.meta.env.DEV);
  };

  createEffect(() => setDocumentTitle(matches().at(-1)?.route.info?.title));

  // After a client-side navigation, start the reading and tab order at the new page, as a full page load would.
  createEffect(
    on(
      () => location.pathname,
      () => main.focus({ preventScroll: true }),
      { defer: true },
    ),
  );

  return (
    <>
      <a
        class="skip-link"
        href="#main"
        on:click={(event) => {
          // Handled here so the router does not treat it as a navigation; focusing moves the tab order too.
          event.preventDefault();
          main.focus();
        }}
      >
        Skip to main content
      </a>
      <header class="topbar">
        {/* A plain link: the router still handles it, but it must not be marked as the current page like a nav item. */}
        <a href={import.meta.env.BASE_URL} class="brand">
          <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="8" />
            <path d="M9 24 16 8l7 16M11.5 18h9" />
          </svg>
          Abante CRM
        </a>
        <nav class="nav" aria-label="Main">
          <ul>
            <For each={items()}>
              {(item) => (
                <li>
                  <NavLink href={item.href} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              )}
            </For>
          </ul>
          <SessionMenu />
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <ErrorBoundary fallback={(error, reset) => <AppError error={error} reset={reset} />}>
          <Suspense
            fallback={
              <p class="notice" role="status">
                Loading…
              </p>
            }
          >
            {props.children}
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}

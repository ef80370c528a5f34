import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";

/** What a route declares about itself; the app shell reads it for the tab title. */
export interface RouteInfo {
  title: string;
}

/** Every route loads its own chunk, so the first load carries only the shell and the page it opens. */
export const routes: (RouteDefinition & { info: RouteInfo })[] = [
  { path: "/", component: lazy(() => import("./status")), info: { title: "Status" } },
  { path: "/sign-in", component: lazy(() => import("./sign-in")), info: { title: "Sign in" } },
  { path: "/sign-up", component: lazy(() => import("./sign-up")), info: { title: "Create your account" } },
  { path: "/verify-email", component: lazy(() => import("./verify-email")), info: { title: "Verify your email" } },
  {
    path: "/forgot-password",
    component: lazy(() => import("./forgot-password")),
    info: { title: "Forgot your password" },
  },
  {
    path: "/reset-password",
    component: lazy(() => import("./reset-password")),
    info: { title: "Choose a new password" },
  },
  { path: "/account", component: lazy(() => import("./account")), info: { title: "Your account" } },
  { path: "/dev/mailbox", component: lazy(() => import("./dev-mailbox")), info: { title: "Dev mailbox" } },
  {
    path: "/dev/mailbox/:id",
    component: lazy(() => import("./dev-message")),
    info: { title: "Message · Dev mailbox" },
  },
  { path: "*404", component: lazy(() => import("./not-found")), info: { title: "Page not found" } },
];

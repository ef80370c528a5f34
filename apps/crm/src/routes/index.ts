import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";

/** What a route declares about itself; the app shell reads it for the tab title. */
export interface RouteInfo {
  title: string;
}

/** Every route loads its own chunk, so the first load carries only the shell and the page it opens. */
export const routes: (RouteDefinition & { info: RouteInfo })[] = [
  { path: "/", component: lazy(() => import("./status")), info: { title: "Status" } },
  { path: "*404", component: lazy(() => import("./not-found")), info: { title: "Page not found" } },
];

import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";

/** What a route declares about itself; the app shell reads it for the tab title. */
export interface RouteInfo {
  title: string;
}

type Route = RouteDefinition & { info?: RouteInfo; children?: Route[] };

/** The pages of one CRM database, under /t/:tenant. Record pages and the board are chunks of their own. */
const tenantRoutes: Route[] = [
  { path: "/", component: lazy(() => import("./tenant-index")), info: { title: "Contacts" } },
  { path: "/contacts", component: lazy(() => import("./contacts")), info: { title: "Contacts" } },
  { path: "/contacts/new", component: lazy(() => import("./contact-new")), info: { title: "New contact" } },
  { path: "/contacts/:id", component: lazy(() => import("./contact")), info: { title: "Contact" } },
  { path: "/companies", component: lazy(() => import("./companies")), info: { title: "Companies" } },
  { path: "/companies/new", component: lazy(() => import("./company-new")), info: { title: "New company" } },
  { path: "/companies/:id", component: lazy(() => import("./company")), info: { title: "Company" } },
  { path: "/deals", component: lazy(() => import("./deal-board")), info: { title: "Pipeline" } },
  { path: "/deals/list", component: lazy(() => import("./deals")), info: { title: "Deals" } },
  { path: "/deals/new", component: lazy(() => import("./deal-new")), info: { title: "New deal" } },
  { path: "/deals/:id", component: lazy(() => import("./deal")), info: { title: "Deal" } },
  { path: "/employees", component: lazy(() => import("./employees")), info: { title: "Employees" } },
  { path: "/employees/new", component: lazy(() => import("./employee-new")), info: { title: "New employee" } },
  { path: "/employees/:id", component: lazy(() => import("./employee")), info: { title: "Employee" } },
  { path: "/settings", component: lazy(() => import("./settings")), info: { title: "Settings" } },
  { path: "*404", component: lazy(() => import("./not-found")), info: { title: "Page not found" } },
];

/** Every route loads its own chunk, so the first load carries only the shell and the page it opens. */
export const routes: Route[] = [
  { path: "/", component: lazy(() => import("./home")), info: { title: "Your CRM databases" } },
  { path: "/status", component: lazy(() => import("./status")), info: { title: "Status" } },
  { path: "/invite", component: lazy(() => import("./invite")), info: { title: "Invitation" } },
  { path: "/t/:tenant", component: lazy(() => import("./tenant-layout")), children: tenantRoutes },
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

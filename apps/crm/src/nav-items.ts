export interface NavItem {
  href: string;
  label: string;
  /** Active only on this exact path (for "/", which every path starts with). */
  end?: boolean;
  /** Who sees it; everyone when absent. "dev": only in the development build. */
  audience?: "signed-in" | "signed-out" | "dev";
}

/** The main navigation, in order. Each new area of the app (contacts, settings, …) adds its entry here. */
export const navItems: NavItem[] = [
  { href: "/", label: "CRM databases", end: true, audience: "signed-in" },
  { href: "/status", label: "Status" },
  { href: "/dev/mailbox", label: "Dev mailbox", audience: "dev" },
  { href: "/account", label: "Account", audience: "signed-in" },
  { href: "/sign-in", label: "Sign in", audience: "signed-out" },
  { href: "/sign-up", label: "Create account", audience: "signed-out" },
];

/**
 * The items for whoever is looking. While the session is not known yet (`signedIn` undefined) neither the account
 * nor the sign-in links show, so the bar does not flash "Sign in" at someone who is signed in.
 */
export function visibleNavItems(items: NavItem[], signedIn: boolean | undefined, dev: boolean): NavItem[] {
  return items.filter((item) => {
    switch (item.audience) {
      case undefined:
        return true;
      case "dev":
        return dev;
      case "signed-in":
        return signedIn === true;
      case "signed-out":
        return signedIn === false;
      default:
        return false;
    }
  });
}

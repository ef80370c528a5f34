export interface NavItem {
  href: string;
  label: string;
  /** Active only on this exact path (for "/", which every path starts with). */
  end?: boolean;
}

/** The main navigation, in order. Each new area of the app (contacts, settings, …) adds its entry here. */
export const navItems: NavItem[] = [{ href: "/", label: "Status", end: true }];

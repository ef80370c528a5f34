const PRODUCT = "Abante CRM";

/**
 * Sets the tab title; screen readers announce it after a client-side navigation. The shell sets it from the route's
 * `info.title`; a page whose title depends on its data (a contact's name) calls this again once it has loaded.
 */
export function setDocumentTitle(page?: string) {
  document.title = page ? `${page} · ${PRODUCT}` : PRODUCT;
}

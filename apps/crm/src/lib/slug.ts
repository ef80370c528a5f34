/**
 * A tenant address suggested from its name: "Café Müller & Söhne" → "cafe-muller-sohne". Lowercase letters, digits
 * and inner hyphens, at most 48 characters: what the shared `tenantSlug` schema accepts (it still judges).
 */
export function suggestSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
}

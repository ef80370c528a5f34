import { tenantSlug } from "@abante/validators";
import { describe, expect, it } from "vitest";
import { suggestSlug } from "./slug";

describe("suggestSlug", () => {
  it("turns a company name into an address the shared schema accepts", () => {
    for (const [name, slug] of [
      ["Acme Ltd", "acme-ltd"],
      ["Café Müller & Söhne", "cafe-muller-sohne"],
      ["  --Über  Tech!!  ", "uber-tech"],
      ["A".repeat(60), "a".repeat(48)],
    ] as const) {
      expect(suggestSlug(name)).toBe(slug);
      expect(tenantSlug.safeParse(suggestSlug(name)).success).toBe(true);
    }
  });

  it("never ends on a hyphen after cutting to 48 characters", () => {
    const slug = suggestSlug(`${"x".repeat(47)} y`);
    expect(slug).toBe("x".repeat(47));
  });
});

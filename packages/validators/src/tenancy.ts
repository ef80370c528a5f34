import { z } from "zod";

/** A tenant's URL slug: 3–48 lowercase letters, digits and inner hyphens. Mirrors the database check. */
export const tenantSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters.")
  .max(48, "Use at most 48 characters.")
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])$/, "Use lowercase letters, digits and hyphens, not at the start or end.");

export const tenantInput = z.object({ tenant: tenantSlug });

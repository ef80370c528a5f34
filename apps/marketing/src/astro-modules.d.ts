// For plain `tsc` (the tests import components): `astro check` resolves .astro files itself, tsc needs this shim.
declare module "*.astro" {
  import type { AstroComponentFactory } from "astro/runtime/server/index.js";

  const Component: AstroComponentFactory;
  export default Component;
}

import { vitestConfig } from "@abante/vitest-config";
import { getViteConfig } from "astro/config";

export default getViteConfig(vitestConfig(import.meta.dirname));

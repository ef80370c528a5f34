import { vitestConfig } from "@abante/vitest-config";

export default vitestConfig(import.meta.dirname);

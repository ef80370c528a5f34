import { vitestConfig } from "@abante/vitest-config";
import solid from "vite-plugin-solid";

// The solid plugin compiles JSX for the component tests and resolves solid-js to its browser build; happy-dom gives
// them a document (jsdom would need Node 22).
export default vitestConfig(import.meta.dirname, {
  plugins: [solid()],
  test: { environment: "happy-dom" },
});

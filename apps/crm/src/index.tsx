import { Router } from "@solidjs/router";
import { render } from "solid-js/web";
import App from "./app";
import { SessionProvider } from "./lib/session";
import { routes } from "./routes";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// The router base comes from Vite's `base` ("/app/"), so the two can never disagree.
const base = import.meta.env.BASE_URL.replace(/\/$/, "");

render(
  () => (
    <SessionProvider>
      <Router base={base} root={App}>
        {routes}
      </Router>
    </SessionProvider>
  ),
  root,
);

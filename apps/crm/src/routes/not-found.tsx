import { A, useLocation } from "@solidjs/router";

export default function NotFound() {
  const location = useLocation();
  return (
    <section class="page" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Page not found</h1>
      <p>
        There is no page at <code>{location.pathname}</code>.
      </p>
      <p>
        <A href="/">Go to the start page</A>
      </p>
    </section>
  );
}

import type { APIRoute } from "astro";
import { localeRedirect } from "../lib/locale-redirect";

// The only on-demand route: every other page is static HTML under /<locale>/.
export const prerender = false;

export const GET: APIRoute = ({ request }) => localeRedirect(request);

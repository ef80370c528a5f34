import type { APIRoute } from "astro";
import { localeRedirect } from "../lib/locale-redirect";

// On demand: the answer depends on the visitor (cookie, Accept-Language, country).
export const prerender = false;

export const GET: APIRoute = ({ request }) => localeRedirect(request);

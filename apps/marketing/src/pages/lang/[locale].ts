import type { APIRoute } from "astro";
import { languageSwitch } from "../../lib/language-switch";

// The language picker's target: remembers the choice and returns to the same page in that language.
export const prerender = false;

export const GET: APIRoute = ({ params, request }) => languageSwitch(request, params.locale);

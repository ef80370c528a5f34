// The form island: validates, gets the ALTCHA proof of work, posts `{json: fields}` to `/trpc/<data-procedure>` and
// maps the server's field errors onto the form's error slots (README.md, "Forms").

import { type AltchaWidget, mountAltcha, solveAltcha } from "@abante/altcha-client";

interface TrpcError {
  error?: {
    json?: { message?: string; data?: { code?: string; httpStatus?: number; fieldErrors?: Record<string, string[]> } };
  };
}

/** The form's widget (created on first use, in the page's language with the page's strings), or null without a slot. */
async function mountWidget(form: HTMLFormElement): Promise<AltchaWidget | null> {
  const slot = form.querySelector<HTMLElement>(".altcha-slot");
  if (!slot) return null;
  let strings: Record<string, string> | undefined;
  try {
    strings = JSON.parse(slot.dataset.altchaStrings ?? "{}") as Record<string, string>;
  } catch {
    // the widget's own English strings
  }
  return mountAltcha(slot, form.dataset.locale ?? "en", strings);
}

/** Runs the proof of work and resolves with its payload (null when it fails). */
async function solve(form: HTMLFormElement): Promise<string | null> {
  const widget = await mountWidget(form);
  return widget ? solveAltcha(widget) : null;
}

function values(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const data = new FormData(form);
  const multi = new Set(
    [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
      .filter((el) => form.querySelectorAll(`input[type="checkbox"][name="${el.name}"]`).length > 1)
      .map((el) => el.name),
  );
  for (const name of multi) out[name] = data.getAll(name);
  for (const [name, value] of data) {
    if (multi.has(name) || name === "altcha" || typeof value !== "string") continue;
    const v = value.trim();
    if (v !== "") out[name] = name === "password" ? value : v;
  }
  return out;
}

export function enhanceForms() {
  for (const form of document.querySelectorAll<HTMLFormElement>("form[data-form]")) enhance(form);
}

function enhance(form: HTMLFormElement) {
  const procedure = form.dataset.procedure!;
  // P7: every form with a slot for the widget sends a proof of work, the trial's sign-up (`auth.signUp`) included.
  const withProof = form.querySelector(".altcha-slot") !== null;
  const formError = form.querySelector<HTMLElement>("[data-form-error]");
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const label = submit?.textContent ?? "";
  let messages: Record<string, string> = {};
  try {
    messages = JSON.parse(formError?.dataset.messages ?? "{}");
  } catch {}
  form.noValidate = true;

  const slots = () => form.querySelectorAll<HTMLElement>(".field-error[data-error-for]");
  const showFieldError = (name: string, message?: string) => {
    const slot = form.querySelector<HTMLElement>(`.field-error[data-error-for="${name}"]`);
    if (!slot) return false;
    slot.textContent = message ?? slot.dataset.message ?? "";
    slot.hidden = false;
    for (const el of form.querySelectorAll<HTMLElement>(`[name="${name}"]`)) {
      el.setAttribute("aria-invalid", "true");
      if (slot.id) el.setAttribute("aria-errormessage", slot.id);
    }
    return true;
  };
  const showFormError = (message: string) => {
    if (!formError) return;
    formError.textContent = message;
    formError.hidden = false;
  };
  const clear = () => {
    for (const slot of slots()) slot.hidden = true;
    for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
    if (formError) formError.hidden = true;
  };

  // The widget's code is fetched once the visitor starts filling the form (or at the latest on submit).
  if (withProof) form.addEventListener("focusin", () => void mountWidget(form), { once: true });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clear();
    let firstInvalid: HTMLElement | null = null;
    for (const el of form.querySelectorAll<HTMLInputElement>("input, select, textarea")) {
      if (!el.name || el.checkValidity()) continue;
      showFieldError(el.name);
      firstInvalid ??= el;
    }
    if (firstInvalid) {
      firstInvalid.focus();
      return;
    }
    if (submit) {
      submit.disabled = true;
      submit.textContent = submit.dataset.sendingLabel ?? label;
    }
    try {
      const input = values(form);
      if (withProof) {
        const payload = await solve(form);
        if (!payload) {
          showFormError(messages.botCheck ?? messages.generic ?? "");
          return;
        }
        input.altcha = payload;
      }
      let res: Response;
      try {
        res = await fetch(`/trpc/${procedure}`, {
          method: "POST",
          headers: { "content-type": "application/json", "accept-language": form.dataset.locale ?? "en" },
          body: JSON.stringify({ json: input }),
        });
      } catch {
        showFormError(messages.network ?? "");
        return;
      }
      if (res.ok) {
        const wrap = form.closest("[data-form-wrap]");
        const success = wrap?.querySelector<HTMLElement>("[data-form-success]");
        for (const el of success?.querySelectorAll<HTMLElement>("[data-form-value]") ?? []) {
          el.textContent = String(input[el.dataset.formValue!] ?? "");
        }
        form.hidden = true;
        if (success) {
          success.hidden = false;
          success.focus();
        }
        return;
      }
      const body = (await res.json().catch(() => ({}))) as TrpcError;
      const fieldErrors = body.error?.json?.data?.fieldErrors ?? {};
      let shown = false;
      for (const [name, list] of Object.entries(fieldErrors)) {
        if (name === "altcha") continue;
        // The localized default message; the server's English text only where the slot has none.
        shown =
          showFieldError(
            name,
            form.querySelector<HTMLElement>(`[data-error-for="${name}"]`)?.dataset.message ?? list[0],
          ) || shown;
      }
      if (fieldErrors.altcha) showFormError(messages.botCheck ?? "");
      else if (res.status === 429) showFormError(messages.rateLimited ?? "");
      else if (!shown) showFormError(res.status === 400 ? (messages.invalid ?? "") : (messages.generic ?? ""));
      else showFormError(messages.invalid ?? "");
      // A spent or refused proof cannot be used again.
      form.querySelector<AltchaWidget>("altcha-widget")?.reset();
    } finally {
      if (submit) {
        submit.disabled = false;
        submit.textContent = label;
      }
    }
  });
}

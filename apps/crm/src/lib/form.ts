import { type Accessor, batch, createSignal, createUniqueId } from "solid-js";
import { toErrorDisplay } from "./errors";

/**
 * What createForm needs of a schema: the Standard Schema interface, which zod implements, so this module does not
 * import zod.
 */
export interface StandardSchema<Input = unknown> {
  readonly "~standard": {
    readonly validate: (value: unknown) => StandardResult | Promise<StandardResult>;
    readonly types?: { readonly input: Input } | undefined;
  };
}
type StandardResult = { readonly issues?: readonly Issue[] | undefined };
type Issue = { readonly message: string; readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] };
export type SchemaInput<S extends StandardSchema> = NonNullable<S["~standard"]["types"]>["input"];

export interface FormOptions<S extends StandardSchema> {
  schema: S;
  /** Controls whose values are read as a list (a checkbox group), even when zero or one box is ticked. */
  lists?: readonly string[];
  /** Values that are not controls of the form, e.g. the token of an e-mailed link. */
  extra?: () => Record<string, unknown>;
  /**
   * Turns the controls' strings into the shapes the schema takes before it judges them: "a, b" → ["a", "b"] for
   * tags, a ticked box → true, an empty "none" choice → null. Only reshaping; the schema still decides.
   */
  prepare?: (values: Record<string, unknown>) => Record<string, unknown>;
  /**
   * Called with the values once the schema accepts them. They are the schema's *input*, as typed: the server parses
   * them with the same schema, so its transforms ("" → null, trimming) must run there, not twice.
   * A throw becomes the form's errors (field errors under their controls).
   */
  onSubmit: (input: SchemaInput<S>, form: HTMLFormElement) => Promise<unknown> | undefined;
}

export interface Form {
  /** Prefix of every id in the form, so two forms on one page never clash. */
  id: string;
  /** The form element's submit handler. */
  submit: (event: SubmitEvent) => Promise<void>;
  /**
   * Starts fetching a schema made with `lazySchema` (a no-op for any other), so that it is there by the submit: the
   * form element's `onFocusIn` and `onPointerDown`.
   */
  preload: () => void;
  pending: Accessor<boolean>;
  /** The reasons a control is invalid, or undefined. Keyed by the control's name. */
  errors: (name: string) => string[] | undefined;
  /** The error that belongs to no control. */
  message: Accessor<string | undefined>;
  controlId: (name: string) => string;
  errorId: (name: string) => string;
  hintId: (name: string) => string;
  messageId: string;
  /** Clears every error, e.g. when the form is closed. */
  clear: () => void;
}

type FieldErrors = Record<string, string[]>;

/** Schema issues as field path → reasons, the same shape the server's error formatter sends. */
export function issuesToFieldErrors(issues: readonly Issue[]) {
  const result: FieldErrors = {};
  for (const issue of issues) {
    const key = (issue.path ?? []).map((part) => String(typeof part === "object" ? part.key : part)).join(".") || "_";
    result[key] = [...(result[key] ?? []), issue.message];
  }
  return result;
}

/** The form's values: one string per control, or a list for the names in `lists`. */
export function readForm(form: HTMLFormElement, lists: readonly string[] = []): Record<string, unknown> {
  const data = new FormData(form);
  const values: Record<string, unknown> = {};
  for (const name of new Set(data.keys())) {
    values[name] = lists.includes(name) ? data.getAll(name) : data.get(name);
  }
  for (const name of lists) values[name] ??= [];
  return values;
}

/**
 * Submit-time validation for a plain <form>, with the same zod schema the server uses, and one place where the
 * client's and the server's verdicts meet: both become field errors under their controls (an "interests.0" error
 * lands on "interests"), and whatever names no control of the form becomes the form's message. After a failed
 * submit, focus moves to the first invalid control, or to the message when no control is to blame.
 */
export function createForm<S extends StandardSchema>(options: FormOptions<S>): Form {
  const id = `form-${createUniqueId()}`;
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [message, setMessage] = createSignal<string>();
  const [pending, setPending] = createSignal(false);

  function show(form: HTMLFormElement, fieldErrors: FieldErrors, fallback: string | undefined) {
    const onControls: FieldErrors = {};
    const elsewhere: string[] = [];
    for (const [path, reasons] of Object.entries(fieldErrors)) {
      const name = path.split(".")[0] ?? path;
      if (form.elements.namedItem(name)) onControls[name] = [...(onControls[name] ?? []), ...reasons];
      else elsewhere.push(...reasons);
    }
    const hasFieldErrors = Object.keys(onControls).length > 0;
    batch(() => {
      setErrors(onControls);
      // A generic "Some fields are not valid." adds nothing when every reason sits under its control.
      setMessage(elsewhere.length > 0 ? elsewhere.join(" ") : hasFieldErrors ? undefined : fallback);
    });
    const target =
      form.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      (message() ? form.querySelector<HTMLElement>(`[id="${id}-message"]`) : null);
    target?.focus();
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (pending()) return;
    const form = event.currentTarget as HTMLFormElement;
    const raw = readForm(form, options.lists);
    const values = { ...(options.prepare ? options.prepare(raw) : raw), ...options.extra?.() };
    const { issues } = await options.schema["~standard"].validate(values);
    if (issues) {
      show(form, issuesToFieldErrors(issues), "Some of the information is not valid.");
      return;
    }
    batch(() => {
      setErrors({});
      setMessage(undefined);
      setPending(true);
    });
    try {
      await options.onSubmit(values as SchemaInput<S>, form);
      setPending(false);
    } catch (error) {
      const display = toErrorDisplay(error);
      setPending(false);
      show(form, display.fieldErrors, display.message);
    }
  }

  return {
    id,
    submit,
    preload: () => (options.schema as { preload?: () => void }).preload?.(),
    pending,
    errors: (name) => errors()[name],
    message,
    controlId: (name) => `${id}-${name}`,
    errorId: (name) => `${id}-${name}-error`,
    hintId: (name) => `${id}-${name}-hint`,
    messageId: `${id}-message`,
    clear: () =>
      batch(() => {
        setErrors({});
        setMessage(undefined);
      }),
  };
}

/**
 * A shared schema fetched when it is first needed: the page's first load stays small (zod and the validators are a
 * chunk of their own) and the form still judges with the very schema the server uses. `preload()` starts the fetch
 * early, e.g. when the form gets focus, so that it is there by the time of the submit. A failed fetch becomes the
 * form's message and is tried again on the next submit.
 */
export function lazySchema<S extends StandardSchema>(load: () => Promise<S>): S & { preload: () => void } {
  let loading: Promise<S> | undefined;
  const get = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  const lazy: StandardSchema & { preload: () => void } = {
    "~standard": {
      validate: async (value) => {
        try {
          return await (await get())["~standard"].validate(value);
        } catch {
          return { issues: [{ message: "We could not reach the server. Check your connection and try again." }] };
        }
      },
    },
    preload: () => void get().catch(() => undefined),
  };
  return lazy as S & { preload: () => void };
}

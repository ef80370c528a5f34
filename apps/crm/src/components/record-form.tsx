import { For, type JSX, onMount, Show } from "solid-js";
import { createForm, type Form, type SchemaInput, type StandardSchema } from "../lib/form";
import { orNull, splitList, ticked } from "../lib/form-values";
import { useTenant } from "../lib/tenant";
import { FormError } from "./form-error";
import { type ControlProps, FormField } from "./form-field";
import { MemberOptions } from "./member-options";
import { type PickerOption, RecordPicker } from "./record-picker";

/**
 * One control of a record's form, declared rather than written out: the field layer renders it inside a FormField
 * (label, hint, error) and reshapes its value for the schema (a list splits, a "none" choice becomes null, a box
 * becomes a boolean). `R` is the record being edited (undefined for a new one), `C` what the form was opened with
 * (the pipeline's stages, the company a new contact starts at).
 */
export type FieldSpec<R, C> = FieldBase & FieldKind<R, C>;

interface FieldBase {
  /** The schema's key; the control's name. */
  name: string;
  label: string;
  optional?: boolean;
  hint?: string;
  /** Full width, below the grid of short fields (notes, an address). */
  wide?: boolean;
}

type Value<R, C, T> = (record: R | undefined, context: C) => T;

type FieldKind<R, C> =
  | {
      kind: "text";
      type?: "text" | "email" | "tel" | "date";
      value: Value<R, C, string | null | undefined>;
      inputmode?: "decimal";
      maxLength?: number;
      /** A narrow control (a currency code). */
      short?: boolean;
      /** Addresses and codes are not words. */
      spellcheck?: false;
    }
  | { kind: "textarea"; rows: number; value: Value<R, C, string | null | undefined> }
  /** Several values in one control: comma-separated on one line, or one per line in a textarea. */
  | { kind: "list"; lines?: boolean; spellcheck?: false; value: Value<R, C, readonly string[] | undefined> }
  | {
      kind: "select";
      options: (context: C) => readonly { value: string; label: string }[];
      value: Value<R, C, string | null | undefined>;
    }
  /** A member of the tenant, or none. A new record starts with the signed-in member when `mine` is set. */
  | {
      kind: "member";
      none: string;
      mine?: boolean;
      value: Value<R, C, string | null | undefined>;
      /** The name of a current value that is no longer a member. */
      valueName?: (record: R) => string | null | undefined;
    }
  /** One record among many, chosen by searching (a company, a contact). */
  | {
      kind: "picker";
      search: (tenant: string) => (term: string) => Promise<PickerOption[]>;
      noun: string;
      nounPlural: string;
      value: Value<R, C, PickerOption | null | undefined>;
    }
  | { kind: "checkbox"; text: string; value: Value<R, C, boolean | undefined> };

/** What the controls' strings become before the schema judges them (reshaping only; the schema decides). */
export function prepareFields<R, C>(fields: readonly FieldSpec<R, C>[], values: Record<string, unknown>) {
  const prepared = { ...values };
  for (const field of fields) {
    const raw = values[field.name];
    if (field.kind === "list") prepared[field.name] = splitList(raw);
    else if (field.kind === "member" || field.kind === "picker") prepared[field.name] = orNull(raw);
    else if (field.kind === "checkbox") prepared[field.name] = ticked(raw);
  }
  return prepared;
}

/**
 * Creating (no `record`) or editing a record from its field list, on the schema the API parses with: client-side
 * verdicts and the server's field errors both land under their controls. Saves, then hands the saved record to
 * `onSaved`. The schema is usually lazy (`lazySchema`): it is fetched when the form is first used, not with the page.
 */
export function RecordForm<R, C, S extends StandardSchema>(props: {
  schema: S;
  fields: readonly FieldSpec<R, C>[];
  context: C;
  record?: R;
  save: (input: SchemaInput<S>, record: R | undefined) => Promise<R>;
  onSaved: (record: R) => void;
  onCancel?: () => void;
  /** The submit button of a new record ("Create contact"), and of an existing one ("Save contact"). */
  createLabel: string;
  saveLabel: string;
  /** Focus the first control once shown (an edit form opened from a button). */
  autofocus?: boolean;
}) {
  const form = createForm({
    schema: props.schema,
    prepare: (values) => prepareFields(props.fields, values),
    onSubmit: async (input) => props.onSaved(await props.save(input, props.record)),
  });
  let element!: HTMLFormElement;
  onMount(() => {
    if (props.autofocus) element.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")?.focus();
  });
  const field = (spec: FieldSpec<R, C>) => (
    <RecordField form={form} spec={spec} record={props.record} context={props.context} />
  );

  return (
    <form
      class="form"
      ref={element}
      onSubmit={form.submit}
      onFocusIn={form.preload}
      onPointerDown={form.preload}
      novalidate
    >
      <FormError form={form} />
      <div class="form-grid">
        <For each={props.fields.filter((f) => !f.wide)}>{field}</For>
      </div>
      <For each={props.fields.filter((f) => f.wide)}>{field}</For>
      <div class="form-actions">
        <button type="submit" disabled={form.pending()}>
          {form.pending() ? "Saving…" : props.record ? props.saveLabel : props.createLabel}
        </button>
        <Show when={props.onCancel}>
          <button type="button" class="secondary" onClick={() => props.onCancel?.()} disabled={form.pending()}>
            Cancel
          </button>
        </Show>
      </div>
    </form>
  );
}

/** One declared field: its FormField and the control its kind calls for, filled from the record (or the context). */
function RecordField<R, C>(props: { form: Form; spec: FieldSpec<R, C>; record: R | undefined; context: C }) {
  const tenant = useTenant();
  const s = props.spec;
  const value = <T,>(of: Value<R, C, T>) => of(props.record, props.context);
  const control = (c: ControlProps): JSX.Element => {
    switch (s.kind) {
      case "text":
        return (
          <input
            {...c}
            type={s.type ?? "text"}
            autocomplete="off"
            inputmode={s.inputmode}
            maxLength={s.maxLength}
            spellcheck={s.spellcheck}
            class={s.short ? "short" : undefined}
            value={value(s.value) ?? ""}
          />
        );
      case "textarea":
        return <textarea {...c} rows={s.rows} value={value(s.value) ?? ""} />;
      case "list": {
        const items = value(s.value) ?? [];
        return (
          <Show when={s.lines} fallback={<input {...c} type="text" autocomplete="off" value={items.join(", ")} />}>
            <textarea {...c} rows={2} spellcheck={s.spellcheck} value={items.join("\n")} />
          </Show>
        );
      }
      case "select":
        return (
          <select {...c}>
            <For each={s.options(props.context)}>
              {(option) => (
                <option value={option.value} selected={option.value === value(s.value)}>
                  {option.label}
                </option>
              )}
            </For>
          </select>
        );
      case "member":
        return (
          <select {...c}>
            <MemberOptions
              none={s.none}
              selected={props.record === undefined && s.mine ? tenant.meId() : value(s.value)}
              selectedName={props.record === undefined ? undefined : s.valueName?.(props.record)}
            />
          </select>
        );
      case "picker":
        return (
          <RecordPicker
            id={c.id ?? ""}
            name={c.name}
            invalid={c["aria-invalid"]}
            describedBy={c["aria-describedby"]}
            initial={value(s.value) ?? null}
            search={s.search(tenant.slug())}
            noun={s.noun}
            nounPlural={s.nounPlural}
          />
        );
      case "checkbox":
        return (
          <label class="choice">
            <input type="checkbox" name={c.name} checked={value(s.value) ?? false} aria-invalid={c["aria-invalid"]} />
            {s.text}
          </label>
        );
    }
  };
  return (
    <FormField
      form={props.form}
      name={s.name}
      label={s.label}
      hint={s.hint}
      optional={s.optional}
      group={s.kind === "checkbox"}
    >
      {control}
    </FormField>
  );
}

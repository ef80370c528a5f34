import { type JSX, Show, untrack } from "solid-js";
import type { Form } from "../lib/form";

/** What a control needs to be tied to its label, hint and error. Spread it on the <input>/<select>. */
export interface ControlProps {
  readonly id: string | undefined;
  readonly name: string;
  readonly "aria-invalid": "true" | undefined;
  readonly "aria-describedby": string | undefined;
  readonly required: true | undefined;
}

/**
 * One labelled control of a form made with createForm: label, hint, the error (read out with the control through
 * aria-describedby) and the control itself, which the caller renders from `control`. With `group`, a set of
 * checkboxes becomes a fieldset whose legend is the label; each box gets aria-invalid, the fieldset the description.
 */
export function FormField(props: {
  form: Form;
  name: string;
  label: JSX.Element;
  hint?: JSX.Element;
  optional?: boolean;
  group?: boolean;
  children: (control: ControlProps) => JSX.Element;
}) {
  const errors = () => props.form.errors(props.name);
  const describedBy = () =>
    [props.hint ? props.form.hintId(props.name) : "", errors() ? props.form.errorId(props.name) : ""]
      .filter(Boolean)
      .join(" ") || undefined;
  const control: ControlProps = {
    get id() {
      return props.group ? undefined : props.form.controlId(props.name);
    },
    get name() {
      return props.name;
    },
    get "aria-invalid"() {
      return errors() ? "true" : undefined;
    },
    get "aria-describedby"() {
      return props.group ? undefined : describedBy();
    },
    get required() {
      return props.optional || props.group ? undefined : true;
    },
  };

  const label = () => (
    <>
      {props.label}
      <Show when={props.optional}>
        <span class="field-optional"> (optional)</span>
      </Show>
    </>
  );
  // Rendered once: the control's reactive attributes update in place, so its value and focus survive an error.
  const body = () => (
    <>
      <Show when={props.hint}>
        <p id={props.form.hintId(props.name)} class="field-hint">
          {props.hint}
        </p>
      </Show>
      <Show when={errors()}>
        {(reasons) => (
          <p id={props.form.errorId(props.name)} class="field-error">
            <span class="visually-hidden">Error: </span>
            {reasons().join(" ")}
          </p>
        )}
      </Show>
      {untrack(() => props.children(control))}
    </>
  );

  return (
    <Show
      when={untrack(() => props.group)}
      fallback={
        <div class="field" data-invalid={errors() ? "" : undefined}>
          <label for={props.form.controlId(props.name)}>{label()}</label>
          {body()}
        </div>
      }
    >
      <fieldset class="field" data-invalid={errors() ? "" : undefined} aria-describedby={describedBy()}>
        <legend>{label()}</legend>
        {body()}
      </fieldset>
    </Show>
  );
}

import { signUpInput } from "@abante/validators";
import { TRPCClientError } from "@trpc/client";
import { For } from "solid-js";
import { render } from "solid-js/web";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FormError } from "../components/form-error";
import { FormField } from "../components/form-field";
import { buttonNamed, controlLabelled, type } from "../testing/mount";
import { createForm, issuesToFieldErrors } from "./form";

type OnSubmit = (input: unknown) => Promise<unknown>;

let dispose: (() => void) | undefined;
let container: HTMLElement;

/** A sign-up-like form: text inputs, a select and a checkbox group, on the shared schema. */
function mountForm(onSubmit: OnSubmit) {
  container = document.createElement("div");
  document.body.append(container);
  dispose = render(() => {
    const form = createForm({ schema: signUpInput, lists: ["interests"], onSubmit: (input) => onSubmit(input) });
    return (
      <form onSubmit={form.submit} novalidate>
        <FormError form={form} />
        <FormField form={form} name="name" label="Name">
          {(control) => <input {...control} />}
        </FormField>
        <FormField form={form} name="companyName" label="Company">
          {(control) => <input {...control} />}
        </FormField>
        <FormField form={form} name="email" label="Email" hint="We confirm it.">
          {(control) => <input {...control} type="email" />}
        </FormField>
        <FormField form={form} name="password" label="Password">
          {(control) => <input {...control} type="password" />}
        </FormField>
        <FormField form={form} name="phone" label="Phone" optional>
          {(control) => <input {...control} type="tel" />}
        </FormField>
        <FormField form={form} name="businessSector" label="Sector">
          {(control) => (
            <select {...control}>
              <option value="">Choose</option>
              <option value="retail">Retail</option>
            </select>
          )}
        </FormField>
        <FormField form={form} name="interests" label="Interests" optional group>
          {(control) => (
            <For each={["contacts", "deals"]}>
              {(key) => (
                <label>
                  <input type="checkbox" name={control.name} value={key} aria-invalid={control["aria-invalid"]} />
                  {key}
                </label>
              )}
            </For>
          )}
        </FormField>
        <button type="submit" disabled={form.pending()}>
          Send
        </button>
      </form>
    );
  }, container);
}

function fillValid() {
  type(controlLabelled(container, "Name"), "Ada Lovelace");
  type(controlLabelled(container, "Company"), "Analytical Engines");
  type(controlLabelled(container, "Email"), "ada@example.com");
  type(controlLabelled(container, "Password"), "correct horse battery");
  type(controlLabelled(container, "Sector"), "retail");
}

const submit = () => buttonNamed(container, "Send").click();
const errorFor = (control: Element) =>
  (control.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id))
    .find((el) => el?.classList.contains("field-error"))?.textContent;

afterEach(() => {
  dispose?.();
  container.remove();
});

describe("createForm", () => {
  it("validates on submit with the shared schema and focuses the first invalid control", async () => {
    const onSubmit = vi.fn<OnSubmit>();
    mountForm(onSubmit);
    const name = controlLabelled(container, "Name");
    expect(name.hasAttribute("aria-invalid")).toBe(false);

    submit();

    await vi.waitFor(() => expect(name.getAttribute("aria-invalid")).toBe("true"));
    expect(document.activeElement).toBe(name);
    expect(errorFor(name)).toBe("Error: Enter your name.");
    const email = controlLabelled(container, "Email");
    // The hint stays in the description next to the error.
    expect(email.getAttribute("aria-describedby")?.split(" ")).toHaveLength(2);
    expect(errorFor(email)).toBe("Error: Enter a valid email address.");
    expect(errorFor(controlLabelled(container, "Sector"))).toBe("Error: Choose a business sector.");
    expect(controlLabelled(container, "Phone (optional)").getAttribute("aria-invalid")).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("focuses the first invalid control in page order, not in schema order", async () => {
    mountForm(vi.fn<OnSubmit>());
    fillValid();
    type(controlLabelled(container, "Sector"), "");
    type(controlLabelled(container, "Password"), "short");
    submit();
    await vi.waitFor(() => expect(document.activeElement).toBe(controlLabelled(container, "Password")));
  });

  it("sends the schema's input, untransformed, and disables the button while pending", async () => {
    let finish!: () => void;
    const onSubmit = vi.fn<OnSubmit>(() => new Promise<void>((resolve) => (finish = resolve)));
    mountForm(onSubmit);
    fillValid();
    container.querySelector<HTMLInputElement>('input[value="deals"]')!.checked = true;
    submit();

    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    // "" stays "": the server's schema turns it into null; sending null would fail its validation.
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      name: "Ada Lovelace",
      companyName: "Analytical Engines",
      email: "ada@example.com",
      password: "correct horse battery",
      phone: "",
      businessSector: "retail",
      interests: ["deals"],
    });
    expect(buttonNamed(container, "Send").disabled).toBe(true);
    submit();
    finish();
    await vi.waitFor(() => expect(buttonNamed(container, "Send").disabled).toBe(false));
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it("shows the server's field errors under their controls, and the rest in the alert", async () => {
    const onSubmit = vi.fn<OnSubmit>().mockRejectedValue(
      TRPCClientError.from({
        error: {
          code: -32600,
          message: "Some fields are not valid.",
          data: {
            code: "BAD_REQUEST",
            httpStatus: 400,
            fieldErrors: {
              email: ["An account with this email address already exists."],
              "interests.0": ["Choose from the listed interests."],
              locale: ["Unsupported language."],
            },
          },
        },
      }),
    );
    mountForm(onSubmit);
    fillValid();
    submit();

    const email = controlLabelled(container, "Email");
    await vi.waitFor(() => expect(email.getAttribute("aria-invalid")).toBe("true"));
    expect(errorFor(email)).toBe("Error: An account with this email address already exists.");
    const box = container.querySelector<HTMLInputElement>('input[value="contacts"]')!;
    expect(box.getAttribute("aria-invalid")).toBe("true");
    const group = box.closest("fieldset")!;
    expect(document.getElementById(group.getAttribute("aria-describedby")!)?.textContent).toBe(
      "Error: Choose from the listed interests.",
    );
    // No control is named "locale": its reason goes to the form's alert.
    expect(container.querySelector('[role="alert"]')?.textContent).toBe("Unsupported language.");
    expect(document.activeElement).toBe(email);
  });

  it("puts an error about no field in the alert and focuses it", async () => {
    mountForm(
      vi.fn<OnSubmit>().mockRejectedValue(
        TRPCClientError.from({
          error: {
            code: -32001,
            message: "Email or password is incorrect.",
            data: { code: "UNAUTHORIZED", httpStatus: 401 },
          },
        }),
      ),
    );
    fillValid();
    submit();
    const alert = container.querySelector<HTMLElement>('[role="alert"]')!;
    await vi.waitFor(() => expect(alert.textContent).toBe("Email or password is incorrect."));
    expect(document.activeElement).toBe(alert);
    expect(container.querySelector('[aria-invalid="true"]')).toBeNull();
  });
});

describe("issuesToFieldErrors", () => {
  it("keys reasons by dotted path, like the server", () => {
    expect(
      issuesToFieldErrors([
        { path: ["interests", 0], message: "a" },
        { path: [{ key: "interests" }, { key: 0 }], message: "b" },
        { message: "c" },
      ]),
    ).toEqual({ "interests.0": ["a", "b"], _: ["c"] });
  });
});

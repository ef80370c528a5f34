import { businessSectors, interests, profileLocales as locales } from "@abante/validators/constants";
import { createSignal, For, Show } from "solid-js";
import { createForm, lazySchema } from "../lib/form";
import { formatDate } from "../lib/format";
import { countryName, interestLabels, labelOf, localeLabels, sectorLabels } from "../lib/labels";
import { type Profile, updateProfile } from "../lib/queries";
import { FormError } from "./form-error";
import { FormField } from "./form-field";

// The schema, and zod with it, is fetched when the form is first used: the page's first load stays small.
const schema = lazySchema(() => import("@abante/validators").then((m) => m.updateProfileInput));

/** P17: the account's own data, shown as it is stored and editable in place. */
export function ProfileSection(props: { profile: Profile; onSaved: (profile: Profile) => void }) {
  const [editing, setEditing] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  let editButton: HTMLButtonElement | undefined;
  let firstInput: HTMLInputElement | undefined;

  const form = createForm({
    schema,
    lists: ["interests"],
    onSubmit: async (input) => {
      props.onSaved(await updateProfile(input));
      close(true);
    },
  });

  function open() {
    setSaved(false);
    setEditing(true);
    firstInput?.focus();
  }
  function close(didSave: boolean) {
    form.clear();
    setEditing(false);
    setSaved(didSave);
    editButton?.focus();
  }

  return (
    <section class="card account-section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <Show
        when={editing()}
        fallback={
          <>
            <dl class="facts">
              <div>
                <dt>Name</dt>
                <dd>{props.profile.name}</dd>
              </div>
              <div>
                <dt>Company</dt>
                <dd>{props.profile.companyName ?? "Not given"}</dd>
              </div>
              <div>
                <dt>Phone</dt>
                <dd>{props.profile.phone ?? "Not given"}</dd>
              </div>
              <div>
                <dt>Business sector</dt>
                <dd>{labelOf(sectorLabels, props.profile.businessSector)}</dd>
              </div>
              <div>
                <dt>Interests</dt>
                <dd>
                  <Show when={props.profile.interests.length > 0} fallback="None chosen">
                    {props.profile.interests.map((key) => labelOf(interestLabels, key)).join("; ")}
                  </Show>
                </dd>
              </div>
              <div>
                <dt>Language</dt>
                <dd>{labelOf(localeLabels, props.profile.locale)}</dd>
              </div>
              <div>
                <dt>Country</dt>
                <dd>{countryName(props.profile.country)} (from your connection when you signed up)</dd>
              </div>
              <div>
                <dt>Member since</dt>
                <dd>
                  <time datetime={props.profile.createdAt.toISOString()}>{formatDate(props.profile.createdAt)}</time>
                </dd>
              </div>
            </dl>
            <p class="section-actions">
              <button type="button" ref={editButton} onClick={open}>
                Edit profile
              </button>
              <span role="status">{saved() ? " Profile saved." : ""}</span>
            </p>
          </>
        }
      >
        <form class="form" onSubmit={form.submit} onFocusIn={form.preload} onPointerDown={form.preload} novalidate>
          <FormError form={form} />
          <FormField form={form} name="name" label="Your name">
            {(control) => (
              <input {...control} ref={firstInput} type="text" autocomplete="name" value={props.profile.name} />
            )}
          </FormField>
          <FormField form={form} name="companyName" label="Company name">
            {(control) => (
              <input {...control} type="text" autocomplete="organization" value={props.profile.companyName ?? ""} />
            )}
          </FormField>
          <FormField form={form} name="phone" label="Phone" optional>
            {(control) => <input {...control} type="tel" autocomplete="tel" value={props.profile.phone ?? ""} />}
          </FormField>
          <FormField form={form} name="businessSector" label="Business sector">
            {(control) => (
              <select {...control}>
                <option value="">Choose your sector</option>
                <For each={businessSectors}>
                  {(sector) => (
                    <option value={sector} selected={sector === props.profile.businessSector}>
                      {sectorLabels[sector]}
                    </option>
                  )}
                </For>
              </select>
            )}
          </FormField>
          <FormField form={form} name="interests" label="What interests you in Abante CRM?" optional group>
            {(control) => (
              <div class="choices">
                <For each={interests}>
                  {(interest) => (
                    <label class="choice">
                      <input
                        type="checkbox"
                        name={control.name}
                        value={interest}
                        checked={props.profile.interests.includes(interest)}
                        aria-invalid={control["aria-invalid"]}
                      />
                      {interestLabels[interest]}
                    </label>
                  )}
                </For>
              </div>
            )}
          </FormField>
          <FormField form={form} name="locale" label="Language" hint="The language of the app and of our e-mails.">
            {(control) => (
              <select {...control}>
                <For each={locales}>
                  {(locale) => (
                    <option value={locale} selected={locale === props.profile.locale}>
                      {labelOf(localeLabels, locale)}
                    </option>
                  )}
                </For>
              </select>
            )}
          </FormField>
          <div class="form-actions">
            <button type="submit" disabled={form.pending()}>
              {form.pending() ? "Saving…" : "Save profile"}
            </button>
            <button type="button" class="secondary" onClick={() => close(false)} disabled={form.pending()}>
              Cancel
            </button>
          </div>
        </form>
      </Show>
    </section>
  );
}

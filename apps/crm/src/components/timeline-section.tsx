import { A } from "@solidjs/router";
import { createSignal, createUniqueId, For, Show } from "solid-js";
import { type Activity, type ActivityKind, createActivity, deleteActivity, getTimeline } from "../lib/crm-queries";
import { createForm, lazySchema } from "../lib/form";
import { localDateTime, orNull } from "../lib/form-values";
import { formatDateTime, toDateTimeLocal } from "../lib/format";
import { activityKindLabels, directionLabels } from "../lib/labels";
import { createPagedList } from "../lib/paged-list";
import { useTenant } from "../lib/tenant";
import { ConfirmDialog } from "./confirm-dialog";
import { FormError } from "./form-error";
import { FormField } from "./form-field";
import { ListFooter } from "./list-table";

/** The record a timeline belongs to: exactly one link. */
export type TimelineOf = { contactId: string } | { companyId: string } | { dealId: string };

const TIMELINE_PAGE = 20;
const kinds: ActivityKind[] = ["note", "call", "meeting", "email"];
// Fetched when the form is opened: a record page loads without the validators (zod) chunk.
const schema = lazySchema(() => import("@abante/validators").then((m) => m.createActivityInput.omit({ tenant: true })));

/**
 * A record's history, newest first, page by page, and a form to add a note, a call, a meeting or an e-mail to it.
 * On a company's page the activities of its contacts and deals show only when they were linked to the company too.
 */
export function TimelineSection(props: { of: TimelineOf }) {
  const tenant = useTenant();
  const id = createUniqueId();
  const list = createPagedList(
    () => ({ tenant: tenant.slug(), ...props.of }),
    (query, cursor, signal) => getTimeline({ ...query, cursor, limit: TIMELINE_PAGE }, signal),
    { onError: tenant.handleError },
  );
  const [adding, setAdding] = createSignal(false);
  const [deleting, setDeleting] = createSignal<Activity>();
  const [notice, setNotice] = createSignal("");
  let occurred: HTMLInputElement | undefined;
  let addButton: HTMLButtonElement | undefined;
  let heading: HTMLHeadingElement | undefined;

  const form = createForm({
    schema,
    extra: () => props.of,
    prepare: (values) => ({
      ...values,
      direction: orNull(values.direction),
      occurredAt: localDateTime(values.occurredAt),
    }),
    onSubmit: async (input, element) => {
      const created = await createActivity({ tenant: tenant.slug(), ...input });
      list.update((items) => [created, ...items]);
      element.reset();
      if (occurred) occurred.value = toDateTimeLocal(new Date());
      setAdding(false);
      setNotice(`${activityKindLabels[created.kind]} “${created.subject}” added.`);
      addButton?.focus();
    },
  });

  return (
    <section class="card record-section" aria-labelledby={`${id}-timeline`}>
      <div class="section-head">
        <h2 id={`${id}-timeline`} ref={heading} tabIndex={-1}>
          Timeline
        </h2>
        <Show when={!adding()}>
          <button
            type="button"
            ref={addButton}
            onClick={() => {
              setAdding(true);
              form.preload();
              form.clear();
              document.getElementById(form.controlId("subject"))?.focus();
            }}
          >
            Add activity
          </button>
        </Show>
      </div>
      <p class="status-line" role="status">
        {notice()}
      </p>
      <form class="form activity-form" onSubmit={form.submit} novalidate hidden={!adding()}>
        <FormError form={form} />
        <div class="form-grid">
          <FormField form={form} name="kind" label="Kind">
            {(control) => (
              <select {...control}>
                <For each={kinds}>{(kind) => <option value={kind}>{activityKindLabels[kind]}</option>}</For>
              </select>
            )}
          </FormField>
          <FormField form={form} name="subject" label="Subject">
            {(control) => <input {...control} type="text" autocomplete="off" />}
          </FormField>
          <FormField form={form} name="occurredAt" label="When">
            {(control) => (
              <input {...control} ref={occurred} type="datetime-local" value={toDateTimeLocal(new Date())} />
            )}
          </FormField>
          <FormField form={form} name="direction" label="Direction" optional hint="For calls and e-mails.">
            {(control) => (
              <select {...control}>
                <option value="">Not applicable</option>
                <option value="inbound">{directionLabels.inbound}</option>
                <option value="outbound">{directionLabels.outbound}</option>
              </select>
            )}
          </FormField>
        </div>
        <FormField form={form} name="body" label="Details" optional>
          {(control) => <textarea {...control} rows={4} />}
        </FormField>
        <div class="form-actions">
          <button type="submit" disabled={form.pending()}>
            {form.pending() ? "Adding…" : "Add to timeline"}
          </button>
          <button
            type="button"
            class="secondary"
            disabled={form.pending()}
            onClick={() => {
              form.clear();
              setAdding(false);
              addButton?.focus();
            }}
          >
            Cancel
          </button>
        </div>
      </form>
      <Show when={list.status() !== "loading" && list.items().length === 0 && list.status() !== "error"}>
        <p class="notice">Nothing here yet. Notes, calls, meetings and e-mails about this record show up here.</p>
      </Show>
      <ol class="timeline" aria-label="Activities, newest first">
        <For each={list.items()}>
          {(activity) => (
            <li class="timeline-item" data-kind={activity.kind}>
              <div class="timeline-meta">
                <span class="tag" data-tone="info">
                  {activityKindLabels[activity.kind]}
                </span>
                <Show when={activity.direction}>{(direction) => <span>{directionLabels[direction()]}</span>}</Show>
                <time datetime={activity.occurredAt.toISOString()}>{formatDateTime(activity.occurredAt)}</time>
                <Show when={activity.author}>{(author) => <span>by {author().name}</span>}</Show>
              </div>
              <h3 class="timeline-subject">{activity.subject}</h3>
              <Show when={activity.body}>
                <p class="timeline-body">{activity.body}</p>
              </Show>
              <TimelineLinks activity={activity} of={props.of} />
              <button type="button" class="link-button danger-link" onClick={() => setDeleting(activity)}>
                Delete<span class="visually-hidden"> “{activity.subject}”</span>
              </button>
            </li>
          )}
        </For>
      </ol>
      <ListFooter list={list} noun="activities" />
      <ConfirmDialog
        open={deleting() !== undefined}
        title="Delete this activity?"
        confirmLabel="Delete activity"
        pendingLabel="Deleting…"
        onClose={() => {
          setDeleting(undefined);
          heading?.focus();
        }}
        onConfirm={async () => {
          const target = deleting();
          if (!target) return;
          await deleteActivity({ tenant: tenant.slug(), id: target.id });
          list.update((items) => items.filter((a) => a.id !== target.id));
          setNotice(`“${target.subject}” deleted.`);
        }}
      >
        <p>“{deleting()?.subject}” is removed from every record it is linked to. This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}

/** The other records an activity is linked to (the one whose page this is goes without saying). */
function TimelineLinks(props: { activity: Activity; of: TimelineOf }) {
  const tenant = useTenant();
  const links = () => {
    const out: { href: string; label: string }[] = [];
    const a = props.activity;
    if (a.contact && !("contactId" in props.of)) {
      out.push({ href: tenant.path(`/contacts/${a.contact.id}`), label: a.contact.name || "Contact" });
    }
    if (a.company && !("companyId" in props.of)) {
      out.push({ href: tenant.path(`/companies/${a.company.id}`), label: a.company.name });
    }
    if (a.deal && !("dealId" in props.of)) out.push({ href: tenant.path(`/deals/${a.deal.id}`), label: a.deal.title });
    return out;
  };
  return (
    <Show when={links().length > 0}>
      <p class="meta">
        Also on:{" "}
        <For each={links()}>
          {(link, i) => (
            <>
              {i() > 0 ? ", " : ""}
              <A href={link.href}>{link.label}</A>
            </>
          )}
        </For>
      </p>
    </Show>
  );
}

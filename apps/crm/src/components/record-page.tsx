import { A, useLocation, useNavigate, useParams } from "@solidjs/router";
import {
  type Accessor,
  createEffect,
  createResource,
  createSignal,
  For,
  type JSX,
  lazy,
  on,
  Show,
  Suspense,
} from "solid-js";
import type { AttachmentEntity } from "../lib/crm-queries";
import { setDocumentTitle } from "../lib/document-title";
import type { SchemaInput, StandardSchema } from "../lib/form";
import { useListParams } from "../lib/list-params";
import { settled } from "../lib/resource";
import { useTenant } from "../lib/tenant";
import { DeleteRecord } from "./delete-record";
import { Fact } from "./fact";
import { FilesSection } from "./files-section";
import { Loaded } from "./loaded";
import { PageHeader } from "./page-header";
import type { FieldSpec, RecordForm as RecordFormComponent } from "./record-form";
import { type TimelineOf, TimelineSection } from "./timeline-section";

/** What loading a form's context can read: the tenant, and the page's query (`?company=`). */
export type ContextQuery = { tenant: string; param: (name: string) => string | undefined };

/** One row of a record's details: "Not given" when `given` says there is nothing to show. */
export interface FactSpec<R> {
  label: string | ((record: R) => string);
  /** The row shows at all only when this holds (the reason a deal was lost, on a lost deal). */
  if?: (record: R) => boolean;
  /** Whether there is a value to show; omitted, there always is. An empty list counts as none. */
  given?: (record: R) => unknown;
  show: (record: R) => JSX.Element;
}

/**
 * Everything the record scaffold needs to know about one kind of record (a contact, a company, a deal, an employee):
 * where its list is, how to load, save and delete one, its form fields, its details, and what sits below them.
 * `C` is what its form needs besides the record (the pipeline's stages; the links a new record starts with).
 */
export interface RecordKind<R extends { id: string }, C, S extends StandardSchema> {
  /** "contact": "Edit contact", "Delete contact", "Contact saved.", "Could not load the contact." */
  noun: string;
  /** The list's name ("Contacts"): the tab title says "Ada Lovelace · Contacts". */
  section: string;
  /** The list's path ("/contacts"); a record lives at `${path}/${id}`, and a delete goes back to the list. */
  path: string;
  /** The breadcrumbs; by default the list alone. */
  crumbs?: readonly { label: string; path: string }[];
  /** The record's heading. */
  name: (record: R) => string;
  get: (input: { tenant: string; id: string }) => Promise<R>;
  remove: (input: { tenant: string; id: string }) => Promise<unknown>;
  /** The API's own schema (usually lazy: fetched when a form first shows). */
  schema: S;
  save: (tenant: string, input: SchemaInput<S>, record: R | undefined) => Promise<R>;
  fields: readonly FieldSpec<R, C>[];
  /** What the form needs besides the record, loaded before it shows. */
  context: (query: ContextQuery) => Promise<C>;
  /** "the pipeline": what `context` loads, for its loading line and its error. */
  contextWhat?: string;
  /** The submit button of a new record; `Create ${noun}` by default. */
  createLabel?: string;
  /** A line above the details (a contact's job at a company; a deal's amount and stage). */
  lead?: (record: Accessor<R>) => JSX.Element;
  facts: readonly FactSpec<R>[];
  /** What else goes (or stays) when the record is deleted, in a sentence or two. */
  deleteNote: (record: R) => JSX.Element;
  /** The record's timeline of activities; records without one (employees) leave it out. */
  timeline?: (record: R) => TimelineOf;
  files: AttachmentEntity;
  /** Related records above the timeline (a company's contacts), and above the files (a contact's deals). */
  main?: (record: Accessor<R>) => JSX.Element;
  aside?: (record: Accessor<R>) => JSX.Element;
}

// The form (its controls, the record picker) is a chunk of its own: a record page shows details first.
const RecordForm = lazy(() =>
  import("./record-form").then((m) => ({ default: m.RecordForm })),
) as typeof RecordFormComponent & {
  preload: () => Promise<unknown>;
};
const formLoading = (
  <p class="notice" role="status">
    Loading the form…
  </p>
);

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The breadcrumbs of a record kind's pages: its `crumbs`, or its list alone. */
function Crumbs(props: {
  kind: { section: string; path: string; crumbs?: readonly { label: string; path: string }[] };
}) {
  const tenant = useTenant();
  const crumbs = () => props.kind.crumbs ?? [{ label: props.kind.section, path: props.kind.path }];
  return (
    <p class="breadcrumbs">
      <For each={crumbs()}>
        {(crumb, index) => (
          <>
            {index() > 0 ? " · " : ""}
            <A href={tenant.path(crumb.path)}>{crumb.label}</A>
          </>
        )}
      </For>
    </p>
  );
}

/** A kind's form, once its context (and the form's chunk) is loaded: for a new record, or for editing `record`. */
function KindForm<R extends { id: string }, C, S extends StandardSchema>(props: {
  kind: RecordKind<R, C, S>;
  record?: R;
  autofocus?: boolean;
  onSaved: (record: R) => void;
  onCancel: () => void;
}) {
  const kind = props.kind;
  const tenant = useTenant();
  const params = useListParams();
  const location = useLocation();
  const [context, { refetch }] = createResource(
    () => ({ tenant: tenant.slug(), query: location.search }),
    (source) => kind.context({ tenant: source.tenant, param: params.get }),
  );
  return (
    <Loaded of={context} what={kind.contextWhat ?? "the form"} retry={() => void refetch()}>
      {(c) => (
        <Suspense fallback={formLoading}>
          <RecordForm
            schema={kind.schema}
            fields={kind.fields}
            context={c()}
            record={props.record}
            save={(input, current) => kind.save(tenant.slug(), input, current)}
            createLabel={kind.createLabel ?? `Create ${kind.noun}`}
            saveLabel={`Save ${kind.noun}`}
            autofocus={props.autofocus}
            onSaved={props.onSaved}
            onCancel={props.onCancel}
          />
        </Suspense>
      )}
    </Loaded>
  );
}

/**
 * A record's page: its details, editing in place (the shared schema judges, errors sit under their fields), deletion
 * after a confirmation, its timeline, its related records and its files. Loading shows a line, a failed load says
 * why with a retry (none for a record that does not exist), and a refresh keeps the record on screen.
 */
export function RecordPage<R extends { id: string }, C, S extends StandardSchema>(props: {
  kind: RecordKind<R, C, S>;
}) {
  const kind = props.kind;
  const tenant = useTenant();
  const params = useParams();
  const [record, { mutate, refetch }] = createResource(
    () => ({ tenant: tenant.slug(), id: params.id ?? "" }),
    (input) =>
      kind.get(input).catch((error) => {
        tenant.handleError(error);
        throw error;
      }),
  );
  const [editing, setEditing] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  let editButton: HTMLButtonElement | undefined;
  const name = () => {
    const r = settled(record);
    return r ? kind.name(r) : "";
  };
  createEffect(() => name() && setDocumentTitle(`${name()} · ${kind.section}`));
  // Once the record shows, the form's chunk is fetched in the background, so "Edit" opens it at once.
  createEffect(() => name() && void RecordForm.preload());
  // Going to another record of the same kind (back and forth between two contacts) keeps this page: start afresh.
  createEffect(
    on(
      () => params.id,
      () => {
        setEditing(false);
        setSaved(false);
      },
      { defer: true },
    ),
  );
  const stopEditing = () => {
    setEditing(false);
    editButton?.focus();
  };

  return (
    <section class="page record" aria-labelledby="record-heading">
      <Crumbs kind={kind} />
      <Loaded of={record} what={`the ${kind.noun}`} retry={() => void refetch()}>
        {(r) => (
          <>
            <PageHeader id="record-heading" title={name()}>
              <Show when={!editing()}>
                <button
                  type="button"
                  ref={editButton}
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                  }}
                >
                  Edit {kind.noun}
                </button>
              </Show>
              <DeleteRecord
                noun={kind.noun}
                name={name()}
                then={tenant.path(kind.path)}
                onDelete={() => kind.remove({ tenant: tenant.slug(), id: r().id })}
                consequences={kind.deleteNote(r())}
              />
            </PageHeader>
            <p class="status-line" role="status">
              {saved() ? `${capitalized(kind.noun)} saved.` : ""}
            </p>
            <Show
              when={editing()}
              fallback={
                <div class="card">
                  {kind.lead?.(r)}
                  <dl class="facts">
                    <For each={kind.facts}>
                      {(fact) => (
                        <Show when={!fact.if || fact.if(r())}>
                          <Fact
                            label={typeof fact.label === "string" ? fact.label : fact.label(r())}
                            when={fact.given ? (fact.given(r()) ?? null) : undefined}
                          >
                            {fact.show(r())}
                          </Fact>
                        </Show>
                      )}
                    </For>
                  </dl>
                </div>
              }
            >
              <div class="card">
                <h2>Edit {kind.noun}</h2>
                <KindForm
                  kind={kind}
                  record={r()}
                  autofocus
                  onSaved={(next) => {
                    mutate(() => next);
                    setSaved(true);
                    stopEditing();
                  }}
                  onCancel={stopEditing}
                />
              </div>
            </Show>
            <Show
              when={kind.timeline || kind.main || kind.aside}
              fallback={<FilesSection entityKind={kind.files} entityId={r().id} />}
            >
              <div class="record-grid">
                <div class="stack">
                  {kind.main?.(r)}
                  <Show when={kind.timeline}>{(of) => <TimelineSection of={of()(r())} />}</Show>
                </div>
                <div class="stack">
                  {kind.aside?.(r)}
                  <FilesSection entityKind={kind.files} entityId={r().id} />
                </div>
              </div>
            </Show>
          </>
        )}
      </Loaded>
    </section>
  );
}

/** A new record: the same form and fields, started from the page's query (`?company=`, `?stage=`); opens it once saved. */
export function NewRecordPage<R extends { id: string }, C, S extends StandardSchema>(props: {
  kind: RecordKind<R, C, S>;
}) {
  const kind = props.kind;
  const tenant = useTenant();
  const navigate = useNavigate();
  return (
    <section class="page" aria-labelledby="new-record-heading">
      <Crumbs kind={kind} />
      <h1 id="new-record-heading">New {kind.noun}</h1>
      <div class="card">
        <KindForm
          kind={kind}
          onSaved={(created) => navigate(tenant.path(`${kind.path}/${created.id}`))}
          onCancel={() => history.back()}
        />
      </div>
    </section>
  );
}

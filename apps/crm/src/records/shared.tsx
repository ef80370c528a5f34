import type { FieldSpec } from "../components/record-form";
import type { FactSpec } from "../components/record-page";
import { TagList } from "../components/tag-list";
import { formatDateTime } from "../lib/format";

// Fields and facts that several kinds of record share, each in one place.

type Owned = { ownerAccountId: string | null; owner: { name: string } | null };

/** The record's owner: a member, or nobody; a new record starts with the person creating it. */
export const ownerField = <R extends Owned, C>(): FieldSpec<R, C> => ({
  name: "ownerAccountId",
  label: "Owner",
  optional: true,
  kind: "member",
  none: "No owner",
  mine: true,
  value: (r) => r?.ownerAccountId,
  valueName: (r) => r.owner?.name,
});

export const ownerFact = <R extends Owned>(): FactSpec<R> => ({
  label: "Owner",
  given: (r) => r.owner,
  show: (r) => r.owner?.name,
});

export const tagsField = <R extends { tags: string[] }, C>(): FieldSpec<R, C> => ({
  name: "tags",
  label: "Tags",
  optional: true,
  hint: "Separate tags with commas.",
  kind: "list",
  value: (r) => r?.tags,
});

export const tagsFact = <R extends { tags: string[] }>(): FactSpec<R> => ({
  label: "Tags",
  given: (r) => r.tags,
  show: (r) => <TagList tags={r.tags} />,
});

export const notesField = <R extends { notes: string | null }, C>(): FieldSpec<R, C> => ({
  name: "notes",
  label: "Notes",
  optional: true,
  wide: true,
  kind: "textarea",
  rows: 4,
  value: (r) => r?.notes,
});

export const notesFact = <R extends { notes: string | null }>(): FactSpec<R> => ({
  label: "Notes",
  given: (r) => r.notes,
  show: (r) => <span class="prewrap">{r.notes}</span>,
});

/** When the record was added. */
export const added = <R extends { createdAt: Date }>(): FactSpec<R> => ({
  label: "Added",
  show: (r) => <time datetime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time>,
});

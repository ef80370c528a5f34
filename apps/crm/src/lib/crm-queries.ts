import type { RouterInputs, RouterOutputs } from "@abante/api";
import { trpc } from "./trpc";

// The CRM's calls inside one CRM database (tenant): members, pipeline, records, timelines, files and CSV. Like
// queries.ts, components call these wrappers and never the client, and tests replace this module.

type In = RouterInputs;
type Out = RouterOutputs;

/** Page size of every list: one screenful, one indexed query, whatever the size of the table. */
export const PAGE_SIZE = 50;

// The tenant and its members ----------------------------------------------------------------------------------------

export const getTenant = (tenant: string) => trpc.tenant.get.query({ tenant });
export const renameTenant = (input: In["tenant"]["rename"]) => trpc.tenant.rename.mutate(input);
export const getMembers = (tenant: string) => trpc.member.list.query({ tenant });
export const getInvitations = (tenant: string) => trpc.member.invitations.query({ tenant });
export const inviteMember = (input: In["member"]["invite"]) => trpc.member.invite.mutate(input);
export const revokeInvitation = (input: In["member"]["revokeInvitation"]) => trpc.member.revokeInvitation.mutate(input);
export const changeRole = (input: In["member"]["changeRole"]) => trpc.member.changeRole.mutate(input);
export const removeMember = (input: In["member"]["remove"]) => trpc.member.remove.mutate(input);
export const leaveTenant = (tenant: string) => trpc.member.leave.mutate({ tenant });
export const transferOwnership = (input: In["member"]["transferOwnership"]) =>
  trpc.member.transferOwnership.mutate(input);

export type TenantDetails = Out["tenant"]["get"];
export type Member = Out["member"]["list"][number];
export type Invitation = Out["member"]["invitations"][number];

// The pipeline ------------------------------------------------------------------------------------------------------

export const getStages = (tenant: string) => trpc.stage.list.query({ tenant });
export const createStage = (input: In["stage"]["create"]) => trpc.stage.create.mutate(input);
export const updateStage = (input: In["stage"]["update"]) => trpc.stage.update.mutate(input);
export const reorderStages = (input: In["stage"]["reorder"]) => trpc.stage.reorder.mutate(input);
export const deleteStage = (input: In["stage"]["delete"]) => trpc.stage.delete.mutate(input);

export type Stage = Out["stage"]["list"][number];
export type StageKind = Stage["kind"];

// Contacts ----------------------------------------------------------------------------------------------------------

export const listContacts = (input: In["contact"]["list"], signal?: AbortSignal) =>
  trpc.contact.list.query(input, { signal });
export const getContact = (input: In["contact"]["get"]) => trpc.contact.get.query(input);
export const createContact = (input: In["contact"]["create"]) => trpc.contact.create.mutate(input);
export const updateContact = (input: In["contact"]["update"]) => trpc.contact.update.mutate(input);
export const deleteContact = (input: In["contact"]["delete"]) => trpc.contact.delete.mutate(input);

export type ContactRow = Out["contact"]["list"]["items"][number];
export type Contact = Out["contact"]["get"];

// Companies ---------------------------------------------------------------------------------------------------------

export const listCompanies = (input: In["company"]["list"], signal?: AbortSignal) =>
  trpc.company.list.query(input, { signal });
export const getCompany = (input: In["company"]["get"]) => trpc.company.get.query(input);
export const createCompany = (input: In["company"]["create"]) => trpc.company.create.mutate(input);
export const updateCompany = (input: In["company"]["update"]) => trpc.company.update.mutate(input);
export const deleteCompany = (input: In["company"]["delete"]) => trpc.company.delete.mutate(input);

export type CompanyRow = Out["company"]["list"]["items"][number];
export type Company = Out["company"]["get"];

// Deals -------------------------------------------------------------------------------------------------------------

export const listDeals = (input: In["deal"]["list"], signal?: AbortSignal) => trpc.deal.list.query(input, { signal });
export const getDealBoard = (tenant: string) => trpc.deal.board.query({ tenant });
export const getDeal = (input: In["deal"]["get"]) => trpc.deal.get.query(input);
export const createDeal = (input: In["deal"]["create"]) => trpc.deal.create.mutate(input);
export const updateDeal = (input: In["deal"]["update"]) => trpc.deal.update.mutate(input);
export const moveDeal = (input: In["deal"]["move"]) => trpc.deal.move.mutate(input);
export const deleteDeal = (input: In["deal"]["delete"]) => trpc.deal.delete.mutate(input);

export type DealRow = Out["deal"]["list"]["items"][number];
export type Deal = Out["deal"]["get"];
export type DealBoard = Out["deal"]["board"];
export type BoardStage = DealBoard["stages"][number];
export type BoardDeal = BoardStage["deals"][number];
export type DealStatus = Deal["status"];

// Activities (the timeline of a record) -----------------------------------------------------------------------------

export const getTimeline = (input: In["activity"]["timeline"], signal?: AbortSignal) =>
  trpc.activity.timeline.query(input, { signal });
export const createActivity = (input: In["activity"]["create"]) => trpc.activity.create.mutate(input);
export const deleteActivity = (input: In["activity"]["delete"]) => trpc.activity.delete.mutate(input);

export type Activity = Out["activity"]["timeline"]["items"][number];
export type ActivityKind = Activity["kind"];

// Employees ---------------------------------------------------------------------------------------------------------

export const listEmployees = (input: In["employee"]["list"], signal?: AbortSignal) =>
  trpc.employee.list.query(input, { signal });
export const getEmployee = (input: In["employee"]["get"]) => trpc.employee.get.query(input);
export const createEmployee = (input: In["employee"]["create"]) => trpc.employee.create.mutate(input);
export const updateEmployee = (input: In["employee"]["update"]) => trpc.employee.update.mutate(input);
export const deleteEmployee = (input: In["employee"]["delete"]) => trpc.employee.delete.mutate(input);

export type EmployeeRow = Out["employee"]["list"]["items"][number];
export type Employee = Out["employee"]["get"];

// Files -------------------------------------------------------------------------------------------------------------

export const listAttachments = (input: In["attachment"]["list"]) => trpc.attachment.list.query(input);
export const deleteAttachment = (input: In["attachment"]["delete"]) => trpc.attachment.delete.mutate(input);
export const getStorageUsage = (tenant: string) => trpc.attachment.usage.query({ tenant });

export type Attachment = Out["attachment"]["list"][number];
export type AttachmentEntity = In["attachment"]["list"]["entityKind"];

const tenantBase = (tenant: string) => `/api/t/${encodeURIComponent(tenant)}`;

/** Where a file is uploaded (the server's multipart route; see lib/upload.ts). */
export function uploadUrl(tenant: string, entityKind: AttachmentEntity, entityId: string): string {
  const query = new URLSearchParams({ entityKind, entityId });
  return `${tenantBase(tenant)}/attachments?${query}`;
}

// CSV import and export ---------------------------------------------------------------------------------------------

export type CsvKind = "contacts" | "companies";

/** The server's answer to an import (apps/server/src/csv/report.ts). */
export interface ImportReport {
  imported: number;
  duplicates: number;
  rejected: number;
  /** Rows not imported, in file order (the first 1,000). */
  rows: {
    line: number;
    status: "imported" | "duplicate" | "rejected";
    errors?: { field: string; message: string }[];
  }[];
  truncated: boolean;
  ignoredColumns: string[];
}

/** An import the server refused as a whole; `report` lists what was written before the problem, if anything. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly report: ImportReport | null,
  ) {
    super(message);
    this.name = "ImportError";
  }
}

export const exportUrl = (tenant: string, kind: CsvKind) => `${tenantBase(tenant)}/export/${kind}.csv`;

/**
 * Sends a CSV file to be imported. The file itself is the body (the route streams it into the parser); a page's
 * fetch carries the Origin header the server's same-origin check needs.
 */
export async function importCsv(tenant: string, kind: CsvKind, file: Blob): Promise<ImportReport> {
  let response: Response;
  try {
    response = await fetch(`${tenantBase(tenant)}/import/${kind}`, {
      method: "POST",
      body: file,
      headers: { "content-type": "text/csv" },
      credentials: "same-origin",
    });
  } catch {
    throw new ImportError("We could not reach the server. Check your connection and try again.", 0, null);
  }
  const body = (await response.json().catch(() => null)) as
    | (ImportReport & { error?: undefined })
    | { error?: { message?: string }; report?: ImportReport | null }
    | null;
  if (response.ok && body && !body.error) return body as ImportReport;
  const message =
    body?.error?.message ??
    (response.status === 413 ? "The file is too large." : "The file could not be imported. Try again.");
  throw new ImportError(message, response.status, (body && "report" in body ? body.report : null) ?? null);
}

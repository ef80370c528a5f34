import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { schema, withTenant } from "@abante/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crmKit, type Kit, rejection, type TenantFixture } from "./test-kit";

// P19: deleting a record deletes its files: the attachment rows in the same transaction, the bytes after commit,
// except bytes that another attachment row still names.

let kit: Kit;
let acme: TenantFixture;
let globex: TenantFixture;

beforeAll(async () => {
  kit = await crmKit();
  acme = await kit.tenant("acme");
  globex = await kit.tenant("globex");
});
afterAll(() => kit?.close());

type Kind = (typeof schema.attachment.$inferSelect)["entityKind"];

/**
 * A file on a record, as the upload route leaves it: bytes (and a thumbnail) under `t/<tenant>/<id>`, then the row.
 * `blobKey` makes the row name bytes that are already there instead (a second row on the same blob).
 */
async function attach(
  f: TenantFixture,
  kind: Kind,
  entityId: string,
  opts: { blobKey?: string; thumb?: boolean } = {},
) {
  const id = randomUUID();
  let blobKey = opts.blobKey;
  let thumbnailKey: string | null = null;
  let sha256 = "0".repeat(64);
  let size = 0;
  if (!blobKey) {
    blobKey = `t/${f.tenantId}/${id}`;
    const put = await kit.blobs.put(blobKey, Readable.from([Buffer.from(`bytes of ${id}`)]), { maxBytes: 1000 });
    ({ sha256, size } = put);
    if (opts.thumb) {
      thumbnailKey = `${blobKey}.thumb.webp`;
      await kit.blobs.put(thumbnailKey, Readable.from([Buffer.from("webp")]), { maxBytes: 100 });
    }
  }
  await withTenant(kit.t.db, f.tenantId, (tx) =>
    tx.insert(schema.attachment).values({
      tenantId: f.tenantId,
      id,
      entityKind: kind,
      entityId,
      fileName: "file.txt",
      contentType: "text/plain",
      sizeBytes: size,
      sha256,
      blobKey,
      thumbnailKey,
      uploadedBy: f.ownerId,
    }),
  );
  return { id, blobKey, thumbnailKey };
}

const attachmentIds = async (f: TenantFixture) =>
  (await withTenant(kit.t.db, f.tenantId, (tx) => tx.select({ id: schema.attachment.id }).from(schema.attachment))).map(
    (r) => r.id,
  );

const onDisk = async (key: string) => (await kit.blobs.stat(key)) !== null;

describe("P19 deleting a record deletes its files", () => {
  it("P19 deleting a contact deletes its files (row and bytes, thumbnail included), and leaves its neighbours'", async () => {
    const api = kit.as(acme.memberId);
    const ada = await api.contact.create({ tenant: "acme", firstName: "Ada" });
    const bob = await api.contact.create({ tenant: "acme", firstName: "Bob" });
    const adaFile = await attach(acme, "contact", ada.id, { thumb: true });
    const bobFile = await attach(acme, "contact", bob.id);
    expect(await onDisk(adaFile.blobKey)).toBe(true);
    expect(await onDisk(adaFile.thumbnailKey!)).toBe(true);

    await api.contact.delete({ tenant: "acme", id: ada.id });

    const left = await attachmentIds(acme);
    expect(left).not.toContain(adaFile.id);
    expect(await onDisk(adaFile.blobKey)).toBe(false);
    expect(await onDisk(adaFile.thumbnailKey!)).toBe(false);
    expect(left).toContain(bobFile.id);
    expect(await onDisk(bobFile.blobKey)).toBe(true);
  });

  it("P19 deleting a contact also deletes the files of its activities, which go with it", async () => {
    const api = kit.as(acme.memberId);
    const cy = await api.contact.create({ tenant: "acme", firstName: "Cy" });
    const call = await api.activity.create({
      tenant: "acme",
      kind: "call",
      subject: "Intro call",
      occurredAt: new Date("2026-01-05T10:00:00Z"),
      contactId: cy.id,
    });
    const recording = await attach(acme, "activity", call.id);
    await api.contact.delete({ tenant: "acme", id: cy.id });
    expect(await attachmentIds(acme)).not.toContain(recording.id);
    expect(await onDisk(recording.blobKey)).toBe(false);
  });

  it("P19 deleting a company, a deal, an employee or an activity deletes its files", async () => {
    const admin = kit.as(acme.adminId);
    const api = kit.as(acme.memberId);
    const company = await api.company.create({ tenant: "acme", name: "Initech" });
    const stage = await admin.stage.create({ tenant: "acme", name: "Lead" });
    const deal = await api.deal.create({ tenant: "acme", title: "Printers", stageId: stage.id });
    const employee = await api.employee.create({ tenant: "acme", firstName: "Eve" });
    const note = await api.activity.create({
      tenant: "acme",
      kind: "note",
      subject: "Note",
      occurredAt: new Date("2026-01-06T10:00:00Z"),
      companyId: company.id,
    });
    const files = {
      company: await attach(acme, "company", company.id),
      deal: await attach(acme, "deal", deal.id),
      employee: await attach(acme, "employee", employee.id),
      activity: await attach(acme, "activity", note.id),
    };

    await api.activity.delete({ tenant: "acme", id: note.id });
    expect(await onDisk(files.activity.blobKey)).toBe(false);
    expect(await onDisk(files.company.blobKey)).toBe(true);

    await api.deal.delete({ tenant: "acme", id: deal.id });
    await api.employee.delete({ tenant: "acme", id: employee.id });
    await api.company.delete({ tenant: "acme", id: company.id });

    const left = await attachmentIds(acme);
    for (const file of Object.values(files)) {
      expect(left).not.toContain(file.id);
      expect(await onDisk(file.blobKey)).toBe(false);
    }
  });

  it("P19 keeps bytes that another record's file still names, and removes them with the last one", async () => {
    const api = kit.as(acme.memberId);
    const first = await api.contact.create({ tenant: "acme", firstName: "First" });
    const second = await api.company.create({ tenant: "acme", name: "Second" });
    const original = await attach(acme, "contact", first.id);
    const copy = await attach(acme, "company", second.id, { blobKey: original.blobKey });

    await api.contact.delete({ tenant: "acme", id: first.id });
    expect(await attachmentIds(acme)).not.toContain(original.id);
    expect(await onDisk(original.blobKey)).toBe(true);

    await api.company.delete({ tenant: "acme", id: second.id });
    expect(await attachmentIds(acme)).not.toContain(copy.id);
    expect(await onDisk(original.blobKey)).toBe(false);
  });

  it("P19 P8 leaves other tenants' files alone, even bytes a row of this tenant names", async () => {
    const theirContact = await kit.as(globex.memberId).contact.create({ tenant: "globex", firstName: "Gina" });
    const theirs = await attach(globex, "contact", theirContact.id);
    const api = kit.as(acme.memberId);
    const mine = await api.contact.create({ tenant: "acme", firstName: "Mo" });
    // A row of acme naming globex's bytes: deleting it must not reach into globex's store.
    await attach(acme, "contact", mine.id, { blobKey: theirs.blobKey });

    await api.contact.delete({ tenant: "acme", id: mine.id });
    expect(await onDisk(theirs.blobKey)).toBe(true);
    expect(await attachmentIds(globex)).toContain(theirs.id);

    // Nor can acme delete globex's contact (and so its files) by id.
    const refused = await rejection(api.contact.delete({ tenant: "acme", id: theirContact.id }));
    expect(refused.code).toBe("NOT_FOUND");
    expect(await attachmentIds(globex)).toContain(theirs.id);
    expect(await onDisk(theirs.blobKey)).toBe(true);
  });

  it("P19 a delete that fails removes nothing: no rows, no bytes", async () => {
    const api = kit.as(acme.memberId);
    const company = await api.company.create({ tenant: "acme", name: "Stays" });
    const file = await attach(acme, "company", company.id);
    // A file row on a record id that does not exist is not a reason to delete anything.
    const missing = randomUUID();
    const stray = await attach(acme, "company", missing);
    expect((await rejection(api.company.delete({ tenant: "acme", id: missing }))).code).toBe("NOT_FOUND");
    expect(await attachmentIds(acme)).toEqual(expect.arrayContaining([file.id, stray.id]));
    expect(await onDisk(stray.blobKey)).toBe(true);
    expect(await onDisk(file.blobKey)).toBe(true);
  });

  it("P19 attachment.delete keeps bytes another row still names", async () => {
    const api = kit.as(acme.memberId);
    const c = await api.contact.create({ tenant: "acme", firstName: "Shared" });
    const one = await attach(acme, "contact", c.id);
    const two = await attach(acme, "contact", c.id, { blobKey: one.blobKey });
    await api.attachment.delete({ tenant: "acme", id: one.id });
    expect(await onDisk(one.blobKey)).toBe(true);
    await api.attachment.delete({ tenant: "acme", id: two.id });
    expect(await onDisk(one.blobKey)).toBe(false);
  });
});

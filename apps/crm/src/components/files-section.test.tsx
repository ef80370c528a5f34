import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Attachment } from "../lib/crm-queries";
import ContactFiles from "../testing/contact-files";
import { ada, members, mountTenantRoutes, myTenants, settle, tenantDetails } from "../testing/crm";
import { buttonNamed } from "../testing/mount";

const queries = vi.hoisted(() => ({ getMe: vi.fn(), getMyTenants: vi.fn() }));
vi.mock("../lib/queries", () => queries);
const crm = vi.hoisted(() => ({
  getTenant: vi.fn(),
  getMembers: vi.fn(),
  listAttachments: vi.fn(),
  deleteAttachment: vi.fn(),
  uploadUrl: (tenant: string, kind: string, id: string) =>
    `/api/t/${tenant}/attachments?entityKind=${kind}&entityId=${id}`,
}));
vi.mock("../lib/crm-queries", () => crm);

/** A stand-in for XMLHttpRequest: records what was sent and lets the test play the server. */
class FakeXhr {
  static last: FakeXhr | undefined;
  method = "";
  url = "";
  body: FormData | undefined;
  status = 0;
  responseText = "";
  responseType = "";
  aborted = false;
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true } as ProgressEvent);
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

const CONTACT = "0190b000-0000-7000-8000-000000000001";
const photo: Attachment = {
  id: "0190f000-0000-7000-8000-000000000001",
  entityKind: "contact",
  entityId: CONTACT,
  fileName: "portrait.jpg",
  contentType: "image/jpeg",
  sizeBytes: 245_000,
  sha256: "ab".repeat(32),
  uploadedBy: null,
  createdAt: new Date("2025-03-01T10:00:00Z"),
  hasThumbnail: true,
  downloadUrl: "/api/t/acme/attachments/0190f000-0000-7000-8000-000000000001",
  inlineUrl: "/api/t/acme/attachments/0190f000-0000-7000-8000-000000000001?inline=1",
  thumbnailUrl: "/api/t/acme/attachments/0190f000-0000-7000-8000-000000000001/thumbnail",
};

let view: ReturnType<typeof mountTenantRoutes>;
const mount = () => {
  view = mountTenantRoutes(`/app/t/acme/files/${CONTACT}`, [{ path: "/files/:id", component: ContactFiles }]);
  return view.container;
};
function choose(files: File[]) {
  const input = view.container.querySelector<HTMLInputElement>('[data-testid="file-input"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

beforeEach(() => {
  for (const fn of [...Object.values(queries), crm.getTenant, crm.getMembers, crm.listAttachments]) fn.mockReset();
  queries.getMe.mockResolvedValue(ada);
  queries.getMyTenants.mockResolvedValue(myTenants);
  crm.getTenant.mockResolvedValue(tenantDetails("member"));
  crm.getMembers.mockResolvedValue(members("member"));
  crm.listAttachments.mockResolvedValue([photo]);
  FakeXhr.last = undefined;
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
});
afterEach(() => {
  view.unmount();
  vi.unstubAllGlobals();
});

describe("files of a record", () => {
  it("lists files with a thumbnail, a preview and a download link", async () => {
    const page = mount();
    await settle(() => expect(page.querySelector(".file-name")?.textContent).toBe("portrait.jpg"));
    expect(crm.listAttachments).toHaveBeenCalledWith({ tenant: "acme", entityKind: "contact", entityId: CONTACT });
    expect(page.querySelector(".file-thumb img")?.getAttribute("src")).toBe(photo.thumbnailUrl);
    const download = [...page.querySelectorAll("a")].find((a) => a.textContent?.startsWith("Download"))!;
    expect(download.getAttribute("href")).toBe(photo.downloadUrl);
    expect(page.textContent).toContain("245 kB");

    buttonNamed(page, "Preview portrait.jpg").click();
    const dialog = await settle(() => page.querySelector<HTMLDialogElement>("dialog[open]")!);
    expect(dialog.querySelector("img")?.getAttribute("src")).toBe(photo.inlineUrl);
  });

  it("shows the upload's progress in percent and adds the file when the server has it", async () => {
    const page = mount();
    await settle(() => expect(page.querySelector(".file-name")).not.toBeNull());
    choose([new File(["x".repeat(1000)], "contract.pdf", { type: "application/pdf" })]);

    const xhr = FakeXhr.last!;
    expect(xhr.method).toBe("POST");
    expect(xhr.url).toBe(`/api/t/acme/attachments?entityKind=contact&entityId=${CONTACT}`);
    expect((xhr.body!.get("file") as File).name).toBe("contract.pdf");
    await settle(() => expect(page.querySelector(".upload-percent")?.textContent).toBe("0%"));

    xhr.progress(400, 1000);
    await settle(() => expect(page.querySelector(".upload-percent")?.textContent).toBe("40%"));
    expect(page.querySelector("progress")?.getAttribute("value")).toBe("40");
    // Every byte sent is not yet "done": the server still has to store it.
    xhr.progress(1000, 1000);
    await settle(() => expect(page.querySelector(".upload-percent")?.textContent).toBe("99%"));

    xhr.respond(201, {
      ...photo,
      id: "0190f000-0000-7000-8000-000000000002",
      fileName: "contract.pdf",
      contentType: "application/pdf",
      thumbnailUrl: null,
      createdAt: "2025-03-02T10:00:00.000Z",
    });
    await settle(() =>
      expect([...page.querySelectorAll(".file-name")].map((n) => n.textContent)).toEqual([
        "contract.pdf",
        "portrait.jpg",
      ]),
    );
    expect(page.querySelector(".upload")).toBeNull();
    expect(page.textContent).toContain("contract.pdf uploaded.");
  });

  it("does not say there are no files while the first one is on its way", async () => {
    crm.listAttachments.mockResolvedValue([]);
    const page = mount();
    await settle(() => expect(page.textContent).toContain("No files yet."));
    choose([new File(["x".repeat(1000)], "first.pdf", { type: "application/pdf" })]);
    await settle(() => expect(page.querySelector(".upload-percent")?.textContent).toBe("0%"));
    expect(page.textContent).not.toContain("No files yet.");
    FakeXhr.last!.abort();
    await settle(() => expect(page.textContent).toContain("No files yet."));
  });

  it("cancels an upload on request", async () => {
    const page = mount();
    await settle(() => expect(page.querySelector(".file-name")).not.toBeNull());
    choose([new File(["x".repeat(1000)], "holiday.mp4", { type: "video/mp4" })]);
    const xhr = FakeXhr.last!;
    xhr.progress(250, 1000);
    await settle(() => expect(page.querySelector(".upload-percent")?.textContent).toBe("25%"));

    buttonNamed(page, "Cancel the upload of holiday.mp4").click();
    expect(xhr.aborted).toBe(true);
    await settle(() => expect(page.querySelector(".upload")).toBeNull());
    expect(page.textContent).toContain("Upload of holiday.mp4 cancelled.");
    expect([...page.querySelectorAll(".file-name")].map((n) => n.textContent)).toEqual(["portrait.jpg"]);
  });

  it("says why the server refused a file", async () => {
    const page = mount();
    await settle(() => expect(page.querySelector(".file-name")).not.toBeNull());
    choose([new File(["x"], "huge.mov", { type: "video/quicktime" })]);
    FakeXhr.last!.respond(413, {
      error: { code: "FILE_TOO_LARGE", message: "The file is larger than the limit of 100 MB." },
    });
    await settle(() =>
      expect(page.querySelector(".upload [role=alert]")?.textContent).toBe(
        "The file is larger than the limit of 100 MB.",
      ),
    );
  });
});

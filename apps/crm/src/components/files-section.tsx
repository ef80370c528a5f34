import { type Accessor, createResource, createSignal, createUniqueId, For, Match, Show, Switch } from "solid-js";
import {
  type Attachment,
  type AttachmentEntity,
  deleteAttachment,
  listAttachments,
  uploadUrl,
} from "../lib/crm-queries";
import { formatBytes, formatDateTime } from "../lib/format";
import { useTenant } from "../lib/tenant";
import { percentOf, UploadCancelled, uploadFile } from "../lib/upload";
import { ConfirmDialog } from "./confirm-dialog";
import { ModalDialog } from "./modal-dialog";
import { ProblemNotice } from "./problem-notice";

/** What the upload route answers: the list's row, with the date as JSON text. */
type UploadedAttachment = Omit<Attachment, "createdAt"> & { createdAt: string };

interface UploadJob {
  key: string;
  file: File;
  percent: Accessor<number>;
  failure: Accessor<string | undefined>;
  abort: () => void;
}

const isImage = (file: Attachment) => file.contentType.startsWith("image/");
const isPlayable = (file: Attachment) => /^(video|audio)\//.test(file.contentType);

/**
 * A record's files: a list with thumbnails, preview of images, playback of videos and audio (the server answers
 * Range requests, so a long video starts at once and can be scrubbed), downloads, deletion, and uploads with their
 * progress and a way to cancel each.
 */
export function FilesSection(props: { entityKind: AttachmentEntity; entityId: string }) {
  const tenant = useTenant();
  const id = createUniqueId();
  const source = () => ({ tenant: tenant.slug(), entityKind: props.entityKind, entityId: props.entityId });
  const [files, { mutate, refetch }] = createResource(source, (input) => listAttachments(input));
  const [jobs, setJobs] = createSignal<UploadJob[]>([]);
  const [notice, setNotice] = createSignal("");
  const [previewing, setPreviewing] = createSignal<Attachment>();
  const [deleting, setDeleting] = createSignal<Attachment>();
  let picker!: HTMLInputElement;
  let heading: HTMLHeadingElement | undefined;
  let counter = 0;

  const current = () => (files.state === "ready" || files.state === "refreshing" ? files.latest : undefined);
  const dropJob = (key: string) => setJobs((list) => list.filter((j) => j.key !== key));

  function start(file: File) {
    const key = `upload-${++counter}`;
    const [percent, setPercent] = createSignal(0);
    const [failure, setFailure] = createSignal<string>();
    const upload = uploadFile<UploadedAttachment>(
      uploadUrl(tenant.slug(), props.entityKind, props.entityId),
      file,
      (p) => setPercent(percentOf(p)),
    );
    setJobs((list) => [...list, { key, file, percent, failure, abort: upload.abort }]);
    upload.done.then(
      (row) => {
        dropJob(key);
        mutate((list) => [{ ...row, createdAt: new Date(row.createdAt) }, ...(list ?? [])]);
        setNotice(`${file.name} uploaded.`);
      },
      (error: unknown) => {
        if (error instanceof UploadCancelled) {
          dropJob(key);
          setNotice(`Upload of ${file.name} cancelled.`);
          heading?.focus();
          return;
        }
        setFailure(error instanceof Error ? error.message : "The upload failed.");
      },
    );
  }

  return (
    <section class="card record-section" aria-labelledby={`${id}-files`}>
      <div class="section-head">
        <h2 id={`${id}-files`} ref={heading} tabIndex={-1}>
          Files
        </h2>
        {/* A button opens the browser's file chooser: the file input itself cannot be styled or labelled well. */}
        <button type="button" onClick={() => picker.click()} aria-describedby={`${id}-files-hint`}>
          Upload files
        </button>
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          data-testid="file-input"
          onChange={() => {
            for (const file of picker.files ?? []) start(file);
            picker.value = "";
          }}
        />
      </div>
      <p id={`${id}-files-hint`} class="field-hint">
        Images, videos, audio, PDF and office documents. Choose several at once if you like.
      </p>
      <p class="status-line" role="status">
        {notice()}
      </p>
      <Show when={jobs().length > 0}>
        <ul class="uploads" aria-label="Uploads in progress">
          <For each={jobs()}>
            {(job) => (
              <li class="upload" data-failed={job.failure() ? "" : undefined}>
                <span class="upload-name">{job.file.name}</span>
                <Show
                  when={job.failure()}
                  fallback={
                    <>
                      <progress max={100} value={job.percent()} aria-label={`Uploading ${job.file.name}`} />
                      <span class="upload-percent">{job.percent()}%</span>
                      <button type="button" class="secondary" onClick={() => job.abort()}>
                        Cancel<span class="visually-hidden"> the upload of {job.file.name}</span>
                      </button>
                    </>
                  }
                >
                  {(failure) => (
                    <>
                      <span class="field-error" role="alert">
                        {failure()}
                      </span>
                      <button type="button" class="secondary" onClick={() => dropJob(job.key)}>
                        Dismiss<span class="visually-hidden"> the failed upload of {job.file.name}</span>
                      </button>
                    </>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Switch>
        <Match when={files.state === "errored"}>
          <ProblemNotice error={files.error} what="the files" onRetry={() => void refetch()} />
        </Match>
        <Match when={current()}>
          {(list) => (
            <Show
              when={list().length > 0}
              fallback={
                <Show when={jobs().length === 0}>
                  <p class="notice">No files yet.</p>
                </Show>
              }
            >
              <ul class="files">
                <For each={list()}>
                  {(file) => (
                    <li class="file">
                      <div class="file-thumb" aria-hidden="true">
                        <Show
                          when={file.thumbnailUrl}
                          fallback={<span class="file-icon">{isPlayable(file) ? "▶" : fileBadge(file)}</span>}
                        >
                          {(src) => <img src={src()} alt="" loading="lazy" width="96" height="96" />}
                        </Show>
                      </div>
                      <div class="file-info">
                        <span class="file-name">{file.fileName}</span>
                        <span class="meta">
                          {formatBytes(file.sizeBytes)} ·{" "}
                          <time datetime={file.createdAt.toISOString()}>{formatDateTime(file.createdAt)}</time>
                        </span>
                        <span class="file-actions">
                          <Show when={file.inlineUrl && (isImage(file) || isPlayable(file))}>
                            <button type="button" class="link-button" onClick={() => setPreviewing(file)}>
                              {isPlayable(file) ? "Play" : "Preview"}
                              <span class="visually-hidden"> {file.fileName}</span>
                            </button>
                          </Show>
                          <Show when={file.inlineUrl && file.contentType === "application/pdf"}>
                            <a href={file.inlineUrl!} target="_blank" rel="noopener">
                              Open<span class="visually-hidden"> {file.fileName}</span>
                            </a>
                          </Show>
                          <a href={file.downloadUrl} download={file.fileName}>
                            Download<span class="visually-hidden"> {file.fileName}</span>
                          </a>
                          <button type="button" class="link-button danger-link" onClick={() => setDeleting(file)}>
                            Delete<span class="visually-hidden"> {file.fileName}</span>
                          </button>
                        </span>
                      </div>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Match>
        <Match when={true}>
          <p class="notice" role="status">
            Loading the files…
          </p>
        </Match>
      </Switch>
      <ModalDialog
        open={previewing() !== undefined}
        onClose={() => setPreviewing(undefined)}
        title={previewing()?.fileName ?? "Preview"}
      >
        <Show when={previewing()}>
          {(file) => (
            <div class="preview">
              <Switch>
                <Match when={file().contentType.startsWith("video/")}>
                  {/* biome-ignore lint/a11y/useMediaCaption: customers' own recordings come without caption tracks */}
                  <video controls preload="metadata" src={file().inlineUrl!} />
                </Match>
                <Match when={file().contentType.startsWith("audio/")}>
                  {/* biome-ignore lint/a11y/useMediaCaption: customers' own recordings come without caption tracks */}
                  <audio controls preload="metadata" src={file().inlineUrl!} />
                </Match>
                <Match when={true}>
                  <img src={file().inlineUrl!} alt={file().fileName} />
                </Match>
              </Switch>
            </div>
          )}
        </Show>
        <div class="form-actions">
          <a href={previewing()?.downloadUrl} download={previewing()?.fileName}>
            Download
          </a>
          <button type="button" class="secondary" onClick={() => setPreviewing(undefined)}>
            Close
          </button>
        </div>
      </ModalDialog>
      <ConfirmDialog
        open={deleting() !== undefined}
        title="Delete this file?"
        confirmLabel="Delete file"
        pendingLabel="Deleting…"
        onClose={() => setDeleting(undefined)}
        onConfirm={async () => {
          const target = deleting();
          if (!target) return;
          await deleteAttachment({ tenant: tenant.slug(), id: target.id });
          mutate((list) => (list ?? []).filter((f) => f.id !== target.id));
          setNotice(`${target.fileName} deleted.`);
          heading?.focus();
        }}
      >
        <p>{deleting()?.fileName} is deleted for everyone in this CRM database. This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}

/** A short type badge for files without a thumbnail: "PDF", "DOCX". */
function fileBadge(file: Attachment): string {
  const extension = /\.([a-z0-9]{1,5})$/i.exec(file.fileName)?.[1];
  if (extension) return extension.toUpperCase();
  return file.contentType.split("/")[0]?.toUpperCase() ?? "FILE";
}

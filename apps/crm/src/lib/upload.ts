/**
 * File uploads through XMLHttpRequest: fetch() cannot report upload progress, and a person sending a 100 MB video
 * needs to see it move and be able to stop it.
 */

export interface UploadProgress {
  loaded: number;
  /** Bytes to send in all; 0 when the browser does not know. */
  total: number;
}

/** Why an upload failed, in words for the person; `status` 0 when the server was not reached. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

/** Thrown (as the rejection) when `abort()` stopped the upload. */
export class UploadCancelled extends Error {
  constructor() {
    super("The upload was cancelled.");
    this.name = "UploadCancelled";
  }
}

export interface Upload<T> {
  done: Promise<T>;
  abort: () => void;
}

/** A percentage for display, never 100 % before the server answered. */
export function percentOf(progress: UploadProgress): number {
  if (progress.total <= 0) return 0;
  return Math.min(99, Math.floor((progress.loaded / progress.total) * 100));
}

const FALLBACK: Record<number, string> = {
  401: "Please sign in again.",
  404: "This record no longer exists.",
  413: "The file is too large.",
  415: "This kind of file cannot be attached.",
};

/**
 * POSTs `file` as the multipart field "file" to `url` (same origin: the browser sends the Origin header and the
 * session cookie itself). Resolves with the server's JSON answer on 2xx.
 */
export function uploadFile<T>(url: string, file: File, onProgress: (progress: UploadProgress) => void): Upload<T> {
  const xhr = new XMLHttpRequest();
  const done = new Promise<T>((resolve, reject) => {
    xhr.open("POST", url);
    xhr.responseType = "text";
    xhr.upload.onprogress = (event) =>
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        // An HTML error page from a proxy: the status decides the message below.
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
        return;
      }
      const error = (body as { error?: { message?: unknown; code?: unknown } } | null)?.error;
      const message =
        typeof error?.message === "string" && error.message
          ? error.message
          : (FALLBACK[xhr.status] ?? "The upload failed. Try again.");
      reject(new UploadError(message, xhr.status, typeof error?.code === "string" ? error.code : undefined));
    };
    xhr.onerror = () =>
      reject(new UploadError("We could not reach the server. Check your connection and try again.", 0));
    xhr.onabort = () => reject(new UploadCancelled());
    const body = new FormData();
    body.append("file", file, file.name);
    xhr.send(body);
  });
  return { done, abort: () => xhr.abort() };
}

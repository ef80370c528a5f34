/** The part of `document` this needs, so tests can drive visibility without a DOM. */
export interface VisibilitySource {
  readonly visibilityState: DocumentVisibilityState;
  addEventListener(type: "visibilitychange", listener: () => void): void;
  removeEventListener(type: "visibilitychange", listener: () => void): void;
}

/**
 * Calls `fn` every `ms` while the page is visible, counting from the call to this function. A hidden tab makes no
 * calls; when it becomes visible again the schedule resumes where it was, and an overdue call runs at once.
 * Returns a function that stops everything.
 */
export function startVisibleInterval(fn: () => void, ms: number, source: VisibilitySource = document): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = Date.now();

  const pause = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const schedule = (delay: number) => {
    pause();
    timer = setTimeout(tick, Math.max(0, delay));
  };
  function tick() {
    timer = undefined;
    last = Date.now();
    try {
      fn();
    } finally {
      if (source.visibilityState === "visible") schedule(ms);
    }
  }
  const onVisibilityChange = () => {
    if (source.visibilityState === "visible") schedule(ms - (Date.now() - last));
    else pause();
  };

  if (source.visibilityState === "visible") schedule(ms);
  source.addEventListener("visibilitychange", onVisibilityChange);
  return () => {
    pause();
    source.removeEventListener("visibilitychange", onVisibilityChange);
  };
}

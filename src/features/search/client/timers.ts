/**
 * How long the search page lets work wait while the reader types, and the timer it waits with. Every keystroke
 * searches at once; what can follow (the announcement, the filters, the passages, the address) waits for a pause.
 */

/** The count is announced once typing pauses, not at every keystroke, so a screen reader is not talked over. */
export const ANNOUNCE_AFTER_MS = 500;
export const FACETS_AFTER_MS = 150;
/**
 * Passages need each result's text: fetched at every keystroke, they held the browser's connections while the
 * index files the next keystroke waited on queued behind them. They are fetched once typing pauses.
 */
export const SNIPPETS_AFTER_MS = 120;
/** Say "Searching…" only when an answer is slow (the first one, while the index loads). */
export const SLOW_MS = 400;
/**
 * Typing puts the search in the address bar once the reader pauses: rewriting the URL and title costs Chromium
 * here from one to fifteen milliseconds, which at every keystroke came before the results.
 */
export const ADDRESS_AFTER_MS = 300;

/** One action waiting for a pause: starting it again restarts the wait, so it runs once, after the last start. */
export class Pause {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly ms: number) {}

  start(action: () => void): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(action, this.ms);
  }

  cancel(): void {
    clearTimeout(this.timer);
  }
}

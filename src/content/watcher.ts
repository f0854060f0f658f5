// Finds the posting in time on single-page apps: one MutationObserver that only flags, drained when the page is idle.
import { textHash } from '../sites/text';
import type { Posting, SiteAdapter } from '../sites/types';

/** Runs `run` later (after `delayMs`, then when idle); returns a cancel function. */
export type Schedule = (run: () => void, delayMs: number) => () => void;

export interface WatchOptions {
  adapter: SiteAdapter;
  onPosting(postings: Posting[]): void;
  onGone(): void;
  doc?: Document;
  /** The page URL; content scripts cannot hook the page's history API, so it is polled at each drain. */
  href?: () => string;
  now?: () => number;
  schedule?: Schedule;
  /** Stop extracting on a URL where no posting has appeared for this long. */
  giveUpMs?: number;
  /** Minimum gap between extractions; grows when extraction is slow, so a busy page is not starved. */
  minGapMs?: number;
  /** Read a posting URL this way when the adapter has found nothing for `fallbackAfterMs` (a redesign). */
  fallback?: SiteAdapter;
  fallbackAfterMs?: number;
}

export interface Watch {
  stop(): void;
}

const GIVE_UP_MS = 30_000;
const MIN_GAP_MS = 150;
// Long enough for a single-page app to render its posting, short enough that a redesign is not silence.
const FALLBACK_AFTER_MS = 3_000;
// Extraction may use at most ~1/SLOW_FACTOR of the main thread on a page that mutates without end.
const SLOW_FACTOR = 10;

/** Idle callback when the browser has one (uBlock Origin's content script drains the same way), else a frame. */
export const defaultSchedule: Schedule = (run, delayMs) => {
  let cancelIdle = () => {};
  const idle = () => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout: 250 });
      cancelIdle = () => cancelIdleCallback(id);
    } else {
      const id = requestAnimationFrame(run);
      cancelIdle = () => cancelAnimationFrame(id);
    }
  };
  if (delayMs <= 0) {
    idle();
    return () => cancelIdle();
  }
  const timer = setTimeout(idle, delayMs);
  return () => {
    clearTimeout(timer);
    cancelIdle();
  };
};

function fingerprint(postings: readonly Posting[]): string {
  return postings.map((p) => `${p.key}:${p.text.length}:${textHash(p.text)}`).join('|');
}

function extractAll(adapter: SiteAdapter, doc: Document, href: string): Posting[] {
  try {
    const url = new URL(href);
    if (adapter.listItems) return adapter.listItems(doc, url);
    const posting = adapter.extract(doc, url);
    return posting ? [posting] : [];
  } catch {
    return []; // an adapter bug must not break the page
  }
}

/** The fallback's reading of a posting URL the adapter could not read, marked as read generically. */
function extractGenerically(
  adapter: SiteAdapter,
  fallback: SiteAdapter,
  doc: Document,
  href: string,
): Posting[] {
  try {
    const url = new URL(href);
    if (!adapter.isPostingUrl(url)) return [];
    const posting = fallback.extract(doc, url);
    return posting ? [{ ...posting, source: 'generic' }] : [];
  } catch {
    return [];
  }
}

export function watchPostings(options: WatchOptions): Watch {
  const doc = options.doc ?? document;
  const view = doc.defaultView;
  const href = options.href ?? (() => doc.location?.href ?? '');
  const now = options.now ?? (() => performance.now());
  const schedule = options.schedule ?? defaultSchedule;
  const giveUpMs = options.giveUpMs ?? GIVE_UP_MS;
  const minGapMs = options.minGapMs ?? MIN_GAP_MS;
  const fallbackAfterMs = options.fallbackAfterMs ?? FALLBACK_AFTER_MS;
  let cancelFallbackCheck: (() => void) | null = null;

  let stopped = false;
  let dirty = true;
  let cancelPending: (() => void) | null = null;
  let lastUrl = '';
  let urlSince = now();
  let gaveUp = false;
  let lastFingerprint = '';
  let current: Posting[] = [];
  let nextAllowed = 0;

  const request = (delayMs = 0) => {
    if (stopped || cancelPending) return;
    cancelPending = schedule(drain, delayMs);
  };

  /** Whether a mutation can have changed what we show: anything while no posting, else only inside it. */
  const relevant = (records: MutationRecord[]): boolean => {
    const elements = current.flatMap((p) => p.elements);
    // A generic reading is a stopgap: any change may let the adapter read the page after all.
    if (current.some((p) => p.source === 'generic')) return true;
    if (elements.length === 0 || elements.some((el) => !el.isConnected)) return true;
    return records.some((r) => elements.some((el) => el.contains(r.target)));
  };

  const observer = new (view?.MutationObserver ?? MutationObserver)((records) => {
    if (dirty) {
      request();
      return;
    }
    // A ticking clock elsewhere on the page costs nothing; a URL change (SPA navigation) always counts.
    if (href() === lastUrl && !relevant(records)) return;
    dirty = true;
    request();
  });

  const onPopState = () => {
    dirty = true;
    request();
  };

  function drain(): void {
    cancelPending = null;
    if (stopped) return;
    const url = href();
    if (url !== lastUrl) {
      lastUrl = url;
      urlSince = now();
      gaveUp = false;
      dirty = true;
    }
    if (!dirty || gaveUp) return;
    const start = now();
    if (start < nextAllowed) {
      request(nextAllowed - start);
      return;
    }
    dirty = false;
    let postings = extractAll(options.adapter, doc, url);
    const settled = start - urlSince >= fallbackAfterMs;
    if (postings.length === 0 && options.fallback && settled)
      postings = extractGenerically(options.adapter, options.fallback, doc, url);
    else if (postings.length === 0 && options.fallback && !cancelFallbackCheck)
      cancelFallbackCheck = schedule(
        () => {
          cancelFallbackCheck = null;
          dirty = true;
          request();
        },
        urlSince + fallbackAfterMs - start,
      );
    const end = now();
    nextAllowed = end + Math.max(minGapMs, (end - start) * SLOW_FACTOR);
    const print = fingerprint(postings);
    if (postings.length > 0) {
      current = postings;
      if (print !== lastFingerprint) {
        lastFingerprint = print;
        options.onPosting(postings);
      }
      return;
    }
    current = [];
    if (lastFingerprint !== '') {
      lastFingerprint = '';
      options.onGone();
    }
    if (end - urlSince >= giveUpMs) gaveUp = true; // quietly: the page may simply have no posting
  }

  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  view?.addEventListener('popstate', onPopState);
  request();

  return {
    stop() {
      stopped = true;
      observer.disconnect();
      view?.removeEventListener('popstate', onPopState);
      cancelPending?.();
      cancelPending = null;
      cancelFallbackCheck?.();
      cancelFallbackCheck = null;
    },
  };
}

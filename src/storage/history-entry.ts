// One remembered posting, and the guard that drops corrupt entries read back from storage.

import type { Shape } from '../classifier/types';
import type { VerdictMessage } from '../messages/types';
import {
  type CategoryWeight,
  type ContextBrief,
  parseCategoryWeights,
  parseContextBriefs,
} from './verdict-detail';

export const SHAPES: readonly Shape[] = ['cto', 'vpeng', 'hybrid', 'none', 'unknown'];

export interface HistoryEntry {
  /** Canonical job URL or `<site>:<job id>` (Posting.key): one entry per posting. */
  key: string;
  /** Last time the posting was classified, ms since the epoch. */
  time: number;
  /** Site adapter id, or 'generic'. */
  site: string;
  title: string;
  /** '' when the posting names no company. */
  company: string;
  url: string;
  shape: Shape;
  /** 0-1. */
  externalShare: number;
  /** e.g. "Titled CTO, reads VP-Eng-shaped", or null. */
  mismatch: string | null;
  /** 0-1; the three below are absent from entries recorded before the comparison view. */
  confidence?: number;
  categories?: CategoryWeight[];
  context?: ContextBrief[];
}

export const ENTRY_LIMITS = {
  key: 2048,
  url: 2048,
  site: 253,
  title: 300,
  company: 200,
  mismatch: 300,
} as const;

const text = (v: unknown, max: number, allowEmpty = true): v is string =>
  typeof v === 'string' && v.length <= max && (allowEmpty || v.length > 0);

export function isShape(v: unknown): v is Shape {
  return typeof v === 'string' && (SHAPES as readonly string[]).includes(v);
}

/** A validated copy of `raw`, or null; only http(s) URLs, since the history page links to them. */
export function parseHistoryEntry(raw: unknown): HistoryEntry | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const e = raw as Record<string, unknown>;
  const valid =
    text(e.key, ENTRY_LIMITS.key, false) &&
    typeof e.time === 'number' &&
    Number.isFinite(e.time) &&
    e.time >= 0 &&
    e.time <= 8.64e15 && // the largest time a Date can hold
    text(e.site, ENTRY_LIMITS.site, false) &&
    text(e.title, ENTRY_LIMITS.title) &&
    text(e.company, ENTRY_LIMITS.company) &&
    text(e.url, ENTRY_LIMITS.url) &&
    /^https?:\/\//i.test(e.url) &&
    isShape(e.shape) &&
    typeof e.externalShare === 'number' &&
    e.externalShare >= 0 &&
    e.externalShare <= 1 &&
    (e.mismatch === null || text(e.mismatch, ENTRY_LIMITS.mismatch));
  if (!valid) return null;
  // The comparison's details are optional: a malformed one is left out, the entry kept.
  const confidence = typeof e.confidence === 'number' && e.confidence >= 0 && e.confidence <= 1;
  const categories = e.categories === undefined ? null : parseCategoryWeights(e.categories);
  const context = e.context === undefined ? null : parseContextBriefs(e.context);
  return {
    ...(confidence ? { confidence: e.confidence as number } : {}),
    ...(categories ? { categories } : {}),
    ...(context ? { context } : {}),
    key: e.key as string,
    time: e.time as number,
    site: e.site as string,
    title: e.title as string,
    company: e.company as string,
    url: e.url as string,
    shape: e.shape as Shape,
    externalShare: e.externalShare as number,
    mismatch: e.mismatch as string | null,
  };
}

/** A link within the limit: the URL without its query and fragment when it is too long, else its origin. */
function fitUrl(url: string): string {
  if (url.length <= ENTRY_LIMITS.url) return url;
  try {
    const { origin, pathname } = new URL(url);
    return `${origin}${pathname}`.length <= ENTRY_LIMITS.url ? `${origin}${pathname}` : `${origin}/`;
  } catch {
    return url.slice(0, ENTRY_LIMITS.url);
  }
}

/** Cuts the fields to their limits, so a long page title or URL still makes an entry. */
export function fitHistoryEntry(entry: HistoryEntry): HistoryEntry {
  const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  return {
    ...entry,
    key: cut(entry.key, ENTRY_LIMITS.key),
    site: cut(entry.site, ENTRY_LIMITS.site),
    url: fitUrl(entry.url),
    title: cut(entry.title, ENTRY_LIMITS.title),
    company: cut(entry.company, ENTRY_LIMITS.company),
    mismatch: entry.mismatch === null ? null : cut(entry.mismatch, ENTRY_LIMITS.mismatch),
  };
}

/** The history entry for a verdict a content script reported. */
export function historyEntryFromVerdict(message: VerdictMessage, time: number): HistoryEntry {
  return fitHistoryEntry({
    key: message.posting.key,
    time,
    site: message.site,
    title: message.posting.title,
    company: message.posting.company ?? '',
    url: message.url,
    shape: message.verdict.shape,
    externalShare: message.verdict.externalShare,
    mismatch: message.verdict.mismatch,
    confidence: message.verdict.confidence,
    ...(message.verdict.categories ? { categories: message.verdict.categories } : {}),
    ...(message.verdict.context ? { context: message.verdict.context } : {}),
  });
}

// Validation of every message and reply crossing a context boundary: anything unknown or malformed is null.

import type { WriteErrorCode } from '../storage/area';
import { isShape } from '../storage/history-entry';
import { parseCategoryWeights, parseContextBriefs } from '../storage/verdict-detail';
import { isRecord, isTabId, isText, isTime, isUnit } from './guards';
import { parseBatchShapes, parsePostingText, parsePostingTexts, parseShownVerdict } from './shown-verdict';
import type {
  AnalyzeResult,
  BackgroundMessage,
  ContentMessage,
  HistoryWriteReply,
  Message,
  MessageType,
  PageSettings,
  PanelReply,
  PostingSummary,
  Replies,
  ShowSelectionVerdictMessage,
  TabState,
  VerdictBrief,
} from './types';

export const MESSAGE_LIMITS = {
  url: 4096,
  site: 253,
  key: 2048,
  title: 500,
  company: 300,
  mismatch: 500,
  summary: 2000,
  /** The content script and background cut a selection to this before sending it. */
  selection: 100_000,
} as const;

const L = MESSAGE_LIMITS;
const SITE = /^[a-z0-9][a-z0-9.-]*$/;

export function parsePostingSummary(v: unknown): PostingSummary | null {
  if (!isRecord(v) || !isText(v.key, L.key, 1) || !isText(v.title, L.title)) return null;
  if (v.company !== null && !isText(v.company, L.company)) return null;
  return { key: v.key, title: v.title, company: v.company };
}

export function parseVerdictBrief(v: unknown): VerdictBrief | null {
  if (!isRecord(v) || !isShape(v.shape) || !isUnit(v.externalShare) || !isUnit(v.confidence)) return null;
  if (v.mismatch !== null && !isText(v.mismatch, L.mismatch)) return null;
  if (!isText(v.summary, L.summary)) return null;
  const categories = v.categories === undefined ? undefined : parseCategoryWeights(v.categories);
  const context = v.context === undefined ? undefined : parseContextBriefs(v.context);
  if (categories === null || context === null) return null;
  return {
    shape: v.shape,
    externalShare: v.externalShare,
    confidence: v.confidence,
    mismatch: v.mismatch,
    summary: v.summary,
    ...(categories ? { categories } : {}),
    ...(context ? { context } : {}),
  };
}

const isSite = (v: unknown): v is string => isText(v, L.site, 1) && SITE.test(v);

// One parser per type; each returns a fresh object holding only the known fields.
const PARSERS: { [T in MessageType]: (m: Record<string, unknown>) => Extract<Message, { type: T }> | null } =
  {
    verdict: (m) => {
      const posting = parsePostingSummary(m.posting);
      const verdict = parseVerdictBrief(m.verdict);
      if (!isText(m.url, L.url, 1) || !isSite(m.site) || !posting || !verdict) return null;
      return { type: 'verdict', url: m.url, site: m.site, posting, verdict };
    },
    'posting-gone': (m) => (isText(m.url, L.url, 1) ? { type: 'posting-gone', url: m.url } : null),
    'judge-posting': (m) => {
      const posting = parsePostingText(m.posting);
      return posting ? { type: 'judge-posting', posting } : null;
    },
    'judge-batch': (m) => {
      const postings = parsePostingTexts(m.postings);
      return postings ? { type: 'judge-batch', postings } : null;
    },
    'page-settings': (m) => (isSite(m.site) ? { type: 'page-settings', site: m.site } : null),
    'panel-choice': (m) => {
      if (!isSite(m.site)) return null;
      if (typeof m.collapsed === 'boolean')
        return { type: 'panel-choice', site: m.site, collapsed: m.collapsed };
      return m.panelSide === 'left' || m.panelSide === 'right'
        ? { type: 'panel-choice', site: m.site, panelSide: m.panelSide }
        : null;
    },
    'get-tab-state': (m) => (isTabId(m.tabId) ? { type: 'get-tab-state', tabId: m.tabId } : null),
    'analyze-tab': (m) => (isTabId(m.tabId) ? { type: 'analyze-tab', tabId: m.tabId } : null),
    'history-clear': () => ({ type: 'history-clear' }),
    'history-trim': (m) =>
      typeof m.limit === 'number' && Number.isSafeInteger(m.limit) && m.limit >= 0
        ? { type: 'history-trim', limit: m.limit }
        : null,
    'open-panel': () => ({ type: 'open-panel' }),
    'toggle-panel': () => ({ type: 'toggle-panel' }),
    'show-selection-verdict': (m) =>
      isText(m.text, L.selection, 1)
        ? { type: 'show-selection-verdict', text: m.text, ...(m.cut === true ? { cut: true } : {}) }
        : null,
  };

const BACKGROUND_TYPES: ReadonlySet<MessageType> = new Set([
  'verdict',
  'posting-gone',
  'judge-posting',
  'judge-batch',
  'page-settings',
  'panel-choice',
  'get-tab-state',
  'analyze-tab',
  'history-clear',
  'history-trim',
]);

/** The context menu's message for a selection: its start when it is over the limit, saying so, never nothing. */
export function selectionMessage(selection: string): ShowSelectionVerdictMessage {
  return selection.length > L.selection
    ? { type: 'show-selection-verdict', text: selection.slice(0, L.selection), cut: true }
    : { type: 'show-selection-verdict', text: selection };
}

export function parseMessage(raw: unknown): Message | null {
  if (!isRecord(raw) || typeof raw.type !== 'string' || !Object.hasOwn(PARSERS, raw.type)) return null;
  return PARSERS[raw.type as MessageType](raw);
}

/** Only the messages the background answers. */
export function parseBackgroundMessage(raw: unknown): BackgroundMessage | null {
  const message = parseMessage(raw);
  return message && BACKGROUND_TYPES.has(message.type) ? (message as BackgroundMessage) : null;
}

/** Only the messages a content script answers. */
export function parseContentMessage(raw: unknown): ContentMessage | null {
  const message = parseMessage(raw);
  return message && !BACKGROUND_TYPES.has(message.type) ? (message as ContentMessage) : null;
}

export function parseTabState(v: unknown): TabState | null {
  if (!isRecord(v) || !isText(v.url, L.url, 1) || !isSite(v.site) || !isTime(v.time)) return null;
  const posting = parsePostingSummary(v.posting);
  const verdict = parseVerdictBrief(v.verdict);
  return posting && verdict ? { url: v.url, site: v.site, posting, verdict, time: v.time } : null;
}

const FAILURES = new Set(['no-access', 'unsupported-page', 'failed']);

function parseAnalyzeResult(v: unknown): AnalyzeResult | null {
  if (!isRecord(v)) return null;
  if (v.ok === true) return { ok: true };
  return v.ok === false && typeof v.reason === 'string' && FAILURES.has(v.reason)
    ? { ok: false, reason: v.reason as 'no-access' }
    : null;
}

const WRITE_CODES = new Set(['quota-item', 'quota-total', 'quota-rate', 'invalid', 'unknown']);

function parseHistoryWriteReply(v: unknown): HistoryWriteReply | null {
  if (!isRecord(v)) return null;
  if (v.ok === true) return { ok: true };
  const e = v.error;
  if (v.ok !== false || !isRecord(e) || typeof e.code !== 'string' || !WRITE_CODES.has(e.code)) return null;
  if (!isText(e.detail, L.summary) || (e.key !== undefined && !isText(e.key, L.key))) return null;
  const error = { code: e.code as WriteErrorCode, detail: e.detail };
  return { ok: false, error: typeof e.key === 'string' ? { ...error, key: e.key } : error };
}

const oneOf = <T extends string>(v: unknown, values: readonly T[]): v is T =>
  typeof v === 'string' && (values as readonly string[]).includes(v);

export function parsePageSettings(v: unknown): PageSettings | null {
  if (!isRecord(v) || typeof v.enabled !== 'boolean' || typeof v.collapsed !== 'boolean') return null;
  if (typeof v.highlights !== 'boolean' || typeof v.highlightOwnPhrases !== 'boolean') return null;
  if (
    !oneOf(v.panelSide, ['left', 'right'] as const) ||
    !oneOf(v.theme, ['system', 'light', 'dark'] as const)
  )
    return null;
  if (!oneOf(v.track, ['cto', 'vpeng', 'either'] as const)) return null;
  const { enabled, panelSide, collapsed, theme, highlights, highlightOwnPhrases, track } = v;
  return { enabled, panelSide, collapsed, theme, highlights, highlightOwnPhrases, track };
}

const parsePanelReply = (v: unknown): PanelReply | null =>
  isRecord(v) && typeof v.open === 'boolean' ? { open: v.open } : null;

/** A reply of the given message type, or null (a void reply is undefined and always valid). */
type ReplyParse<T extends MessageType> = (v: unknown) => { value: Replies[T] } | null;
const wrap =
  <T extends MessageType>(parse: (v: unknown) => Replies[T] | null): ReplyParse<T> =>
  (v) => {
    const value = parse(v);
    return value === null ? null : { value };
  };
const none =
  <T extends MessageType>(): ReplyParse<T> =>
  () => ({ value: undefined as Replies[T] });

const REPLY_PARSERS: { [T in MessageType]: ReplyParse<T> } = {
  verdict: none(),
  'posting-gone': none(),
  'judge-posting': wrap(parseShownVerdict),
  'judge-batch': wrap(parseBatchShapes),
  'page-settings': wrap(parsePageSettings),
  'panel-choice': wrap(parseHistoryWriteReply),
  'get-tab-state': (v) => (v === null ? { value: null } : wrap<'get-tab-state'>(parseTabState)(v)),
  'analyze-tab': wrap(parseAnalyzeResult),
  'history-clear': wrap(parseHistoryWriteReply),
  'history-trim': wrap(parseHistoryWriteReply),
  'open-panel': wrap(parsePanelReply),
  'toggle-panel': wrap(parsePanelReply),
  'show-selection-verdict': none(),
};

export function parseReply<T extends MessageType>(type: T, raw: unknown): { value: Replies[T] } | null {
  return REPLY_PARSERS[type](raw);
}

// Validation of what the background's judging sends back: a verdict for the panel, or a batch's shapes.

import type { ContextNote, ShownEvidence, ShownQuestion, ShownVerdict } from '../classifier/types';
import { isShape } from '../storage/history-entry';
import { isRecord, isText, isUnit } from './guards';
import type { BatchShapes, PostingText } from './types';

export const JUDGE_LIMITS = {
  /** The sites' text cap (src/sites/text.ts TEXT_CAP): a posting is never sent longer. */
  postingText: 200_000,
  title: 500,
  /** Postings per batch: a Hacker News thread goes over in a few of these. */
  batch: 50,
  evidence: 5000,
  context: 50,
  phrase: 1000,
  label: 300,
  text: 2000,
  questions: 8,
} as const;

const L = JUDGE_LIMITS;
const POLES = new Set(['external', 'internal']);
const CONTEXT_KINDS = new Set(['stage', 'team-size', 'reporting', 'hands-on']);

const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isWeight = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function parsePostingText(v: unknown): PostingText | null {
  if (!isRecord(v) || !isText(v.text, L.postingText)) return null;
  if (v.title === undefined) return { text: v.text };
  return isText(v.title, L.title) ? { title: v.title, text: v.text } : null;
}

export function parsePostingTexts(v: unknown): PostingText[] | null {
  if (!Array.isArray(v) || v.length < 1 || v.length > L.batch) return null;
  const postings = v.map(parsePostingText);
  return postings.every((p): p is PostingText => p !== null) ? postings : null;
}

function parseEvidence(v: unknown): ShownEvidence | null {
  if (!isRecord(v) || !isOffset(v.start) || !isOffset(v.end) || v.end < v.start) return null;
  if (!isText(v.matched, L.phrase) || typeof v.pole !== 'string' || !POLES.has(v.pole)) return null;
  if (!isText(v.category, L.label, 1) || !isText(v.categoryLabel, L.label) || !isText(v.reason, L.text))
    return null;
  if (!isWeight(v.weight) || typeof v.negated !== 'boolean') return null;
  return {
    start: v.start,
    end: v.end,
    matched: v.matched,
    pole: v.pole as ShownEvidence['pole'],
    category: v.category,
    categoryLabel: v.categoryLabel,
    weight: v.weight,
    reason: v.reason,
    negated: v.negated,
  };
}

function parseContextNote(v: unknown): ContextNote | null {
  if (!isRecord(v) || typeof v.kind !== 'string' || !CONTEXT_KINDS.has(v.kind) || !isText(v.text, L.text))
    return null;
  const note = { kind: v.kind as ContextNote['kind'], text: v.text };
  if (v.start === undefined && v.end === undefined) return note;
  return isOffset(v.start) && isOffset(v.end) ? { ...note, start: v.start, end: v.end } : null;
}

// Message keys name the words in the locale file: letters only, so nothing else reaches i18n.
const MESSAGE_KEY = /^[A-Za-z]{1,64}$/;
const isKey = (v: unknown): v is string => typeof v === 'string' && MESSAGE_KEY.test(v);

function parseQuestion(v: unknown): ShownQuestion | null {
  if (!isRecord(v) || !isText(v.id, 64, 1) || !isKey(v.question) || !isKey(v.reason)) return null;
  return { id: v.id, question: v.question, reason: v.reason };
}

/** Every element parsed, or null when the list is too long or any element is malformed. */
function parseList<T>(v: unknown, max: number, parse: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(v) || v.length > max) return null;
  const items = v.map(parse);
  return items.every((item): item is T => item !== null) ? items : null;
}

export function parseShownVerdict(v: unknown): ShownVerdict | null {
  if (!isRecord(v) || !isShape(v.shape) || !isUnit(v.externalShare) || !isUnit(v.confidence)) return null;
  if (!isText(v.summary, L.text)) return null;
  const mismatch = v.mismatch;
  if (mismatch !== null && !(isRecord(mismatch) && isText(mismatch.text, L.text))) return null;
  const claim = v.titleClaim;
  if (claim !== undefined && !(isRecord(claim) && isWeight(claim.external) && isWeight(claim.internal)))
    return null;
  const evidence = parseList(v.evidence, L.evidence, parseEvidence);
  const context = parseList(v.context, L.context, parseContextNote);
  if (!evidence || !context) return null;
  const questions = v.questions === undefined ? [] : parseList(v.questions, L.questions, parseQuestion);
  if (!questions) return null;
  return {
    shape: v.shape,
    externalShare: v.externalShare,
    confidence: v.confidence,
    ...(claim
      ? { titleClaim: { external: claim.external as number, internal: claim.internal as number } }
      : {}),
    mismatch: mismatch ? { text: mismatch.text as string } : null,
    evidence,
    context,
    summary: v.summary,
    ...(questions.length ? { questions } : {}),
  };
}

export function parseBatchShapes(v: unknown): BatchShapes | null {
  if (!isRecord(v) || !Array.isArray(v.shapes) || v.shapes.length > L.batch || !v.shapes.every(isShape))
    return null;
  return { shapes: [...v.shapes] };
}

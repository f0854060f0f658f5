// What a comparison needs of a verdict beyond its shape and share: the weight on each category and the context
// notes, small enough to keep with every history entry; built from a verdict, and validated when read back.
import type { ContextKind, ContextNote, Pole, ShownEvidence } from '../classifier/types';

export interface CategoryWeight {
  /** Category id, e.g. 'hiring'. */
  id: string;
  /** As a person reads it, e.g. 'Hiring and recruiting'. */
  label: string;
  pole: Pole;
  /** Sum of the category's evidence weights, negated hits left out; above 0. */
  weight: number;
}

export interface ContextBrief {
  kind: ContextKind;
  text: string;
}

export const DETAIL_LIMITS = { categories: 40, id: 64, label: 120, context: 8, text: 300 } as const;

const POLES: ReadonlySet<unknown> = new Set(['external', 'internal']);
const KINDS: ReadonlySet<unknown> = new Set(['stage', 'team-size', 'reporting', 'hands-on']);
const ID = /^[a-z0-9][a-z0-9-]*$/;

const isString = (v: unknown, max: number, min = 0): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;

/** Weight per category that counted, heaviest first, rounded to hundredths. */
export function categoryWeights(evidence: readonly ShownEvidence[]): CategoryWeight[] {
  const sums = new Map<string, CategoryWeight>();
  for (const hit of evidence) {
    if (hit.negated || hit.weight <= 0) continue;
    const sum = sums.get(hit.category) ?? {
      id: hit.category,
      label: hit.categoryLabel,
      pole: hit.pole,
      weight: 0,
    };
    sum.weight += hit.weight;
    sums.set(hit.category, sum);
  }
  return [...sums.values()]
    .map((c) => ({ ...c, weight: Math.round(c.weight * 100) / 100 }))
    .filter((c) => c.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, DETAIL_LIMITS.categories);
}

export function contextBriefs(notes: readonly ContextNote[]): ContextBrief[] {
  return notes
    .slice(0, DETAIL_LIMITS.context)
    .map((n) => ({ kind: n.kind, text: n.text.slice(0, DETAIL_LIMITS.text) }));
}

/** A validated copy, or null when anything in it is malformed. */
export function parseCategoryWeights(v: unknown): CategoryWeight[] | null {
  if (!Array.isArray(v) || v.length > DETAIL_LIMITS.categories) return null;
  const out: CategoryWeight[] = [];
  for (const c of v) {
    if (typeof c !== 'object' || c === null) return null;
    const { id, label, pole, weight } = c as Record<string, unknown>;
    const valid =
      isString(id, DETAIL_LIMITS.id, 1) &&
      ID.test(id) &&
      isString(label, DETAIL_LIMITS.label) &&
      POLES.has(pole) &&
      typeof weight === 'number' &&
      Number.isFinite(weight) &&
      weight > 0 &&
      weight < 1e6;
    if (!valid) return null;
    out.push({ id, label, pole: pole as Pole, weight });
  }
  return out;
}

export function parseContextBriefs(v: unknown): ContextBrief[] | null {
  if (!Array.isArray(v) || v.length > DETAIL_LIMITS.context) return null;
  const out: ContextBrief[] = [];
  for (const n of v) {
    if (typeof n !== 'object' || n === null) return null;
    const { kind, text } = n as Record<string, unknown>;
    if (!KINDS.has(kind) || !isString(text, DETAIL_LIMITS.text)) return null;
    out.push({ kind: kind as ContextKind, text });
  }
  return out;
}

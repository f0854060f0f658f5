// Scores verdicts against the readers' labels: agreement, per-shape precision and recall, the confusion table,
// CTO <-> VP-Eng flips and title/body mismatches found.
import type { Shape, Verdict } from '../../src/classifier';
import type { LabelledPosting, ReaderLabel } from './corpus';

export const READER_SHAPES: readonly Shape[] = ['cto', 'vpeng', 'hybrid', 'none'];
export const PREDICTED_SHAPES: readonly Shape[] = ['cto', 'vpeng', 'hybrid', 'none', 'unknown'];

export const shapeOfLabel = (label: ReaderLabel): Shape => (label === 'neither' ? 'none' : label);

export interface Scored {
  posting: LabelledPosting;
  verdict: Verdict;
}

export interface ShapeScore {
  precision: number | null;
  recall: number | null;
  /** Postings the readers gave this shape. */
  support: number;
}

export interface Report {
  /** Postings both readers label alike: the ones scored. */
  scored: number;
  agreement: number;
  perShape: Record<string, ShapeScore>;
  /** confusion[readers' shape][RoleLens's shape] = count. */
  confusion: Record<string, Record<string, number>>;
  flips: string[];
  mismatches: { marked: number; found: number; recall: number | null };
  misreads: Scored[];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function score(results: readonly Scored[]): Report {
  const agreed = results.filter((r) => r.posting.label !== undefined);
  const confusion: Record<string, Record<string, number>> = {};
  for (const truth of READER_SHAPES)
    confusion[truth] = Object.fromEntries(PREDICTED_SHAPES.map((s) => [s, 0]));
  const misreads: Scored[] = [];
  const flips: string[] = [];
  let right = 0;
  let marked = 0;
  let found = 0;
  for (const r of agreed) {
    const truth = shapeOfLabel(r.posting.label!);
    const got = r.verdict.shape;
    confusion[truth]![got]!++;
    if (truth === got) right++;
    else misreads.push(r);
    if ((truth === 'cto' && got === 'vpeng') || (truth === 'vpeng' && got === 'cto'))
      flips.push(r.posting.file);
    if (r.posting.mismatch) {
      marked++;
      if (r.verdict.mismatch) found++;
    }
  }
  const perShape: Record<string, ShapeScore> = {};
  for (const s of READER_SHAPES) {
    const tp = confusion[s]![s]!;
    const support = PREDICTED_SHAPES.reduce((n, p) => n + confusion[s]![p]!, 0);
    const predicted = READER_SHAPES.reduce((n, t) => n + confusion[t]![s]!, 0);
    perShape[s] = { precision: ratio(tp, predicted), recall: ratio(tp, support), support };
  }
  return {
    scored: agreed.length,
    agreement: agreed.length === 0 ? 0 : right / agreed.length,
    perShape,
    confusion,
    flips,
    mismatches: { marked, found, recall: ratio(found, marked) },
    misreads,
  };
}

/** K folds of the agreed postings, stratified by label and dealt in file order so every run splits alike. */
export function foldsOf<T extends { posting: LabelledPosting }>(items: readonly T[], k: number): T[][] {
  const folds: T[][] = Array.from({ length: k }, () => []);
  const byLabel = new Map<string, T[]>();
  for (const item of items) {
    const key = item.posting.label ?? '-';
    byLabel.set(key, [...(byLabel.get(key) ?? []), item]);
  }
  let next = 0;
  for (const key of [...byLabel.keys()].sort()) {
    for (const item of byLabel.get(key)!) {
      folds[next % k]!.push(item);
      next++;
    }
  }
  return folds;
}

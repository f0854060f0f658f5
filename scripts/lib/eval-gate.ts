// The floor `npm run eval -- --gate FILE` holds the cross-validated figures to, and the check that the shipped
// model is the one the fitting procedure gives on this corpus.
import type { DecisionModel } from '../../src/classifier/model';
import type { Report } from './eval-metrics';

export interface EvalFloor {
  agreement: number;
  hybridRecall: number;
  noneRecall: number;
  mismatchRecall: number;
  maxFlips: number;
}

const FLOOR_KEYS: ReadonlyArray<keyof EvalFloor> = [
  'agreement',
  'hybridRecall',
  'noneRecall',
  'mismatchRecall',
  'maxFlips',
];

/** Reads a floor file; a missing or malformed key is an error, never a silent pass. */
export function parseFloor(json: string): EvalFloor {
  const raw = JSON.parse(json) as Record<string, unknown>;
  const floor = {} as EvalFloor;
  for (const key of FLOOR_KEYS) {
    const value = raw[key];
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new Error(`floor: "${key}" must be a number`);
    floor[key] = value;
  }
  return floor;
}

/** Every way the report falls below the floor, in words; empty when it holds. */
export function belowFloor(report: Report, floor: EvalFloor): string[] {
  const failures: string[] = [];
  const check = (name: string, got: number | null, min: number): void => {
    if (got === null || got + 1e-9 < min)
      failures.push(`${name} ${got === null ? 'n/a' : got.toFixed(3)} < ${min}`);
  };
  check('agreement', report.agreement, floor.agreement);
  check('hybrid recall', report.perShape.hybrid?.recall ?? null, floor.hybridRecall);
  check('non-leadership recall', report.perShape.none?.recall ?? null, floor.noneRecall);
  check('mismatches found', report.mismatches.recall, floor.mismatchRecall);
  if (report.flips.length > floor.maxFlips)
    failures.push(`CTO <-> VP-Eng flips ${report.flips.length} > ${floor.maxFlips}`);
  return failures;
}

/** Largest difference between two models' numbers (rounded as fitted-model.ts rounds them). */
export function modelDrift(shipped: DecisionModel, refit: DecisionModel): number {
  let drift = 0;
  const walk = (a: unknown, b: unknown): void => {
    if (typeof a === 'number' || typeof b === 'number') {
      drift = Math.max(drift, Math.abs(Number(a ?? 0) - Number(b ?? 0)));
      return;
    }
    if (a && typeof a === 'object' && b && typeof b === 'object') {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const k of keys) if (k !== 'provenance') walk((a as never)[k], (b as never)[k]);
    }
  };
  walk(shipped, refit);
  return drift;
}

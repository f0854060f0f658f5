// Fits the decision model (src/classifier/model.ts) to postings that readers labelled. Deterministic: the same
// postings give the same numbers. Three steps, each small enough to defend:
// 1. The share: one scale per category and one claim per title shape, fitted by least squares so that the
//    posting's external share comes close to the readers' own estimate (regularised toward scale 1, claim 0).
// 2. The hybrid band: the half-width that agrees best with the readers' cto / hybrid / vpeng labels.
// 3. Leadership: an L2-regularised logistic regression of "a reader calls it leadership" on the title shape and
//    log(1 + x) of the leadership signal and of each pole's scaled evidence.
import {
  bandFor,
  type DecisionModel,
  fittedShare,
  type LeadershipWeights,
  lengthRead,
  type PostingFeatures,
  scaledTotals,
  TITLE_SHAPES,
} from '../../src/classifier/model';
import type { TitleShape } from '../../src/classifier/types';
import { decideShape } from '../../src/classifier/verdict';

export type FitLabel = 'cto' | 'vpeng' | 'hybrid' | 'neither';

export interface FitItem {
  features: PostingFeatures;
  label: FitLabel;
  /** The readers' mean estimate of the external share, 0-1, when they gave one. */
  readerShare?: number;
}

export const FIT_SETTINGS = {
  /** Penalty on each log category scale: keeps scales near 1 unless the data insist. */
  scalePenalty: 0.02,
  /** Penalty on the log of each title claim. */
  claimPenalty: 0.01,
  /** Penalty on each leadership weight (not the bias). */
  leadershipPenalty: 0.5,
  steps: 400,
  // Within the options page's limits (storage/settings-schema.ts LIMITS.hybridBand).
  bands: { from: 0.05, to: 0.25, step: 0.01 },
  /** Evidence each pole must reach to count as a substantial half. */
  minSides: [2, 3, 4, 5, 6, 8, 10, 12],
  wideBands: [0.1, 0.12, 0.15, 0.18, 0.2, 0.25],
  /** Body evidence the lesser pole needs for a hybrid at all. */
  hybridMinSides: [0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3],
  /**
   * Set, not fitted: calling an engineer's job a leadership role misleads a reader more than the reverse, so a
   * posting must be 60% likely leadership (a cost of 1.5 to 1). Fitted on the training folds, the threshold
   * followed the logistic model's overconfidence there (0.45) and helped nothing held out.
   */
  leadershipThreshold: 0.6,
} as const;

/** Titles that claim a kind of job; the others (an engineer, a product role, no title at all) claim nothing. */
const CLAIMING: ReadonlySet<TitleShape> = new Set(['cto', 'vpeng', 'eng-manager', 'tech-lead', 'architect']);

/** Where a reader's label puts the share when the reader gave no estimate. */
const LABEL_SHARE: Record<Exclude<FitLabel, 'neither'>, number> = { cto: 0.75, hybrid: 0.5, vpeng: 0.25 };

const isLeader = (item: FitItem): boolean => item.label !== 'neither';

function categoriesOf(items: readonly FitItem[]): string[] {
  const ids = new Set<string>();
  for (const { features } of items) {
    for (const id in features.external) ids.add(id);
    for (const id in features.internal) ids.add(id);
  }
  return [...ids].filter((id) => !id.startsWith('custom-')).sort();
}

interface ShareParams {
  logScale: number[];
  /** Per title shape, log of its claim toward the technology, then toward the team. */
  claim: number[];
}

/** A claim's logs start here: about 0.1 of evidence each way, nearly nothing. */
const NO_CLAIM = Math.log(0.1);

/** The substantial-halves rule switched off: no posting has this much evidence on each side. */
const OFF = { minSide: 1e9, halfBand: 0 };

function modelFrom(
  categories: readonly string[],
  p: ShareParams,
  halfBand: number,
  leadership: LeadershipWeights,
  bothHalves: DecisionModel['bothHalves'] = OFF,
  hybridMinSide = 0,
  leadershipThreshold = 0.5,
): DecisionModel {
  const categoryScale: Record<string, number> = {};
  categories.forEach((id, k) => {
    categoryScale[id] = Math.exp(p.logScale[k]!);
  });
  const titlePrior = Object.fromEntries(
    TITLE_SHAPES.map((t, k) => [
      t,
      CLAIMING.has(t)
        ? { external: Math.exp(p.claim[2 * k]!), internal: Math.exp(p.claim[2 * k + 1]!) }
        : { external: 0, internal: 0 },
    ]),
  ) as DecisionModel['titlePrior'];
  return {
    provenance: '',
    categoryScale,
    titlePrior,
    halfBand,
    bothHalves,
    hybridMinSide,
    leadershipThreshold,
    leadership,
  };
}

const NO_LEADERSHIP: LeadershipWeights = {
  bias: 0,
  title: Object.fromEntries(TITLE_SHAPES.map((t) => [t, 0])) as Record<TitleShape, number>,
  signal: 0,
  external: 0,
  internal: 0,
  handsOn: 0,
  work: 0,
  words: 0,
};

function shareLoss(items: readonly FitItem[], categories: readonly string[], p: ShareParams): number {
  const model = modelFrom(categories, p, 0.1, NO_LEADERSHIP);
  let loss = 0;
  for (const item of items) {
    const target = item.readerShare ?? LABEL_SHARE[item.label as keyof typeof LABEL_SHARE];
    const { share } = fittedShare(item.features, scaledTotals(item.features, model), model);
    loss += (share - target) ** 2;
  }
  for (const s of p.logScale) loss += FIT_SETTINGS.scalePenalty * s * s;
  // Regularised toward a claim of about 1 each way (log 0): a title says something, not everything.
  for (const c of p.claim) loss += FIT_SETTINGS.claimPenalty * c * c;
  return loss;
}

/** Whether claim coordinate k (two per title shape) belongs to a title that claims a kind of job. */
const claims = (k: number): boolean => CLAIMING.has(TITLE_SHAPES[Math.floor(k / 2)]!);

/** Gradient descent with central differences and a step that halves whenever a step does not help. */
function fitShare(items: readonly FitItem[], categories: readonly string[]): ShareParams {
  const params: ShareParams = {
    logScale: categories.map(() => 0),
    claim: TITLE_SHAPES.flatMap(() => [NO_CLAIM, NO_CLAIM]),
  };
  const claimsAt = categories.length;
  const flat = (): number[] => [...params.logScale, ...params.claim];
  const set = (v: readonly number[]): void => {
    params.logScale = v.slice(0, claimsAt);
    params.claim = v.slice(claimsAt);
  };
  // Category scales move freely; claims only for titles that claim a kind of job.
  const free = (k: number): boolean => k < claimsAt || claims(k - claimsAt);
  let x = flat();
  let loss = shareLoss(items, categories, params);
  let rate = 0.5;
  const h = 1e-4;
  for (let step = 0; step < FIT_SETTINGS.steps && rate > 1e-5; step++) {
    const grad = x.map((_, k) => {
      if (!free(k)) return 0;
      const up = [...x];
      const down = [...x];
      up[k]! += h;
      down[k]! -= h;
      set(up);
      const a = shareLoss(items, categories, params);
      set(down);
      const b = shareLoss(items, categories, params);
      return (a - b) / (2 * h);
    });
    const next = x.map((v, k) => (free(k) ? v - rate * grad[k]! : v));
    set(next);
    const nextLoss = shareLoss(items, categories, params);
    if (nextLoss < loss) {
      x = next;
      loss = nextLoss;
      rate *= 1.2;
    } else {
      set(x);
      rate /= 2;
    }
  }
  set(x);
  return params;
}

/** How many leadership postings the pole decision (verdict.ts decideShape, as classify runs it) gets right. */
function agreementAt(items: readonly FitItem[], model: DecisionModel, halfBand: number): number {
  let right = 0;
  for (const item of items) {
    const totals = scaledTotals(item.features, model);
    const { share, titleExternal, titleInternal } = fittedShare(item.features, totals, model);
    const { shape } = decideShape({
      titleShape: item.features.titleShape,
      external: totals.external,
      internal: totals.internal,
      titleExternal,
      titleInternal,
      share,
      leadershipP: 1,
      leadershipThreshold: 0.5,
      leadership: item.features.leadership,
      hybridBand: bandFor(totals, halfBand, model),
      hybridMinSide: model.hybridMinSide,
      saysBoth: item.features.saysBoth,
    });
    if (shape === item.label) right++;
  }
  return right;
}

function fitBand(items: readonly FitItem[], model: DecisionModel): number {
  let best = 0.1;
  let bestRight = -1;
  const { from, to, step } = FIT_SETTINGS.bands;
  for (let band = from; band <= to + 1e-9; band += step) {
    const b = Math.round(band * 100) / 100;
    const right = agreementAt(items, model, b);
    // Ties go to the band nearest 0.1, the middle of the readers' "roughly 40-60%".
    if (right > bestRight || (right === bestRight && Math.abs(b - 0.1) < Math.abs(best - 0.1))) {
      best = b;
      bestRight = right;
    }
  }
  return best;
}

function leadershipRow(item: FitItem, model: DecisionModel): number[] {
  const totals = scaledTotals(item.features, model);
  return [
    ...TITLE_SHAPES.map((t) => (item.features.titleShape === t ? 1 : 0)),
    Math.log1p(Math.max(0, item.features.leadership)),
    Math.log1p(Math.max(0, totals.external - totals.handsOn)),
    Math.log1p(totals.internal),
    Math.log1p(totals.handsOn),
    Math.log1p(item.features.otherWork),
    Math.log1p(lengthRead(item.features.words)),
  ];
}

function fitLeadership(items: readonly FitItem[], model: DecisionModel): LeadershipWeights {
  const rows = items.map((item) => leadershipRow(item, model));
  const ys = items.map((item) => (isLeader(item) ? 1 : 0));
  const width = rows[0]?.length ?? TITLE_SHAPES.length + 6;
  const w = new Array<number>(width).fill(0);
  let bias = 0;
  const n = Math.max(1, items.length);
  for (let step = 0; step < 3000; step++) {
    const gw = w.map((v) => (FIT_SETTINGS.leadershipPenalty * v) / n);
    let gb = 0;
    rows.forEach((row, i) => {
      let z = bias;
      for (let k = 0; k < width; k++) z += w[k]! * row[k]!;
      const err = 1 / (1 + Math.exp(-z)) - ys[i]!;
      gb += err / n;
      for (let k = 0; k < width; k++) gw[k]! += (err * row[k]!) / n;
    });
    bias -= 0.5 * gb;
    for (let k = 0; k < width; k++) w[k]! -= 0.5 * gw[k]!;
  }
  const title = Object.fromEntries(TITLE_SHAPES.map((t, k) => [t, w[k]!])) as Record<TitleShape, number>;
  const at = TITLE_SHAPES.length;
  return {
    bias,
    title,
    signal: w[at]!,
    external: w[at + 1]!,
    internal: w[at + 2]!,
    handsOn: w[at + 3]!,
    work: w[at + 4]!,
    words: w[at + 5]!,
  };
}

/** The substantial-halves rule that agrees best, tried over a small grid; ties keep it off or narrower. */
function fitBothHalves(items: readonly FitItem[], model: DecisionModel): DecisionModel['bothHalves'] {
  let best = OFF;
  let bestRight = agreementAt(items, { ...model, bothHalves: OFF }, model.halfBand);
  for (const minSide of FIT_SETTINGS.minSides)
    for (const wide of FIT_SETTINGS.wideBands) {
      if (wide <= model.halfBand) continue;
      const candidate = { minSide, halfBand: wide };
      const right = agreementAt(items, { ...model, bothHalves: candidate }, model.halfBand);
      if (right > bestRight) {
        best = candidate;
        bestRight = right;
      }
    }
  return best;
}

/** The least body evidence on each side that makes a near-even reading a hybrid, tried over a small grid. */
function fitHybridMinSide(items: readonly FitItem[], model: DecisionModel): number {
  let best = 0;
  let bestRight = -1;
  for (const minSide of FIT_SETTINGS.hybridMinSides) {
    const right = agreementAt(items, { ...model, hybridMinSide: minSide }, model.halfBand);
    if (right > bestRight) {
      best = minSide;
      bestRight = right;
    }
  }
  return best;
}

/** The decision model fitted to these labelled postings (its provenance left for the caller to write). */
export function fitModel(items: readonly FitItem[]): DecisionModel {
  const leaders = items.filter(isLeader);
  const categories = categoriesOf(items);
  const share = fitShare(leaders, categories);
  const draft = modelFrom(categories, share, 0.1, NO_LEADERSHIP);
  const halfBand = fitBand(leaders, draft);
  const bothHalves = fitBothHalves(leaders, { ...draft, halfBand });
  const hybridMinSide = fitHybridMinSide(leaders, { ...draft, halfBand, bothHalves });
  const leadership = fitLeadership(items, draft);
  return modelFrom(
    categories,
    share,
    halfBand,
    leadership,
    bothHalves,
    hybridMinSide,
    FIT_SETTINGS.leadershipThreshold,
  );
}

// Between a labelled corpus and the model fitting: features of each agreed posting, and K-fold evaluation.
import { classify } from '../../src/classifier';
import { postingFeatures } from '../../src/classifier/classify';
import type { DecisionModel } from '../../src/classifier/model';
import type { LabelledPosting } from './corpus';
import { foldsOf, type Scored } from './eval-metrics';
import { type FitItem, fitModel } from './fit-model';

export interface CorpusItem extends FitItem {
  posting: LabelledPosting;
}

const inputOf = (p: LabelledPosting) => ({ ...(p.title ? { title: p.title } : {}), text: p.text });

/** The postings both readers label alike, each with what the model reads of it. */
export function fitItemsOf(corpus: readonly LabelledPosting[]): CorpusItem[] {
  return corpus
    .filter((p) => p.label !== undefined)
    .map((posting) => {
      const mean = posting.shares.length
        ? posting.shares.reduce((a, b) => a + b, 0) / posting.shares.length
        : undefined;
      return {
        posting,
        label: posting.label!,
        features: postingFeatures(inputOf(posting)),
        ...(mean !== undefined && posting.label !== 'neither' ? { readerShare: mean } : {}),
      };
    });
}

export const classifyPosting = (p: LabelledPosting, model?: DecisionModel) =>
  classify(inputOf(p), undefined, model);

/** Each posting classified by a model fitted on the other K-1 folds: cross-validated verdicts. */
export function crossValidated(items: readonly CorpusItem[], k: number): Scored[] {
  const folds = foldsOf(items, k);
  const scored: Scored[] = [];
  folds.forEach((held, f) => {
    const train = folds.flatMap((fold, g) => (g === f ? [] : fold));
    const model = fitModel(train);
    for (const item of held)
      scored.push({ posting: item.posting, verdict: classifyPosting(item.posting, model) });
  });
  return scored;
}

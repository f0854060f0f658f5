// The part of a verdict the history keeps, built the same way from what the panel shows wherever it is shown.
import type { ShownVerdict } from '../classifier/types';
import { categoryWeights, contextBriefs } from '../storage/verdict-detail';
import type { VerdictBrief } from './types';

export function verdictBrief(verdict: ShownVerdict): VerdictBrief {
  return {
    shape: verdict.shape,
    externalShare: verdict.externalShare,
    confidence: verdict.confidence,
    mismatch: verdict.mismatch?.text ?? null,
    summary: verdict.summary,
    categories: categoryWeights(verdict.evidence),
    context: contextBriefs(verdict.context),
  };
}

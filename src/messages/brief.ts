// The part of a verdict sent across contexts: whoever classifies (the content script, later the background) builds
// it the same way.
import type { Verdict } from '../classifier/types';
import { categoryWeights, contextBriefs } from '../storage/verdict-detail';
import type { VerdictBrief } from './types';

export function verdictBrief(verdict: Verdict): VerdictBrief {
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

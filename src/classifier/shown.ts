// A verdict cut to what a person is shown: the background sends this to the content script, nothing more.
import { questionsFor } from './questions';
import type { ShownVerdict, Verdict } from './types';

export function shownVerdict(verdict: Verdict): ShownVerdict {
  const { shape, externalShare, confidence, titleClaim, mismatch, summary } = verdict;
  return {
    shape,
    externalShare,
    confidence,
    ...(titleClaim ? { titleClaim: { external: titleClaim.external, internal: titleClaim.internal } } : {}),
    mismatch: mismatch ? { text: mismatch.text } : null,
    evidence: verdict.evidence.map(
      ({ start, end, matched, pole, category, categoryLabel, weight, reason, negated }) => ({
        start,
        end,
        matched,
        pole,
        category,
        categoryLabel,
        weight,
        reason,
        negated,
      }),
    ),
    context: verdict.context.map(({ kind, text, start, end }) => ({
      kind,
      text,
      ...(start !== undefined && end !== undefined ? { start, end } : {}),
    })),
    summary,
    questions: questionsFor(verdict).map(({ id, question, reason }) => ({ id, question, reason })),
  };
}

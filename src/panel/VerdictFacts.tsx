import type { ShownVerdict } from '../classifier/types';
import { t } from '../shared/i18n';
import { type Track, trackFit } from './fit';
import { Gauge } from './Gauge';

const FIT_KEYS = { fits: 'fitFits', partial: 'fitPartial', 'off-track': 'fitOffTrack' } as const;

/** The verdict's facts under its headline: the gauge, the title's claim, a mismatch, and the fit with the user's track. */
export function VerdictFacts({ verdict, track }: { verdict: ShownVerdict; track: Track }) {
  const judged = verdict.shape !== 'unknown' && verdict.shape !== 'none';
  const fit = trackFit(verdict.shape, track);
  // The share includes what the title claims (fitted); say so, or the gauge would not add up to the evidence.
  const claim = verdict.titleClaim;
  const shown = claim && claim.external + claim.internal >= 0.05;
  return (
    <>
      {judged && <Gauge externalShare={verdict.externalShare} confidence={verdict.confidence} />}
      {judged && shown && (
        <p class="title-claim">{t('titleClaim', [claim.external.toFixed(1), claim.internal.toFixed(1)])}</p>
      )}
      {verdict.mismatch && (
        <p class="mismatch" role="note">
          <strong>{t('mismatchLabel')}</strong> {verdict.mismatch.text}
        </p>
      )}
      {fit !== 'n/a' && <p class={`fit fit-${fit}`}>{t(FIT_KEYS[fit])}</p>}
    </>
  );
}

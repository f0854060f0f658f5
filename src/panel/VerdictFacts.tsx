import type { Verdict } from '../classifier/types';
import { t } from '../shared/i18n';
import { type Track, trackFit } from './fit';
import { Gauge } from './Gauge';

const FIT_KEYS = { fits: 'fitFits', partial: 'fitPartial', 'off-track': 'fitOffTrack' } as const;

/** The verdict's facts under its headline: the gauge, a title mismatch, and the fit with the user's track. */
export function VerdictFacts({ verdict, track }: { verdict: Verdict; track: Track }) {
  const judged = verdict.shape !== 'unknown' && verdict.shape !== 'none';
  const fit = trackFit(verdict.shape, track);
  return (
    <>
      {judged && <Gauge externalShare={verdict.externalShare} confidence={verdict.confidence} />}
      {verdict.mismatch && (
        <p class="mismatch" role="note">
          <strong>{t('mismatchLabel')}</strong> {verdict.mismatch.text}
        </p>
      )}
      {fit !== 'n/a' && <p class={`fit fit-${fit}`}>{t(FIT_KEYS[fit])}</p>}
    </>
  );
}

import { t } from '../shared/i18n';
import { percent } from './labels';

interface GaugeProps {
  externalShare: number;
  confidence: number;
}

/** External versus internal focus as a split bar, with the shares and the confidence in numbers. */
export function Gauge({ externalShare, confidence }: GaugeProps) {
  const external = percent(externalShare);
  const internal = percent(1 - externalShare);
  const label = t('gaugeLabel', [external, internal]);
  return (
    <div class="gauge">
      <div class="gauge-bar" role="img" aria-label={label}>
        <span class="gauge-external" style={{ width: external }} />
        <span class="gauge-internal" style={{ width: internal }} />
      </div>
      <p class="gauge-numbers">
        <span class="external-text">{t('gaugeExternal', external)}</span>
        <span class="internal-text">{t('gaugeInternal', internal)}</span>
      </p>
      <p class="confidence">{t('confidence', percent(confidence))}</p>
    </div>
  );
}

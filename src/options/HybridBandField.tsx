import { useEffect, useState } from 'preact/hooks';
import { percent } from '../panel/labels';
import { t } from '../shared/i18n';
import { LIMITS } from '../storage/settings-schema';
import { settingLabel } from '../storage/settings-text';
import { useSettings } from './settings-context';
import { useErrorRef, WriteError } from './WriteError';

/** The band around an even split that reads as hybrid, shown as the external shares it spans. */
export function HybridBandField() {
  const { settings, save } = useSettings();
  // Dragging updates the words at once; the value is saved when the thumb is let go.
  const [band, setBand] = useState(settings.hybridBand);
  useEffect(() => setBand(settings.hybridBand), [settings.hybridBand]);
  const text = t('optionsHybridBandText', [percent(0.5 - band), percent(0.5 + band)]);
  const read = (input: HTMLInputElement) => Math.round(Number(input.value) * 100) / 100;
  const errorRef = useErrorRef('hybridBand');
  return (
    <div class="field">
      <label for="hybrid-band">{settingLabel('hybridBand', t)}</label>
      <input
        id="hybrid-band"
        type="range"
        min={LIMITS.hybridBand.min}
        max={LIMITS.hybridBand.max}
        step={0.01}
        value={band}
        aria-valuetext={text}
        aria-describedby={['hybrid-band-text', errorRef].filter(Boolean).join(' ')}
        onInput={(event) => setBand(read(event.currentTarget))}
        onChange={(event) => save('hybridBand', read(event.currentTarget))}
      />
      <p id="hybrid-band-text" class="hint">
        {text}
      </p>
      <WriteError settingKey="hybridBand" />
    </div>
  );
}

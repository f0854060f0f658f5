import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../messages';
import { t } from '../shared/i18n';
import { LIMITS } from '../storage/settings-schema';
import { describeWriteError, settingLabel } from '../storage/settings-text';
import { useSettings } from './settings-context';
import { useErrorRef, WriteError } from './WriteError';

const { min, max } = LIMITS.historyLimit;

const isValidLimit = (text: string) => {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max;
};

/** How many postings the history keeps; checked as typed, saved when valid, older entries dropped. */
export function HistoryLimitField({ onTrimmed }: { onTrimmed(): void }) {
  const { settings, save } = useSettings();
  const [text, setText] = useState(String(settings.historyLimit));
  const [trimError, setTrimError] = useState<string | null>(null);
  useEffect(() => setText(String(settings.historyLimit)), [settings.historyLimit]);
  const valid = isValidLimit(text);
  const writeRef = useErrorRef('historyLimit');
  const describedBy =
    [valid ? null : 'history-limit-error', writeRef, trimError ? 'history-trim-error' : null]
      .filter(Boolean)
      .join(' ') || undefined;
  // Reads the field itself: a spinner click fires input and change before the next render.
  const commit = async (field: HTMLInputElement) => {
    const value = Number(field.value);
    if (!isValidLimit(field.value) || value === settings.historyLimit) return;
    if (await save('historyLimit', value)) {
      // The background owns every history write, so the trim cannot interleave with a verdict being recorded.
      const sent = await sendToBackground({ type: 'history-trim', limit: value });
      const trimmed = sent.ok
        ? sent.reply
        : { ok: false as const, error: { code: 'unknown' as const, detail: sent.detail } };
      setTrimError(trimmed.ok ? null : describeWriteError(trimmed.error, t));
      onTrimmed();
    }
  };
  return (
    <div class="field">
      <label for="history-limit">{settingLabel('historyLimit', t)}</label>
      <input
        id="history-limit"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        aria-invalid={!valid}
        aria-describedby={describedBy}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => void commit(event.currentTarget)}
      />
      {!valid && (
        <p id="history-limit-error" class="error">
          {t('optionsHistoryLimitError', [String(min), String(max)])}
        </p>
      )}
      <WriteError settingKey="historyLimit" />
      {trimError && (
        <p id="history-trim-error" class="error" role="alert">
          {trimError}
        </p>
      )}
    </div>
  );
}

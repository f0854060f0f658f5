import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { resetSettings, saveSettings } from '../storage/settings';
import { exportSettings, importSettingsFile } from '../storage/settings-io';
import { describeWriteError } from '../storage/settings-text';
import { ConfirmAction } from './ConfirmAction';
import { datedName, downloadText } from './download';
import { Section } from './Section';
import { useSettings } from './settings-context';

type Outcome = { kind: 'error'; text: string } | { kind: 'done'; text: string; warnings: string[] };

/** Settings to and from a file, and back to the defaults. */
export function SettingsFileSection() {
  const { settings, reload } = useSettings();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = ''; // the same file can be chosen again after fixing it
    try {
      // The size is checked before the file is read; every failure below comes back as a value.
      const parsed = await importSettingsFile(file, t);
      if (!parsed.ok) {
        setOutcome({ kind: 'error', text: parsed.error });
        return;
      }
      const written = await saveSettings(parsed.settings);
      await reload();
      setOutcome(
        written.ok
          ? { kind: 'done', text: t('optionsImportDone'), warnings: parsed.warnings }
          : { kind: 'error', text: describeWriteError(written.error, t) },
      );
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      setOutcome({ kind: 'error', text: t('importErrorUnreadable', [detail]) });
    }
  };

  const reset = async () => {
    const result = await resetSettings();
    await reload();
    setOutcome(
      result.ok
        ? { kind: 'done', text: t('optionsResetDone'), warnings: [] }
        : { kind: 'error', text: describeWriteError(result.error, t) },
    );
  };

  return (
    <Section id="settings-file" title={t('optionsFileTitle')}>
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            downloadText(datedName('settings', 'json'), exportSettings(settings), 'application/json')
          }
        >
          {t('optionsExportSettings')}
        </button>
      </div>
      <div class="field">
        <label for="import-settings">{t('optionsImportSettings')}</label>
        <input
          id="import-settings"
          type="file"
          accept=".json,application/json"
          aria-describedby={outcome ? 'settings-file-outcome' : undefined}
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </div>
      <div class="actions">
        <ConfirmAction
          label={t('optionsResetDefaults')}
          question={t('optionsResetQuestion')}
          confirmLabel={t('optionsResetConfirm')}
          onConfirm={reset}
        />
      </div>
      <div id="settings-file-outcome" aria-live="polite">
        {outcome?.kind === 'error' && (
          <p class="error" role="alert">
            {outcome.text}
          </p>
        )}
        {outcome?.kind === 'done' && (
          <>
            <p class="ok">{outcome.text}</p>
            {outcome.warnings.length > 0 && (
              <ul class="warnings">
                {outcome.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </Section>
  );
}

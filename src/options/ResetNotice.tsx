import { t } from '../shared/i18n';
import { describeReset } from '../storage/settings-text';
import type { OptionsSettings } from './use-options-settings';

/** Tells which stored settings were damaged and are back at their defaults, until dismissed. */
export function ResetNotice({
  resets,
  readError,
  onDismiss,
}: Pick<OptionsSettings, 'resets' | 'readError'> & {
  onDismiss(): void;
}) {
  if (readError) {
    return (
      <div class="notice error-box" role="alert">
        {t('optionsReadError', [readError])}
      </div>
    );
  }
  if (resets.length === 0) return null;
  return (
    <section class="notice" aria-labelledby="reset-notice-title">
      <h2 id="reset-notice-title">{t('optionsResetNoticeTitle')}</h2>
      <ul>
        {resets.map((reset) => (
          <li key={`${reset.key}-${reset.reason}`}>{describeReset(reset, t)}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('optionsDismiss')}
      </button>
    </section>
  );
}

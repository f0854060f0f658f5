import { useState } from 'preact/hooks';
import type { AnalyzeFailure } from '../messages';
import { sendToBackground } from '../messages';
import { t } from '../shared/i18n';

const FAILURE_KEYS: Record<AnalyzeFailure, string> = {
  'unsupported-page': 'popupAnalyzeUnsupported',
  'no-access': 'popupAnalyzeNoAccess',
  failed: 'popupAnalyzeFailed',
};

/** A page on no known hiring site, or a job page its site's reader could not read: RoleLens reads it when asked. */
export function AnalyzeView({
  tabId,
  heading = 'popupOtherSiteHeading',
  text = 'popupOtherSiteText',
}: {
  tabId: number;
  /** Message keys of what the popup says above the button. */
  heading?: string;
  text?: string;
}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AnalyzeFailure | null>(null);
  const analyze = async () => {
    setBusy(true);
    setFailure(null);
    const result = await sendToBackground({ type: 'analyze-tab', tabId });
    if (result.ok && result.reply.ok) {
      window.close(); // the panel opens in the page
      return;
    }
    setBusy(false);
    setFailure(result.ok && !result.reply.ok ? result.reply.reason : 'failed');
  };
  return (
    <section class="analyze" aria-labelledby="popup-analyze">
      <h2 id="popup-analyze">{t(heading)}</h2>
      <p class="muted">{t(text)}</p>
      <button type="button" class="primary" onClick={analyze} disabled={busy} aria-busy={busy}>
        {busy ? t('popupAnalyzing') : t('popupAnalyze')}
      </button>
      <div aria-live="polite">
        {failure && (
          <p class="error" role="alert">
            {t(FAILURE_KEYS[failure])}
          </p>
        )}
      </div>
    </section>
  );
}

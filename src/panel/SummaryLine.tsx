import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';

/** The one-line summary a person could paste into a message, with a copy button. */
export function SummaryLine({ summary }: { summary: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summary);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div class="summary">
      <p>{summary}</p>
      <button type="button" onClick={copy}>
        {copied ? t('summaryCopied') : t('summaryCopy')}
      </button>
    </div>
  );
}

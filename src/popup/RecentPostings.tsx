import { useEffect, useState } from 'preact/hooks';
import { shapeLabel } from '../panel/labels';
import { t } from '../shared/i18n';
import { listHistory } from '../storage/history';
import type { HistoryEntry } from '../storage/history-entry';

const SHOWN = 5;

/** The newest postings RoleLens read, each linking back to the posting. */
export function RecentPostings() {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  useEffect(() => {
    void listHistory().then((all) => setEntries(all.slice(0, SHOWN)));
  }, []);
  if (entries === null) return null;
  return (
    <section class="recent" aria-labelledby="popup-recent">
      <h2 id="popup-recent">{t('popupRecentHeading')}</h2>
      {entries.length === 0 ? (
        <p class="muted">{t('popupRecentEmpty')}</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.key}>
              <span class={`shape shape-${entry.shape}`}>{shapeLabel(entry.shape)}</span>
              <a href={entry.url} target="_blank" rel="noopener noreferrer">
                {entry.title || entry.url}
              </a>
              {entry.company && <span class="company">{entry.company}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

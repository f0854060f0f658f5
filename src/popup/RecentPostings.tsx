import { shapeLabel } from '../panel/labels';
import { t } from '../shared/i18n';
import { useRecentHistory } from './use-history';

const SHOWN = 5;

/** The newest postings RoleLens read, each linking back to the posting; kept current while the popup is open. */
export function RecentPostings() {
  const entries = useRecentHistory(SHOWN);
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

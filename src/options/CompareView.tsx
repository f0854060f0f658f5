import { useEffect, useRef } from 'preact/hooks';
import type { Pole } from '../classifier/types';
import { percent, shapeLabel } from '../panel/labels';
import { t } from '../shared/i18n';
import type { HistoryEntry } from '../storage/history-entry';
import { type CategoryLine, categoryLines, chosenEntries, heaviest, MIN_COMPARED } from './compare';

const CONTEXT_KEYS = {
  stage: 'contextStage',
  'team-size': 'contextTeamSize',
  reporting: 'contextReporting',
  'hands-on': 'contextHandsOn',
} as const;

const notRecorded = () => <span class="muted">{t('compareNotRecorded')}</span>;

function Bars({ lines, column, max }: { lines: CategoryLine[]; column: number; max: number }) {
  if (lines.some((line) => line.weights[column] === null)) return notRecorded();
  if (!lines.length) return <span class="muted">{t('compareNoCategories')}</span>;
  return (
    <ul class="bars">
      {lines.map((line) => {
        const weight = line.weights[column] ?? 0;
        return (
          <li key={line.id}>
            <span>
              {line.label}: {weight.toFixed(1)}
            </span>
            <span class="bar" aria-hidden="true">
              <span style={{ width: `${max > 0 ? (weight / max) * 100 : 0}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Two to four postings from the history side by side, one column each; the facets are the table's rows. */
export function CompareView({
  keys,
  entries,
  onClose,
}: {
  keys: readonly string[];
  entries: readonly HistoryEntry[];
  onClose(): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { found, missing } = chosenEntries(keys, entries);
  const max = heaviest(found);
  const poleRow = (pole: Pole, key: string) => {
    const lines = categoryLines(found, pole);
    return (
      <tr class={`pole-${pole}`}>
        <th scope="row">{t(key)}</th>
        {found.map((entry, i) => (
          <td key={entry.key}>
            <Bars lines={lines} column={i} max={max} />
          </td>
        ))}
      </tr>
    );
  };
  return (
    <section class="compare" aria-labelledby="compare-heading">
      <h3 id="compare-heading" tabIndex={-1} ref={heading}>
        {t('compareHeading')}
      </h3>
      {missing > 0 && (
        <p class="warning" role="status">
          {t('compareMissing', [String(missing)])}
        </p>
      )}
      {found.length < MIN_COMPARED ? (
        <p class="muted">{t('compareTooFewLeft')}</p>
      ) : (
        <div class="table-wrap">
          <table class="compare-table">
            <caption class="visually-hidden">{t('compareCaption', [String(found.length)])}</caption>
            <thead>
              <tr>
                <td />
                {found.map((entry) => (
                  <th scope="col" key={entry.key}>
                    <a href={entry.url} target="_blank" rel="noopener noreferrer">
                      {entry.title || entry.url}
                    </a>
                    {entry.company && <span class="company">{entry.company}</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('optionsHistoryColShape')}</th>
                {found.map((entry) => (
                  <td key={entry.key} class={`shape shape-${entry.shape}`}>
                    {shapeLabel(entry.shape)}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('optionsHistoryColShare')}</th>
                {found.map((entry) => (
                  <td key={entry.key}>
                    {t('compareShare', [percent(entry.externalShare), percent(1 - entry.externalShare)])}
                    <span class="gauge-bar" aria-hidden="true">
                      <span class="gauge-external" style={{ width: percent(entry.externalShare) }} />
                      <span class="gauge-internal" style={{ width: percent(1 - entry.externalShare) }} />
                    </span>
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('compareConfidence')}</th>
                {found.map((entry) => (
                  <td key={entry.key}>
                    {entry.confidence === undefined ? notRecorded() : percent(entry.confidence)}
                  </td>
                ))}
              </tr>
              {poleRow('external', 'compareExternalCategories')}
              {poleRow('internal', 'compareInternalCategories')}
              <tr>
                <th scope="row">{t('compareMismatch')}</th>
                {found.map((entry) => (
                  <td key={entry.key}>{entry.mismatch ?? <span class="muted">{t('compareNone')}</span>}</td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('contextHeading')}</th>
                {found.map((entry) => (
                  <td key={entry.key}>
                    {entry.context === undefined ? (
                      notRecorded()
                    ) : entry.context.length === 0 ? (
                      <span class="muted">{t('compareNone')}</span>
                    ) : (
                      <ul class="notes">
                        {entry.context.map((note) => (
                          <li key={note.kind}>
                            <strong>{t(CONTEXT_KEYS[note.kind])}:</strong> {note.text}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
      <div class="actions">
        <button type="button" onClick={onClose}>
          {t('compareClose')}
        </button>
      </div>
    </section>
  );
}

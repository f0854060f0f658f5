import { useState } from 'preact/hooks';
import type { Shape } from '../classifier/types';
import { type Track, trackFit } from '../panel/fit';
import { percent, shapeLabel } from '../panel/labels';
import { t } from '../shared/i18n';
import type { HistoryEntry } from '../storage/history-entry';
import type { HistorySortKey, SortDirection } from '../storage/history-query';
import { HISTORY_PAGE_ROWS } from './history-page-size';

const COLUMNS: ReadonlyArray<{ key: HistorySortKey; label: string }> = [
  { key: 'time', label: 'optionsHistoryColTime' },
  { key: 'title', label: 'optionsHistoryColTitle' },
  { key: 'company', label: 'optionsHistoryColCompany' },
  { key: 'shape', label: 'optionsHistoryColShape' },
  { key: 'share', label: 'optionsHistoryColShare' },
];

const FIT_KEYS = {
  fits: 'fitFits',
  partial: 'fitPartial',
  'off-track': 'fitOffTrack',
  'n/a': 'optionsFitNone',
} as const;

interface HistoryTableProps {
  entries: HistoryEntry[];
  sortBy: HistorySortKey;
  direction: SortDirection;
  track: Track;
  onSort(key: HistorySortKey): void;
  /** Keys ticked for comparison. */
  selected: ReadonlySet<string>;
  /** Ticks or unticks a row; false when the tick is refused (too many chosen). */
  onSelect(key: string, on: boolean): boolean;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The history as a table; each sortable header is a button and says how the table is sorted. */
export function HistoryTable({
  entries,
  sortBy,
  direction,
  track,
  onSort,
  selected,
  onSelect,
}: HistoryTableProps) {
  // How many rows show, for this list only: a new search, filter or sort starts again from the first page.
  const [page, setPage] = useState({ of: entries, rows: HISTORY_PAGE_ROWS });
  const rows = page.of === entries ? page.rows : HISTORY_PAGE_ROWS;
  const more = Math.min(HISTORY_PAGE_ROWS, entries.length - rows);
  return (
    <>
      <div class="table-wrap">
        <table class="history-table">
          <caption class="visually-hidden">{t('optionsHistoryCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compareColumn')}</th>
              {COLUMNS.map((column) => {
                const active = column.key === sortBy;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                  >
                    <button type="button" class="sort" onClick={() => onSort(column.key)}>
                      {t(column.label)}
                      <span aria-hidden="true">{active ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">{t('optionsHistoryColFit')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.slice(0, rows).map((entry) => {
              const fit = trackFit(entry.shape, track);
              return (
                <tr key={entry.key}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('compareChoose', [entry.title || entry.url])}
                      checked={selected.has(entry.key)}
                      onChange={(event) => {
                        const box = event.currentTarget;
                        // A refused tick is undone here: the selection did not change, so nothing re-renders.
                        if (!onSelect(entry.key, box.checked)) box.checked = false;
                      }}
                    />
                  </td>
                  <td>
                    <time dateTime={new Date(entry.time).toISOString()}>{dateFormat.format(entry.time)}</time>
                  </td>
                  <td>
                    <a href={entry.url} target="_blank" rel="noopener noreferrer">
                      {entry.title || entry.url}
                    </a>
                  </td>
                  <td>{entry.company}</td>
                  <td class={`shape-${entry.shape as Shape}`}>{shapeLabel(entry.shape)}</td>
                  <td>{percent(entry.externalShare)}</td>
                  <td class={`fit fit-${fit.replace('/', '')}`}>{t(FIT_KEYS[fit])}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {more > 0 && (
        <div class="actions">
          <button type="button" onClick={() => setPage({ of: entries, rows: rows + HISTORY_PAGE_ROWS })}>
            {t('optionsHistoryShowMore', [String(more), String(entries.length - rows)])}
          </button>
        </div>
      )}
    </>
  );
}

import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Shape } from '../classifier/types';
import { sendToBackground } from '../messages';
import type { Track } from '../panel/fit';
import { shapeLabel } from '../panel/labels';
import { t } from '../shared/i18n';
import { type HistoryEntry, SHAPES } from '../storage/history-entry';
import { historyToCsv, historyToJson } from '../storage/history-export';
import { type HistorySortKey, queryHistory, type SortDirection } from '../storage/history-query';
import { describeWriteError } from '../storage/settings-text';
import { ConfirmAction } from './ConfirmAction';
import { datedName, downloadText } from './download';
import { HistoryTable } from './HistoryTable';

interface HistoryBrowserProps {
  entries: HistoryEntry[];
  /** How many entries are stored; more than `entries` while only the newest are read. */
  total: number;
  /** False while only the newest entries are read: search and sort apply to those until the rest arrive. */
  complete: boolean;
  track: Track;
  onChanged(): Promise<void>;
}

/** The search waits for a pause in typing, so each keystroke costs only the field's own update. */
export const SEARCH_DEBOUNCE_MS = 150;

const defaultDirection = (key: HistorySortKey): SortDirection =>
  key === 'time' || key === 'share' ? 'desc' : 'asc';

/** Search, filter, sort, download and clear the history. */
export function HistoryBrowser({ entries, total, complete, track, onChanged }: HistoryBrowserProps) {
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search]);
  const [shape, setShape] = useState<Shape | 'all'>('all');
  const [sortBy, setSortBy] = useState<HistorySortKey>('time');
  const [direction, setDirection] = useState<SortDirection>('desc');
  const [error, setError] = useState<string | null>(null);
  // Until every entry is read, the newest show as they are: a search or sort over some of them would mislead.
  const shown = useMemo(
    () => (complete ? queryHistory(entries, { search: query, shape, sortBy, direction }) : entries),
    [entries, complete, query, shape, sortBy, direction],
  );
  const sort = (key: HistorySortKey) => {
    setDirection(key === sortBy ? (direction === 'asc' ? 'desc' : 'asc') : defaultDirection(key));
    setSortBy(key);
  };
  const clear = async () => {
    // The background owns every history write, so this cannot interleave with a verdict being recorded.
    const sent = await sendToBackground({ type: 'history-clear' });
    const result = sent.ok
      ? sent.reply
      : ({ ok: false, error: { code: 'unknown', detail: sent.detail } } as const);
    setError(result.ok ? null : describeWriteError(result.error, t));
    await onChanged();
  };
  return (
    <div class="history-browser">
      <div class="toolbar">
        <div class="field">
          <label for="history-search">{t('optionsHistorySearch')}</label>
          <input
            id="history-search"
            type="search"
            value={search}
            onInput={(event) => setSearch(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="history-shape">{t('optionsHistoryShapeFilter')}</label>
          <select
            id="history-shape"
            value={shape}
            onChange={(event) => setShape(event.currentTarget.value as Shape | 'all')}
          >
            <option value="all">{t('optionsHistoryAllShapes')}</option>
            {SHAPES.map((s) => (
              <option key={s} value={s}>
                {shapeLabel(s)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p class="muted" aria-live="polite">
        {complete
          ? t('optionsHistoryCount', [String(shown.length), String(total)])
          : t('optionsHistoryCountPartial', [String(shown.length), String(total)])}
      </p>
      {shown.length > 0 && (
        <HistoryTable entries={shown} sortBy={sortBy} direction={direction} track={track} onSort={sort} />
      )}
      <div class="actions">
        <button
          type="button"
          disabled={!complete || shown.length === 0}
          onClick={() => downloadText(datedName('history', 'csv'), historyToCsv(shown), 'text/csv', true)}
        >
          {t('optionsHistoryExportCsv')}
        </button>
        <button
          type="button"
          disabled={!complete || shown.length === 0}
          onClick={() => downloadText(datedName('history', 'json'), historyToJson(shown), 'application/json')}
        >
          {t('optionsHistoryExportJson')}
        </button>
        {total > 0 && (
          <ConfirmAction
            label={t('optionsHistoryClear')}
            question={t('optionsHistoryClearQuestion', [String(total)])}
            confirmLabel={t('optionsHistoryClearConfirm')}
            onConfirm={clear}
          />
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

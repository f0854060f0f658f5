import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Shape } from '../classifier/types';
import { sendToBackground } from '../messages';
import type { Track } from '../panel/fit';
import { shapeLabel } from '../panel/labels';
import { t } from '../shared/i18n';
import { type HistoryEntry, SHAPES } from '../storage/history-entry';
import { historyToCsv, historyToJson } from '../storage/history-export';
import { type HistorySortKey, queryHistory, type SortDirection } from '../storage/history-query';
import { describeWriteError } from '../storage/settings-text';
import { CompareView } from './CompareView';
import { ConfirmAction } from './ConfirmAction';
import { MIN_COMPARED, toggleSelected } from './compare';
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
  const [selected, setSelected] = useState<string[]>([]);
  // The selection as of the last tick, which may not have rendered yet when the next one comes.
  const latest = useRef<string[]>([]);
  const [tooMany, setTooMany] = useState(false);
  const [compared, setCompared] = useState<string[] | null>(null);
  const compareButton = useRef<HTMLButtonElement>(null);
  const present = useMemo(() => new Set(entries.map((e) => e.key)), [entries]);
  // Ticks on postings deleted since (a clear, a trim, another window) no longer count.
  const ticked = useMemo(() => new Set(selected.filter((k) => present.has(k))), [present, selected]);
  const select = (key: string, on: boolean) => {
    const next = toggleSelected(
      latest.current.filter((k) => present.has(k)),
      key,
      on,
    );
    setTooMany(next.refused);
    if (!next.refused) {
      latest.current = next.selected;
      setSelected(next.selected);
    }
    return !next.refused;
  };
  const closeComparison = () => {
    setCompared(null);
    compareButton.current?.focus();
  };
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
        <HistoryTable
          entries={shown}
          sortBy={sortBy}
          direction={direction}
          track={track}
          onSort={sort}
          selected={ticked}
          onSelect={select}
        />
      )}
      {entries.length > 0 && (
        <div class="actions compare-actions">
          <button
            type="button"
            ref={compareButton}
            disabled={ticked.size < MIN_COMPARED}
            aria-describedby={ticked.size < MIN_COMPARED ? 'compare-why' : undefined}
            onClick={() => setCompared([...ticked])}
          >
            {t('compareButton', [String(ticked.size)])}
          </button>
          {ticked.size < MIN_COMPARED && (
            <span id="compare-why" class="muted">
              {t('compareNeedTwo')}
            </span>
          )}
        </div>
      )}
      <p class="error" role="alert">
        {tooMany ? t('compareTooMany') : ''}
      </p>
      {compared && <CompareView keys={compared} entries={entries} onClose={closeComparison} />}
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

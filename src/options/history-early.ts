// The newest history rows, read as soon as the options page starts: opening the database is the slowest part of
// showing them, so it overlaps loading the page's own script. Imports nothing but the history reader.
import { type HistoryPage, readNewestHistory } from '../storage/history';
import { HISTORY_PAGE_ROWS } from './history-page-size';

let early: Promise<HistoryPage> | undefined;

export function startHistoryRead(): void {
  early ??= readNewestHistory(HISTORY_PAGE_ROWS);
}

/** The read started early, handed over once; a later caller (a remount) reads afresh. */
export function takeHistoryRead(): Promise<HistoryPage> {
  const read = early ?? readNewestHistory(HISTORY_PAGE_ROWS);
  early = undefined;
  return read;
}

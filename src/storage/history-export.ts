// History downloads: CSV (RFC 4180, safe to open in a spreadsheet) and JSON; pure.

import type { HistoryEntry } from './history-entry';

const COLUMNS = [
  'time',
  'site',
  'title',
  'company',
  'shape',
  'externalShare',
  'mismatch',
  'url',
  'key',
] as const;

// Spreadsheets run a cell starting with these as a formula (CSV injection); a leading quote makes it text.
const FORMULA_START = /^ *[=+\-@\t\r]/;
// A spreadsheet may split a row on any of these (its own guess or the user's choice), so a formula starter right
// after one (spaces between, which some trim) begins a cell too. One class, then spaces, then one class: linear.
const SEPARATOR_THEN_FORMULA = /([;,\t|\r\n] *)([=+\-@])/g;

/** One CSV field: every would-be cell start neutralised with a quote mark, and the whole field quoted. */
export function csvField(value: string): string {
  const inner = value.replace(SEPARATOR_THEN_FORMULA, "$1'$2");
  const safe = FORMULA_START.test(inner) ? `'${inner}` : inner;
  return `"${safe.replace(/"/g, '""')}"`;
}

function cells(entry: HistoryEntry): string[] {
  return [
    new Date(entry.time).toISOString(),
    entry.site,
    entry.title,
    entry.company,
    entry.shape,
    String(Math.round(entry.externalShare * 1000) / 1000),
    entry.mismatch ?? '',
    entry.url,
    entry.key,
  ];
}

/** Header row, then one row per entry, CRLF line ends as RFC 4180 asks. */
export function historyToCsv(entries: readonly HistoryEntry[]): string {
  const rows = [[...COLUMNS], ...entries.map(cells)];
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function historyToJson(entries: readonly HistoryEntry[]): string {
  return `${JSON.stringify({ rolelens: 'history', version: 1, entries }, null, 2)}\n`;
}

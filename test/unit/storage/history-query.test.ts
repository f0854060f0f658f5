import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/storage/history-entry';
import { queryHistory } from '../../../src/storage/history-query';

const e = (
  key: string,
  time: number,
  title: string,
  company: string,
  shape: HistoryEntry['shape'],
  share: number,
) => ({
  key,
  time,
  site: 'greenhouse',
  title,
  company,
  url: `https://boards.greenhouse.io/x/jobs/${key}`,
  shape,
  externalShare: share,
  mismatch: null,
});

const entries: HistoryEntry[] = [
  e('1', 100, 'Chief Technology Officer', 'Zeta', 'cto', 0.9),
  e('2', 300, 'VP Engineering', 'Acme', 'vpeng', 0.2),
  e('3', 200, 'Head of Engineering', 'Équipe', 'hybrid', 0.5),
  e('4', 400, 'CTO (founding)', 'acme labs', 'none', 0.5),
  {
    ...e('5', 50, 'Engineering Director', 'Beta', 'unknown', 0.5),
    mismatch: 'Titled CTO, reads VP-Eng-shaped',
  },
];
const keys = (list: HistoryEntry[]) => list.map((x) => x.key);

describe('queryHistory', () => {
  it('defaults to everything, newest first', () => {
    expect(keys(queryHistory(entries))).toEqual(['4', '2', '3', '1', '5']);
  });

  it('does not touch its input', () => {
    const copy = structuredClone(entries);
    queryHistory(entries, { sortBy: 'title' });
    expect(entries).toEqual(copy);
  });

  it('searches title, company, site and mismatch; all words, any case, no accents', () => {
    expect(keys(queryHistory(entries, { search: 'ACME' }))).toEqual(['4', '2']);
    expect(keys(queryHistory(entries, { search: 'equipe' }))).toEqual(['3']);
    expect(keys(queryHistory(entries, { search: 'acme labs' }))).toEqual(['4']);
    expect(keys(queryHistory(entries, { search: 'vp-eng-shaped' }))).toEqual(['5']);
    expect(keys(queryHistory(entries, { search: '  ' }))).toHaveLength(5);
    expect(queryHistory(entries, { search: 'nothing like it' })).toEqual([]);
  });

  it('filters by shape', () => {
    expect(keys(queryHistory(entries, { shape: 'cto' }))).toEqual(['1']);
    expect(keys(queryHistory(entries, { shape: 'all' }))).toHaveLength(5);
    expect(keys(queryHistory(entries, { shape: 'vpeng', search: 'acme' }))).toEqual(['2']);
  });

  it('sorts by each key, with sensible default directions', () => {
    expect(keys(queryHistory(entries, { sortBy: 'time', direction: 'asc' }))).toEqual([
      '5',
      '1',
      '3',
      '2',
      '4',
    ]);
    expect(keys(queryHistory(entries, { sortBy: 'title' }))).toEqual(['1', '4', '5', '3', '2']);
    expect(keys(queryHistory(entries, { sortBy: 'title', direction: 'desc' }))).toEqual([
      '2',
      '3',
      '5',
      '4',
      '1',
    ]);
    expect(keys(queryHistory(entries, { sortBy: 'company' }))).toEqual(['2', '4', '5', '3', '1']);
    expect(keys(queryHistory(entries, { sortBy: 'shape' }))).toEqual(['1', '3', '2', '4', '5']);
    // Equal shares fall back to newest first.
    expect(keys(queryHistory(entries, { sortBy: 'share' }))).toEqual(['1', '4', '3', '5', '2']);
    expect(keys(queryHistory(entries, { sortBy: 'share', direction: 'asc' }))).toEqual([
      '2',
      '4',
      '3',
      '5',
      '1',
    ]);
  });
});

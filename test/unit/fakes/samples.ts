// Small valid sample values for tests of storage, messages and the UI built on them.

import type { HistoryEntry } from '../../../src/storage/history-entry';

export function sampleHistoryEntry(overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    key: 'linkedin:1',
    time: 1_000,
    site: 'linkedin',
    title: 'CTO',
    company: 'Acme',
    url: 'https://www.linkedin.com/jobs/view/1',
    shape: 'cto',
    externalShare: 0.8,
    mismatch: null,
    ...overrides,
  };
}

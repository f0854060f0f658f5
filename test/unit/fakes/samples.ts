// Small valid sample values for tests of storage, messages and the UI built on them.

import type { TabState, VerdictMessage } from '../../../src/messages/types';
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

export function sampleVerdictMessage(overrides: Partial<VerdictMessage> = {}): VerdictMessage {
  return {
    type: 'verdict',
    url: 'https://boards.greenhouse.io/acme/jobs/123',
    site: 'greenhouse',
    posting: { key: 'https://boards.greenhouse.io/acme/jobs/123', title: 'CTO', company: 'Acme' },
    verdict: {
      shape: 'vpeng',
      externalShare: 0.25,
      confidence: 0.7,
      mismatch: 'Titled CTO, reads VP-Eng-shaped',
      summary: 'Mostly about running the team.',
    },
    ...overrides,
  };
}

export function sampleTabState(overrides: Partial<TabState> = {}): TabState {
  const { type: _, ...message } = sampleVerdictMessage();
  return { ...message, time: 1_700_000_000_000, ...overrides };
}

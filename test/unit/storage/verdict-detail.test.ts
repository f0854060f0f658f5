// The comparison's details kept with each history entry: built from a verdict, validated when read back or received.
import { describe, expect, it } from 'vitest';
import { verdictBrief } from '../../../src/messages/brief';
import { parseVerdictBrief } from '../../../src/messages/parse';
import { historyEntryFromVerdict, parseHistoryEntry } from '../../../src/storage/history-entry';
import {
  categoryWeights,
  parseCategoryWeights,
  parseContextBriefs,
} from '../../../src/storage/verdict-detail';
import { sampleHistoryEntry, sampleVerdictMessage } from '../fakes/samples';
import { hit, verdict } from '../panel/verdicts';

describe('categoryWeights', () => {
  it('sums each category’s counted weight, heaviest first, leaving negated hits out', () => {
    const weights = categoryWeights([
      hit({ matched: 'vision', pole: 'external', start: 0, weight: 1.5 }),
      hit({ matched: 'roadmap', pole: 'external', start: 20, weight: 1 }),
      hit({ matched: 'hiring', pole: 'internal', start: 40, weight: 3 }),
      hit({
        matched: 'coaching',
        pole: 'internal',
        start: 60,
        weight: 2,
        category: 'coaching',
        negated: true,
      }),
    ]);
    expect(weights).toEqual([
      { id: 'hiring', label: 'Hiring and recruiting', pole: 'internal', weight: 3 },
      { id: 'vision', label: 'Technical vision and strategy', pole: 'external', weight: 2.5 },
    ]);
  });
});

describe('the verdict brief and the history entry', () => {
  it('carry the categories and context notes from the verdict to the stored entry', () => {
    const v = verdict({ context: [{ kind: 'stage', text: 'Series A: one person.', stageRank: 2 }] });
    const brief = verdictBrief(v);
    expect(parseVerdictBrief(JSON.parse(JSON.stringify(brief)))).toEqual(brief);
    const entry = historyEntryFromVerdict(sampleVerdictMessage({ verdict: brief }), 9);
    expect(entry.confidence).toBe(v.confidence);
    expect(entry.categories?.map((c) => c.id)).toEqual(['vision', 'hiring']);
    expect(entry.context).toEqual([{ kind: 'stage', text: 'Series A: one person.' }]);
    expect(parseHistoryEntry(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
  });

  it('refuses a message whose details are malformed', () => {
    const brief = verdictBrief(verdict());
    expect(
      parseVerdictBrief({ ...brief, categories: [{ id: 'x', label: 'X', pole: 'up', weight: 1 }] }),
    ).toBeNull();
    expect(parseVerdictBrief({ ...brief, context: [{ kind: 'mood', text: 'sunny' }] })).toBeNull();
  });

  it('keeps an entry from before the details, and one whose details are corrupt, without them', () => {
    expect(parseHistoryEntry(sampleHistoryEntry())).toEqual(sampleHistoryEntry());
    const corrupt = {
      ...sampleHistoryEntry(),
      confidence: 7,
      categories: 'lots',
      context: [{ kind: 'stage' }],
    };
    expect(parseHistoryEntry(corrupt)).toEqual(sampleHistoryEntry());
  });

  it('validates every field of the details', () => {
    expect(parseCategoryWeights([{ id: 'a', label: 'A', pole: 'external', weight: 0 }])).toBeNull();
    expect(parseCategoryWeights([{ id: 'A B', label: 'A', pole: 'external', weight: 1 }])).toBeNull();
    expect(
      parseCategoryWeights(
        Array.from({ length: 41 }, () => ({ id: 'a', label: 'A', pole: 'external', weight: 1 })),
      ),
    ).toBeNull();
    expect(parseContextBriefs([{ kind: 'reporting', text: 'x'.repeat(301) }])).toBeNull();
    expect(parseContextBriefs([{ kind: 'reporting', text: 'Reports to the CEO.' }])).toEqual([
      { kind: 'reporting', text: 'Reports to the CEO.' },
    ]);
  });
});

// @vitest-environment happy-dom
// What a page can learn from the highlights: no fixed names to look up, no styles while nothing is highlighted,
// and none of the user's own phrases unless the user asked for them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Evidence } from '../../../src/classifier/types';
import { EvidenceHighlighter } from '../../../src/panel/highlights';

// happy-dom has no Custom Highlight API: a registry as a page would see it.
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}
let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.replaceChildren();
  document.body.replaceChildren();
});

function posting(text: string): Element {
  const el = document.createElement('div');
  el.textContent = text;
  document.body.append(el);
  return el;
}

function hit(text: string, matched: string, category: string, pole: 'external' | 'internal'): Evidence {
  const start = text.indexOf(matched);
  return {
    start,
    end: start + matched.length,
    matched,
    pole,
    category,
    categoryLabel: category,
    entryId: category,
    weight: 1,
    reason: '',
    negated: false,
    section: 'intro',
  };
}

const TEXT = 'Own the technical vision and grow the platform guild with us.';
const EVIDENCE = [
  hit(TEXT, 'technical vision', 'vision', 'external'),
  hit(TEXT, 'platform guild', 'custom-internal', 'internal'),
];
const highlighted = () => [...registry.values()].flatMap((h) => h.ranges.map((r) => r.toString()));
const ourStyles = () =>
  [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('::highlight'));

describe('highlights as the page sees them', () => {
  it('registers under names that are new for every page load and say nothing of RoleLens', () => {
    const first = new EvidenceHighlighter();
    const second = new EvidenceHighlighter();
    first.show([posting(TEXT)], EVIDENCE, { paint: true, ownPhrases: false });
    expect(registry.size).toBeGreaterThan(0);
    for (const name of registry.keys()) {
      expect(name).not.toMatch(/rolelens/i);
      expect(Object.values(first.names)).toContain(name);
    }
    expect(Object.values(second.names).some((n) => Object.values(first.names).includes(n))).toBe(false);
  });

  it('never highlights matches of the user’s own phrases unless the user asks for it', () => {
    const el = posting(TEXT);
    const highlighter = new EvidenceHighlighter();
    const result = highlighter.show([el], EVIDENCE, { paint: true, ownPhrases: false });
    expect(highlighted()).toEqual(['technical vision']);
    // The panel can still scroll to the phrase when the user clicks it.
    expect(result.ranges.size).toBe(2);
    highlighter.show([el], EVIDENCE, { paint: true, ownPhrases: true });
    expect(highlighted().sort()).toEqual(['platform guild', 'technical vision']);
  });

  it('adds its styles only while something is highlighted', () => {
    const el = posting(TEXT);
    const highlighter = new EvidenceHighlighter();
    highlighter.show([el], EVIDENCE, { paint: false, ownPhrases: false });
    expect(ourStyles()).toHaveLength(0);
    highlighter.show([el], [EVIDENCE[1]!], { paint: true, ownPhrases: false });
    expect(ourStyles()).toHaveLength(0);
    highlighter.show([el], EVIDENCE, { paint: true, ownPhrases: false });
    expect(ourStyles()).toHaveLength(1);
    expect(ourStyles()[0]!.textContent).toContain(`::highlight(${highlighter.names.external})`);
    highlighter.clear();
    expect(ourStyles()).toHaveLength(0);
    expect(registry.size).toBe(0);
  });
});

// Every adapter over every saved page: title, company, location, source, phrases in and out of the text.
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../src/sites/generic';
import { adapterFor, SITE_ADAPTERS } from '../../../src/sites/registry';
import type { Posting } from '../../../src/sites/types';
import { loadFixtures, parsePage } from './fixtures';

function postingsOf(html: string, url: string, adapterId: string): Posting[] {
  const doc = parsePage(html, url);
  const adapter = adapterFor(url) ?? genericAdapter;
  expect(adapter.id).toBe(adapterId);
  if (adapter.listItems) return adapter.listItems(doc, new URL(url));
  const posting = adapter.extract(doc, new URL(url));
  return posting ? [posting] : [];
}

describe.each(loadFixtures().map((f) => [`${f.site}/${f.name}`, f] as const))('%s', (_name, fixture) => {
  const postings = postingsOf(fixture.html, fixture.url, fixture.adapter);

  it('finds the expected number of postings', () => {
    expect(postings.map((p) => p.title)).toHaveLength(fixture.postings.length);
  });

  it.each(fixture.postings.map((p, i) => [i, p] as const))('posting %i reads as expected', (i, expected) => {
    const posting = postings[i]!;
    expect(posting).toBeDefined();
    if (expected.key) expect(posting.key).toBe(expected.key);
    expect(posting.title).toBe(expected.title);
    expect(posting.company).toBe(expected.company);
    expect(posting.location).toBe(expected.location);
    expect(posting.source).toBe(expected.source);
    expect(posting.truncated ?? false).toBe(expected.truncated ?? false);
    expect(posting.capped ?? false).toBe(false);
    for (const phrase of expected.contains) expect(posting.text).toContain(phrase);
    for (const phrase of [...(expected.notContains ?? []), ...fixture.notContains]) {
      expect(posting.text).not.toContain(phrase);
    }
    if (posting.source === 'markup') expect(posting.elements.length).toBeGreaterThan(0);
  });
});

describe('pages without a posting', () => {
  const empty =
    '<html><head><title>Jobs</title></head><body><nav>Home</nav><main><p>No results.</p></main></body></html>';
  it.each([...SITE_ADAPTERS, genericAdapter].map((a) => [a.id, a] as const))(
    '%s returns nothing and does not throw',
    (_id, adapter) => {
      for (const url of adapter.exampleUrls) {
        const doc = parsePage(empty, url);
        expect(adapter.extract(doc, new URL(url))).toBeNull();
        if (adapter.listItems) expect(adapter.listItems(doc, new URL(url))).toEqual([]);
      }
    },
  );
});

// No adapter hands over a title longer than MAX_TITLE, however long the page's own title is: the classifier reads
// the title again on every change of the page.
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../src/sites/generic';
import { adapterFor } from '../../../src/sites/registry';
import { capTitle, MAX_TITLE } from '../../../src/sites/text';
import { loadFixtures, parsePage } from './fixtures';

// The review's title, grown to 10,000 characters (letters and spaces only, so it is safe in markup and JSON-LD).
const LONG_TITLE = `Head of ${'product and '.repeat(832)}word`;

describe.each(
  loadFixtures()
    .filter((f) => f.postings.some((p) => f.html.includes(p.title)))
    .map((f) => [`${f.site}/${f.name}`, f] as const),
)('%s with a 10,000-character title', (_name, fixture) => {
  it(`hands over at most ${MAX_TITLE} characters of it`, () => {
    let html = fixture.html;
    for (const { title } of fixture.postings) html = html.split(title).join(LONG_TITLE);
    const url = new URL(fixture.url);
    const adapter = adapterFor(url) ?? genericAdapter;
    const doc = parsePage(html, fixture.url);
    const postings = adapter.listItems ? adapter.listItems(doc, url) : [adapter.extract(doc, url)];
    const titles = postings.map((p) => p?.title ?? '');
    expect(titles.some((t) => t.startsWith('Head of product and'))).toBe(true);
    for (const title of titles) expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
  });
});

describe('capTitle', () => {
  it('keeps a title up to the limit and marks where a longer one was cut', () => {
    expect(capTitle('VP of Engineering')).toBe('VP of Engineering');
    expect(capTitle('x'.repeat(MAX_TITLE))).toHaveLength(MAX_TITLE);
    const cut = capTitle(LONG_TITLE);
    expect(cut).toHaveLength(MAX_TITLE);
    expect(cut.endsWith('\u2026')).toBe(true);
  });
});

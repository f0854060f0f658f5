// No adapter hands over a title longer than MAX_TITLE, however long the page's own title is: the classifier reads
// the title again on every change of the page.
import { describe, expect, it } from 'vitest';
import { parsePostingSummary } from '../../../src/messages/parse';
import { genericAdapter } from '../../../src/sites/generic';
import { adapterFor } from '../../../src/sites/registry';
import { capCompany, capKey, capTitle, MAX_COMPANY, MAX_KEY, MAX_TITLE } from '../../../src/sites/text';
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

// A company name and a URL path far beyond what the background takes: the posting must still be reported.
const LONG_COMPANY = `Acme ${'holdings and '.repeat(800)}sons`;

describe('every fixture with its company name grown to 10,000 characters', () => {
  it(`hands over at most ${MAX_COMPANY} characters of it, in a summary the background accepts`, () => {
    let reached = 0;
    for (const fixture of loadFixtures()) {
      const companies = fixture.postings.map((p) => p.company ?? '').filter((c) => c.length > 3);
      if (!companies.some((c) => fixture.html.includes(c))) continue;
      let html = fixture.html;
      for (const company of companies) html = html.split(company).join(LONG_COMPANY);
      const url = new URL(fixture.url);
      const adapter = adapterFor(url) ?? genericAdapter;
      const doc = parsePage(html, fixture.url);
      const found = adapter.listItems ? adapter.listItems(doc, url) : [adapter.extract(doc, url)];
      const postings = found.filter((p) => p !== null);
      // Some sites name the company only in the URL; those keep it.
      if (postings.some((p) => p.company?.startsWith('Acme holdings and'))) reached++;
      for (const p of postings) {
        expect(p.company?.length ?? 0, fixture.name).toBeLessThanOrEqual(MAX_COMPANY);
        const summary = { key: p.key, title: p.title, company: p.company ?? null };
        expect(parsePostingSummary(summary), fixture.name).not.toBeNull();
      }
    }
    expect(reached).toBeGreaterThanOrEqual(10);
  });
});

describe('keys', () => {
  it('a posting behind a 5,000-character path gets a key the background accepts', () => {
    const url = `https://careers.example.com/jobs/${'deep/'.repeat(1000)}cto`;
    const doc = parsePage(
      `<html><head><title>CTO</title></head><body><h1>CTO</h1><main><h2>About the role</h2><p>${'You will own the technical vision and the architecture of the platform. '.repeat(5)}</p></main></body></html>`,
      url,
    );
    const posting = genericAdapter.extract(doc, new URL(url));
    expect(posting?.key.startsWith('https://careers.example.com/jobs/deep/')).toBe(true);
    expect(posting!.key.length).toBeLessThanOrEqual(MAX_KEY);
    expect(parsePostingSummary({ key: posting!.key, title: posting!.title, company: null })).not.toBeNull();
    expect(capKey('k'.repeat(MAX_KEY + 10))).toHaveLength(MAX_KEY);
    expect(capCompany(undefined)).toBeUndefined();
  });
});

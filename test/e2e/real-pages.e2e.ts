// The real captures of ../shared/real-pages served at their real URLs (country domains included) as frozen DOMs:
// the panel shows the posting's own title and the same reading as Node (title, company, text, verdict); the thread
// gets a badge per job comment; the LinkedIn post gets nothing. And a job page no adapter knows is read generically.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage, postingsFromHtml } from '../../scripts/lib/html-postings';
import { classify, SHAPE_LABELS } from '../../src/classifier';
import { readSummary } from '../../src/panel/read-summary';
import { REAL_PAGES } from '../unit/sites/real-pages';
import { BROWSERS } from './support/browsers';
import type { PageHandle } from './support/driver';
import { type FixturePage, fixturePage, REAL_FIXTURE_PAGES } from './support/pages';
import { launchForSuite, serveFixtures } from './support/suite';

const redesign = fixturePage('e2e/linkedin-redesign');
const server = serveFixtures({ pages: [...REAL_FIXTURE_PAGES, redesign] });
const available = REAL_FIXTURE_PAGES.length > 0;
if (!available)
  console.warn('real-pages.e2e: ../shared/real-pages is missing; only the redesign page was checked');

const rowOf = (page: FixturePage) =>
  REAL_PAGES.find((row) => page.id === `real/${row.file.replace(/\.html$/, '')}`)!;
// Single postings the content script reads on its own (the Recruitee page is reached only through "Analyze").
const POSTING_PAGES = REAL_FIXTURE_PAGES.filter((p) => rowOf(p).posting && rowOf(p).adapter !== 'generic');
const byId = (id: string) => REAL_FIXTURE_PAGES.find((p) => p.id === id);
// The captures' own loads, blocked by the frozen-page policy, are the page's noise, not RoleLens's errors.
const BLOCKED_LOAD = /Content.Security.Policy|Refused to|blocked the loading|content blocked/i;

/** What the panel says it read, from its markup: "Title · Company" and the read view's facts. */
async function panelReading(tab: PageHandle): Promise<{ heading: string; line: string; facts: string[] }> {
  const markup = (await tab.panelMarkup()) ?? '';
  const { doc, close } = parsePage(`<!DOCTYPE html><body>${markup}</body>`, 'https://panel.invalid/');
  try {
    const text = (sel: string) => (doc.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const facts = Array.from(doc.querySelectorAll('.read-view dd'), (dd) => (dd.textContent ?? '').trim());
    return { heading: text('h2.headline'), line: text('.posting-title'), facts };
  } finally {
    close();
  }
}

/** The same facts as Node reads them from the same HTML. */
function nodeReading(page: FixturePage): {
  heading: string;
  line: string;
  facts: string[];
  generic: boolean;
} {
  const [posting] = postingsFromHtml(readFileSync(page.file, 'utf8'), page.url);
  if (!posting) throw new Error(`Node reads no posting on ${page.id}`);
  const read = readSummary(posting.text);
  return {
    heading: SHAPE_LABELS[classify({ title: posting.title, text: posting.text }).shape],
    line: `${posting.title}${posting.company ? ` · ${posting.company}` : ''}`,
    facts: [
      posting.title || '—',
      posting.company || '—',
      String(read.words),
      `${read.first}…`,
      ...(read.last ? [`…${read.last}`] : []),
    ],
    generic: posting.source === 'generic',
  };
}

describe.each(BROWSERS)('real pages in %s', (browser) => {
  const driver = launchForSuite(browser, server);

  it('reads a job page whose markup no adapter knows, generically, and says so', async () => {
    const expected = nodeReading(redesign);
    expect(expected.generic).toBe(true);
    const tab = await driver.open(redesign.url);
    await tab.waitForPanel((view) => view.headings[0] === expected.heading, 15_000);
    const seen = await panelReading(tab);
    expect(seen.line).toBe(expected.line);
    expect(seen.facts.slice(0, expected.facts.length)).toEqual(expected.facts);
    expect((await tab.panelMarkup()) ?? '').toContain('Read generically');
    await tab.close();
  });

  it.skipIf(!available).each(POSTING_PAGES.map((p) => [p.id, p] as const))(
    '%s: the panel reads what Node reads',
    async (_id, page) => {
      const expected = nodeReading(page);
      expect(expected.line.startsWith(rowOf(page).posting!.title)).toBe(true);
      const tab = await driver.open(page.url);
      await tab.waitForPanel((view) => view.headings[0] === expected.heading, 15_000);
      const seen = await panelReading(tab);
      expect(seen.heading).toBe(expected.heading);
      expect(seen.line).toBe(expected.line);
      expect(seen.facts.slice(0, expected.facts.length)).toEqual(expected.facts);
      await tab.close();
    },
  );

  it.skipIf(!available)(
    'badges every top-level job comment of the Hacker News thread',
    { timeout: 180_000 },
    async () => {
      const page = byId('real/008-hn')!;
      const tab = await driver.open(page.url);
      const want = rowOf(page).postings!;
      const deadline = Date.now() + 120_000; // a busy machine badges slowly; the count is what is checked
      let badges: string[] = [];
      while (Date.now() < deadline && badges.length < want) {
        badges = (await tab.accessibleNames('button')).filter((name) => name.startsWith('RoleLens: '));
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(badges).toHaveLength(want);
      expect(await tab.panel()).toBeNull();
      await tab.close();
    },
  );

  it.skipIf(!available)('shows nothing on a LinkedIn post, which is no job', async () => {
    const tab = await driver.open(byId('real/021-linkedin-post')!.url);
    await new Promise((r) => setTimeout(r, 4_000)); // past the generic reader's wait
    expect(await tab.panel()).toBeNull();
    expect(
      await tab.accessibleNames('button').then((n) => n.filter((x) => x.startsWith('RoleLens'))),
    ).toEqual([]);
    await tab.close();
  });

  it('logs no extension error and asks for nothing but what the captures themselves link', () => {
    expect(driver.consoleErrors().filter((e) => !BLOCKED_LOAD.test(e))).toEqual([]);
    // The browser reports a capture's own subresources (logos, stylesheets) as requests even as the policy blocks
    // them; any other request, one written in no capture, would be RoleLens's.
    const captures = REAL_FIXTURE_PAGES.map((p) => readFileSync(p.file, 'utf8'));
    // Links may be written scheme-relative ("//cdn…") and with &amp; for &.
    const written = (url: string) => [url, url.replace(/&/g, '&amp;')].map((u) => u.replace(/^https?:/, ''));
    const ownLink = (url: string) => captures.some((html) => written(url).some((u) => html.includes(u)));
    expect(driver.foreignRequests().filter((url) => !ownLink(url))).toEqual([]);
  });
});

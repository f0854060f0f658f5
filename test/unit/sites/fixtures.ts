// Loads the saved site pages and their expected extractions, parsed by happy-dom as a browser would.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage as parseHtmlPage } from '../../../scripts/lib/html-postings';

export const FIXTURE_ROOT = join(import.meta.dirname, '../../fixtures/sites');

export interface ExpectedPosting {
  key?: string;
  title: string;
  company?: string;
  location?: string;
  source: 'json-ld' | 'markup';
  contains: string[];
  notContains?: string[];
  truncated?: boolean;
}

export interface Fixture {
  site: string;
  name: string;
  html: string;
  url: string;
  adapter: string;
  /** Expected postings in page order; empty when the page has none. */
  postings: ExpectedPosting[];
  /** Phrases no posting on the page may contain (replies, navigation). */
  notContains: string[];
}

interface ExpectedFile extends Partial<ExpectedPosting> {
  url: string;
  adapter: string;
  postings?: ExpectedPosting[];
  none?: boolean;
}

export function loadFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const site of readdirSync(FIXTURE_ROOT).sort()) {
    for (const file of readdirSync(join(FIXTURE_ROOT, site)).sort()) {
      if (!file.endsWith('.html')) continue;
      const name = file.replace(/\.html$/, '');
      const html = readFileSync(join(FIXTURE_ROOT, site, file), 'utf8');
      const expected = JSON.parse(
        readFileSync(join(FIXTURE_ROOT, site, `${name}.expected.json`), 'utf8'),
      ) as ExpectedFile;
      const postings = expected.postings ?? (expected.none ? [] : [expected as ExpectedPosting]);
      fixtures.push({
        site,
        name,
        html,
        url: expected.url,
        adapter: expected.adapter,
        postings,
        notContains: expected.postings ? (expected.notContains ?? []) : [],
      });
    }
  }
  return fixtures;
}

/** A document for the HTML at that URL; scripts never run. */
export function parsePage(html: string, url: string): Document {
  return parseHtmlPage(html, url).doc;
}

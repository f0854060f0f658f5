// The sample pages served under real hostnames: the end-to-end tests and `npm start` both use this table.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_PAGES, REAL_PAGES_DIR, realPagesAvailable } from '../../unit/sites/real-pages';

export interface FixturePage {
  /** Short name, used for screenshots. */
  id: string;
  /** The real URL the page is served at. */
  url: string;
  /** The fixture file, relative to the repository root. */
  file: string;
  /** Shown by `npm start`. */
  sample?: boolean;
  /** A real capture: served with its scripts and subresources blocked, as a frozen DOM. */
  frozen?: boolean;
}

interface ExpectedExtraction {
  url?: string;
}

/** Pages shown by `npm start`: a few leadership postings of different shapes on different sites. */
const SAMPLES = new Set([
  'greenhouse/old-layout-cto',
  'lever/vp-engineering',
  'linkedin/view-cto',
  'hacker-news/who-is-hiring',
]);

function sitePages(): FixturePage[] {
  const pages: FixturePage[] = [];
  for (const site of readdirSync('test/fixtures/sites')) {
    for (const file of readdirSync(`test/fixtures/sites/${site}`)) {
      if (!file.endsWith('.expected.json')) continue;
      const name = file.slice(0, -'.expected.json'.length);
      const expected = JSON.parse(
        readFileSync(`test/fixtures/sites/${site}/${file}`, 'utf8'),
      ) as ExpectedExtraction;
      if (!expected.url) continue;
      const id = `${site}/${name}`;
      pages.push({ id, url: expected.url, file: `test/fixtures/sites/${id}.html`, sample: SAMPLES.has(id) });
    }
  }
  return pages;
}

/** Every site fixture at the URL its expectation names, plus pages made for the end-to-end tests. */
export const FIXTURE_PAGES: FixturePage[] = [
  ...sitePages(),
  {
    id: 'e2e/greenhouse-board-index',
    url: 'https://boards.greenhouse.io/acme',
    file: 'test/fixtures/e2e/greenhouse-board-index.html',
  },
  // A "CTO" title over a job that is all running the team: the panel's questions to ask.
  {
    id: 'e2e/greenhouse-mismatch',
    url: 'https://boards.greenhouse.io/pinecrest/jobs/4400015',
    file: 'test/fixtures/e2e/greenhouse-mismatch.html',
  },
  {
    id: 'e2e/linkedin-redesign',
    url: 'https://www.linkedin.com/jobs/view/4099990000/',
    file: 'test/fixtures/e2e/linkedin-redesign.html',
  },
  // The same pages on country domains: LinkedIn's guest view on it., a Glassdoor listing on glassdoor.co.uk.
  {
    id: 'country/linkedin-it',
    url: 'https://it.linkedin.com/jobs/view/chief-technology-officer-at-tidewater-robotics-4012345678',
    file: 'test/fixtures/sites/linkedin/view-cto.html',
  },
  {
    id: 'country/glassdoor-uk',
    url: 'https://www.glassdoor.co.uk/job-listing/vp-engineering-northwind-JV_IC2671300_KO0,14_KE15,24.htm?jl=1009412345678',
    file: 'test/fixtures/sites/glassdoor/job-listing.html',
  },
];

/** The real captures of ../shared/real-pages at their real URLs (none when ../shared is missing). */
export const REAL_FIXTURE_PAGES: FixturePage[] = realPagesAvailable()
  ? REAL_PAGES.map((page) => ({
      id: `real/${page.file.replace(/\.html$/, '')}`,
      url: page.url,
      file: join(REAL_PAGES_DIR, page.file),
      frozen: true,
    }))
  : [];

/** One fixture page by id ('greenhouse/old-layout-cto'); a missing id is a test bug, so it throws. */
export function fixturePage(id: string): FixturePage {
  const page = FIXTURE_PAGES.find((p) => p.id === id);
  if (!page) throw new Error(`no fixture page ${id}`);
  return page;
}

interface ManifestShape {
  content_scripts: { matches: string[] }[];
}

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as ManifestShape;

/** Every host the content script matches (as host-resolver patterns, '*.indeed.com' stays a wildcard) and every
 * fixture page's host, all answered by the fixture server. */
export const FIXTURE_HOSTS: string[] = [
  ...new Set([
    ...manifest.content_scripts.flatMap((s) =>
      s.matches.map((m) => new URL(m.replace('*://', 'https://')).host),
    ),
    ...FIXTURE_PAGES.map((page) => new URL(page.url).hostname),
    ...REAL_PAGES.map((page) => new URL(page.url).hostname),
  ]),
];

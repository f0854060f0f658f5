// Wellfound (ex-AngelList Talent): a Next.js app with hashed CSS-module classes, so match class prefixes.
import { extractPosting } from '../extract';
import { matchesAnyPattern } from '../match-pattern';
import type { SiteAdapter } from '../types';

const TITLE = ['[data-test="JobTitle"]', 'h1'];
const COMPANY = ['[data-test="CompanyName"]', 'a[href^="/company/"] h2', 'a[href^="/company/"]'];
const LOCATION = ['[data-test="JobLocation"]'];
const DESCRIPTION = [
  '[data-test="JobDescription"]',
  '[class*="styles_description__"]',
  '[class*="JobDescription"]',
];
// /jobs/123456-vp-of-engineering and /company/acme/jobs/123456-vp-of-engineering
const JOB_PATH = /\/jobs\/(\d+)/;
// Job pages only: the rest of wellfound.com is profiles and search.
const PATTERNS = ['*://wellfound.com/jobs*', '*://wellfound.com/company/*/jobs*'];

export const wellfoundAdapter: SiteAdapter = {
  id: 'wellfound',
  name: 'Wellfound',
  exampleUrls: [
    'https://wellfound.com/jobs/3012345-vp-of-engineering',
    'https://wellfound.com/company/tidewater-robotics/jobs/3012346-chief-technology-officer',
  ],
  matchPatterns: PATTERNS,
  matches: (url) => matchesAnyPattern(url, PATTERNS),
  isPostingUrl: (url) => JOB_PATH.test(url.pathname),
  extract(doc, url) {
    const id = JOB_PATH.exec(url.pathname)?.[1];
    if (!id) return null;
    return extractPosting(doc, {
      key: `wellfound:${id}`,
      selectors: { title: TITLE, company: COMPANY, location: LOCATION, description: DESCRIPTION },
    });
  },
};

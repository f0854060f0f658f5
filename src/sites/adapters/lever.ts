// Lever hosted postings: .posting-headline header, description sections in .section-wrapper.
import { extractPosting, urlKey } from '../extract';
import { matchesAnyPattern } from '../match-pattern';
import type { SiteAdapter } from '../types';

const TITLE = ['.posting-headline h2', '[data-qa="posting-name"]', 'h2'];
const LOCATION = ['.posting-categories .location', '.posting-categories .sort-by-location', '.location'];
// The description lives in the page-full-width wrapper(s); the apply form sits in its own section.
const DESCRIPTION = [
  '.posting-page .section-wrapper.page-full-width:not(.accent-section)',
  '[data-qa="job-description"]',
  '.posting-page .content',
  '.section-wrapper',
];
const EXCLUDE = ['.last-section-apply', '[data-qa="btn-apply-bottom"]', '.postings-btn-wrapper'];
const COMPANY_LOGO = ['.main-header-logo img'];
const PATTERNS = ['*://jobs.lever.co/*', '*://jobs.eu.lever.co/*'];
const JOB_PATH = /^\/([^/]+)\/([0-9a-f-]{36})/i;

export const leverAdapter: SiteAdapter = {
  id: 'lever',
  name: 'Lever',
  exampleUrls: [
    'https://jobs.lever.co/harborline/3f2a9c1e-5b7d-4e8a-9c0f-1a2b3c4d5e6f',
    'https://jobs.eu.lever.co/kestrel/0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9',
  ],
  matchPatterns: PATTERNS,
  matches: (url) => matchesAnyPattern(url, PATTERNS),
  isPostingUrl: (url) => JOB_PATH.test(url.pathname),
  extract(doc, url) {
    const match = JOB_PATH.exec(url.pathname);
    const logoAlt = doc
      .querySelector(COMPANY_LOGO[0]!)
      ?.getAttribute('alt')
      ?.replace(/\s*logo$/i, '');
    return extractPosting(doc, {
      key: match ? `lever:${match[2]!.toLowerCase()}` : urlKey(url),
      selectors: { title: TITLE, location: LOCATION, description: DESCRIPTION, exclude: EXCLUDE },
      company: logoAlt || match?.[1],
    });
  },
};

// Workable hosted postings (apply.workable.com): a React app marked up with data-ui attributes.
import { extractPosting, urlKey } from '../extract';
import { matchesAnyPattern } from '../match-pattern';
import type { SiteAdapter } from '../types';

const TITLE = ['[data-ui="job-title"]', 'h1'];
const COMPANY = ['[data-ui="company-name"]'];
const LOCATION = ['[data-ui="job-location"]'];
// Workable splits the posting into description, requirements and benefits sections, side by side.
const DESCRIPTION = [
  '[data-ui="job-description"], [data-ui="job-requirements"], [data-ui="job-benefits"]',
  'main section',
];
const JOB_PATH = /^\/([^/]+)\/j\/([0-9A-F]+)/i;
const PATTERNS = ['*://apply.workable.com/*'];

export const workableAdapter: SiteAdapter = {
  id: 'workable',
  name: 'Workable',
  exampleUrls: ['https://apply.workable.com/meridian-health/j/4C1D2E3F5A/'],
  matchPatterns: PATTERNS,
  matches: (url) => matchesAnyPattern(url, PATTERNS),
  isPostingUrl: (url) => JOB_PATH.test(url.pathname),
  extract(doc, url) {
    const match = JOB_PATH.exec(url.pathname);
    return extractPosting(doc, {
      key: match ? `workable:${match[1]}:${match[2]!.toUpperCase()}` : urlKey(url),
      selectors: {
        title: TITLE,
        company: COMPANY,
        location: LOCATION,
        description: DESCRIPTION,
        allSections: true,
      },
      company: match?.[1],
    });
  },
};

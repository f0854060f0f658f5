// Ashby: the page is a JS app; the server HTML carries the posting as JSON-LD, the markup comes later.
import { extractPosting, urlKey } from '../extract';
import { matchesAnyPattern } from '../match-pattern';
import type { SiteAdapter } from '../types';

const TITLE = ['.ashby-job-posting-heading', 'h1'];
const DESCRIPTION = ['.ashby-job-posting-content', '[class*="_descriptionText"]', '[class*="_description_"]'];
const JOB_PATH = /^\/([^/]+)\/([0-9a-f-]{36})/i;
const PATTERNS = ['*://jobs.ashbyhq.com/*'];

export const ashbyAdapter: SiteAdapter = {
  id: 'ashby',
  name: 'Ashby',
  exampleUrls: ['https://jobs.ashbyhq.com/quillworks/6b1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e'],
  matchPatterns: PATTERNS,
  matches: (url) => matchesAnyPattern(url, PATTERNS),
  isPostingUrl: (url) => JOB_PATH.test(url.pathname),
  extract(doc, url) {
    const match = JOB_PATH.exec(url.pathname);
    return extractPosting(doc, {
      key: match ? `ashby:${match[2]!.toLowerCase()}` : urlKey(url),
      selectors: { title: TITLE, description: DESCRIPTION },
      company: match?.[1],
    });
  },
};

// Greenhouse hosted boards, old (#app_body) and new (job-boards, .job__description) layouts.
import { extractPosting, urlKey } from '../extract';
import { matchesAnyPattern } from '../match-pattern';
import type { SiteAdapter } from '../types';

// Old layout: #app_body > #header (h1.app-title, .company-name, .location) + #content; new: .job__*.
const TITLE = ['.job__title h1', 'h1.section-header', '#header h1.app-title', 'h1.app-title', 'h1'];
const COMPANY = ['#header .company-name', '.company-name'];
const LOCATION = ['.job__location', '#header .location', '.location'];
const DESCRIPTION = ['.job__description', '#content', '#app_body'];
// Hosts that serve nothing but job boards; the board's index links to its postings without a page load.
const PATTERNS = [
  '*://boards.greenhouse.io/*',
  '*://boards.eu.greenhouse.io/*',
  '*://job-boards.greenhouse.io/*',
  '*://job-boards.eu.greenhouse.io/*',
];
const JOB_PATH = /^\/([^/]+)\/jobs\/(\d+)/;

/** "Job Application for CTO at Acme" → "Acme" (the new layout names the company only in <title>). */
function companyFromTitle(doc: Document): string | undefined {
  const match = /\bat\s+(.+?)\s*$/.exec(doc.title);
  return match?.[1];
}

export const greenhouseAdapter: SiteAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  exampleUrls: [
    'https://boards.greenhouse.io/northwind/jobs/4012345',
    'https://job-boards.greenhouse.io/lumenlabs/jobs/5123456',
    'https://job-boards.eu.greenhouse.io/fjordpay/jobs/4400001',
  ],
  matchPatterns: PATTERNS,
  matches: (url) => matchesAnyPattern(url, PATTERNS),
  isPostingUrl: (url) =>
    JOB_PATH.test(url.pathname) || url.searchParams.has('token') || url.searchParams.has('gh_jid'),
  extract(doc, url) {
    const match = JOB_PATH.exec(url.pathname);
    const token = url.searchParams.get('token') ?? url.searchParams.get('gh_jid');
    const key = match ? `greenhouse:${match[1]}:${match[2]}` : token ? `greenhouse:${token}` : urlKey(url);
    const posting = extractPosting(doc, {
      key,
      selectors: { title: TITLE, company: COMPANY, location: LOCATION, description: DESCRIPTION },
      company: companyFromTitle(doc) ?? match?.[1],
    });
    // The old layout writes "at Acme" in .company-name.
    return posting && { ...posting, company: posting.company?.replace(/^at\s+/i, '') };
  },
};

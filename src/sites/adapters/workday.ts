// Workday career sites (*.myworkdayjobs.com): a JS app that tags its parts with data-automation-id.
import { extractPosting, urlKey } from '../extract';
import { matchesAnyPattern } from '../match-pattern';
import type { SiteAdapter } from '../types';

const TITLE = ['[data-automation-id="jobPostingHeader"]', 'h2[data-automation-id="jobPostingHeader"]', 'h1'];
const LOCATION = ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'];
const DESCRIPTION = [
  '[data-automation-id="jobPostingDescription"]',
  '[data-automation-id="job-posting-details"]',
];
const COMPANY = ['[data-automation-id="company"]'];
// /<site>/job/<location>/<title>_<requisition id>
const JOB_PATH = /\/job\/.*_([A-Za-z0-9-]+)\/?$/;
// Career-site hosts only; the app moves from the list to a posting without a page load, so the whole host.
const PATTERNS = ['*://*.myworkdayjobs.com/*'];

/** "northwind.wd5.myworkdayjobs.com" → "Northwind" (Workday pages rarely name the company in text). */
function tenantName(url: URL): string {
  const tenant = url.hostname.split('.')[0] ?? '';
  return tenant.charAt(0).toUpperCase() + tenant.slice(1);
}

export const workdayAdapter: SiteAdapter = {
  id: 'workday',
  name: 'Workday',
  exampleUrls: [
    'https://northwind.wd5.myworkdayjobs.com/en-US/Careers/job/Remote-USA/Vice-President--Engineering_R-10234',
    'https://contoso.wd1.myworkdayjobs.com/External/job/Seattle-WA/Chief-Technology-Officer_JR0042',
  ],
  matchPatterns: PATTERNS,
  matches: (url) => matchesAnyPattern(url, PATTERNS),
  isPostingUrl: (url) => JOB_PATH.test(url.pathname),
  extract(doc, url) {
    const id = JOB_PATH.exec(url.pathname)?.[1];
    return extractPosting(doc, {
      key: id ? `workday:${url.hostname.split('.')[0]}:${id}` : urlKey(url),
      selectors: { title: TITLE, company: COMPANY, location: LOCATION, description: DESCRIPTION },
      prefer: 'markup', // the app navigates between postings without a page load
      company: tenantName(url),
    });
  },
};

// Indeed: /viewjob?jk= pages and the search page's right-hand pane (?vjk=).
import { extractPosting } from '../extract';
import { matchesAnyPattern } from '../match-pattern';
import type { SiteAdapter } from '../types';

const PANE = ['#jobsearch-ViewjobPaneWrapper', '#jobsearch-ViewJobPaneWrapper', '.jobsearch-RightPane'];
const TITLE = [
  'h1.jobsearch-JobInfoHeader-title',
  '[data-testid="jobsearch-JobInfoHeader-title"]',
  'h2[data-testid="simpler-jobTitle"]',
  '[data-testid="jobDetailTitle"]',
  '.jobsearch-JobInfoHeader-title',
];
const COMPANY = [
  '[data-testid="inlineHeader-companyName"]',
  '[data-company-name="true"]',
  '.jobsearch-JobInfoHeader-companyNameSimple',
  '.jobsearch-JobInfoHeader-companyNameLink',
  '[data-testid="jobDetailSubtitle"]',
];
const LOCATION = [
  '[data-testid="inlineHeader-companyLocation"]',
  '[data-testid="job-location"]',
  '#jobLocationText',
];
// Indeed clamps the description with CSS; #jobDescriptionText holds all of it.
const DESCRIPTION = [
  '#jobDescriptionText',
  '[data-testid="jobDetailDescription"]',
  '.jobsearch-jobDescriptionText',
];

// Every country site is <cc>.indeed.com. Postings show at /viewjob and in the pane of search pages: /jobs?q=,
// /q-…-jobs.html, /l-…-jobs.html and a company's /cmp/<name>/jobs.
const PATTERNS = ['*://*.indeed.com/viewjob*', '*://*.indeed.com/m/viewjob*', '*://*.indeed.com/*jobs*'];

const jobIdOf = (url: URL) => url.searchParams.get('jk') ?? url.searchParams.get('vjk');

export const indeedAdapter: SiteAdapter = {
  id: 'indeed',
  name: 'Indeed',
  exampleUrls: [
    'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718',
    'https://www.indeed.com/jobs?q=vp+engineering&l=Remote&vjk=0f1e2d3c4b5a6978',
    'https://uk.indeed.com/viewjob?jk=1122334455667788',
    'https://ie.indeed.com/viewjob?jk=b01e81f251da6b99',
    'https://au.indeed.com/q-engineering-manager-jobs.html?vjk=3c4d5e6f7a8b9c0d',
  ],
  matchPatterns: PATTERNS,
  matches: (url) => matchesAnyPattern(url, PATTERNS),
  isPostingUrl: (url) => !!jobIdOf(url),
  extract(doc, url) {
    const id = jobIdOf(url);
    if (!id) return null;
    const posting = extractPosting(doc, {
      key: `indeed:${id}`,
      selectors: { root: PANE, title: TITLE, company: COMPANY, location: LOCATION, description: DESCRIPTION },
      prefer: 'markup',
      jsonLd: url.pathname.startsWith('/viewjob'),
    });
    // The title carries a screen-reader suffix, "- job post".
    return posting && { ...posting, title: posting.title.replace(/\s*-\s*job post\s*$/i, '') };
  },
};

// Glassdoor job listings: CSS-module class names (JobDetails_jobDescription__x1y2z), so match prefixes.
import { extractPosting, urlKey } from '../extract';
import { matchesAnyPattern } from '../match-pattern';
import type { SiteAdapter } from '../types';

const PANE = ['[class*="JobDetails_jobDetailsContainer"]', '[data-test="job-details"]'];
const TITLE = ['h1[id^="jd-job-title"]', '[data-test="job-title"]', 'h1'];
const COMPANY = [
  '[class*="EmployerProfile_employerNameHeading"] h4',
  '[data-test="employer-name"]',
  '[class*="EmployerProfile_employerName"]',
];
const LOCATION = ['[data-test="location"]'];
// The full text is in the DOM; "Show more" only lifts a CSS clamp.
const DESCRIPTION = [
  '[class*="JobDetails_jobDescription"]',
  '.jobDescriptionContent',
  '#JobDescriptionContainer',
];
const EXCLUDE = ['[class*="JobDetails_showMoreWrapper"]'];
// Rating digits follow the employer name ("Northwind4.2"); keep the name.
const RATING_SUFFIX = /\s*\d(\.\d)?\s*★?\s*$/;

// Glassdoor's country sites, each on its own domain; postings show at /job-listing/ and in the pane of the job
// search (/Job/, and /Emploi/ on the French site) and of a company's /Jobs/ page.
const DOMAINS = [
  'glassdoor.com',
  'glassdoor.co.uk',
  'glassdoor.co.in',
  'glassdoor.ca',
  'glassdoor.de',
  'glassdoor.fr',
  'glassdoor.com.au',
  'glassdoor.ie',
  'glassdoor.nl',
  'glassdoor.be',
  'glassdoor.at',
  'glassdoor.ch',
  'glassdoor.es',
  'glassdoor.it',
  'glassdoor.co.nz',
  'glassdoor.sg',
  'glassdoor.com.hk',
  'glassdoor.com.br',
  'glassdoor.com.mx',
  'glassdoor.com.ar',
];
const PATHS = ['/job-listing/*', '/Job/*', '/Jobs/*', '/Emploi/*', '/partner/jobListing.htm*'];
const PATTERNS = DOMAINS.flatMap((domain) => PATHS.map((path) => `*://*.${domain}${path}`));

const jobIdOf = (url: URL) =>
  url.searchParams.get('jl') ?? url.searchParams.get('jobListingId') ?? /_JL(\d+)/.exec(url.pathname)?.[1];

export const glassdoorAdapter: SiteAdapter = {
  id: 'glassdoor',
  name: 'Glassdoor',
  exampleUrls: [
    'https://www.glassdoor.com/job-listing/vp-engineering-northwind-JV_IC1147401_KO0,14_KE15,24.htm?jl=1009412345678',
    'https://www.glassdoor.com/Job/remote-cto-jobs-SRCH_IL.0,6_IS11047_KO7,10.htm?jl=1009412345679',
    'https://www.glassdoor.co.uk/job-listing/head-of-engineering-fenwick-JV_IC2671300_KO0,19_KE20,27.htm?jl=1009412345680',
    'https://www.glassdoor.com.au/job-listing/cto-kestrel-JV_KO0,3_KE4,11.htm?jl=1009412345681',
  ],
  matchPatterns: PATTERNS,
  matches: (url) => matchesAnyPattern(url, PATTERNS),
  isPostingUrl: (url) => !!jobIdOf(url) || url.pathname.startsWith('/job-listing/'),
  extract(doc, url) {
    const id = jobIdOf(url);
    const posting = extractPosting(doc, {
      key: id ? `glassdoor:${id}` : urlKey(url),
      selectors: {
        root: PANE,
        title: TITLE,
        company: COMPANY,
        location: LOCATION,
        description: DESCRIPTION,
        exclude: EXCLUDE,
      },
      prefer: 'markup', // the search page swaps the pane without reloading
    });
    return posting && { ...posting, company: posting.company?.replace(RATING_SUFFIX, '') || undefined };
  },
};

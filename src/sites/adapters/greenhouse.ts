// Greenhouse hosted boards, old (#app_body) and new (job-boards, .job__description) layouts.
import { extractPosting, urlKey } from '../extract';
import type { SiteAdapter } from '../types';

// Old layout: #app_body > #header (h1.app-title, .company-name, .location) + #content; new: .job__*.
const TITLE = ['.job__title h1', 'h1.section-header', '#header h1.app-title', 'h1.app-title', 'h1'];
const COMPANY = ['#header .company-name', '.company-name'];
const LOCATION = ['.job__location', '#header .location', '.location'];
const DESCRIPTION = ['.job__description', '#content', '#app_body'];
const HOSTS = /^(boards|job-boards|job-boards\.eu)\.greenhouse\.io$/;
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
  matches: (url) => HOSTS.test(url.hostname),
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

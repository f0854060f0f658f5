// Every site adapter, and the lookup the content script and CLI use. Nothing here touches the DOM.
import { ashbyAdapter } from './adapters/ashby';
import { glassdoorAdapter } from './adapters/glassdoor';
import { greenhouseAdapter } from './adapters/greenhouse';
import { hackerNewsAdapter } from './adapters/hacker-news';
import { indeedAdapter } from './adapters/indeed';
import { leverAdapter } from './adapters/lever';
import { linkedinAdapter } from './adapters/linkedin';
import { smartRecruitersAdapter } from './adapters/smartrecruiters';
import { wellfoundAdapter } from './adapters/wellfound';
import { workableAdapter } from './adapters/workable';
import { workdayAdapter } from './adapters/workday';
import { hostInPatterns } from './match-pattern';
import type { SiteAdapter } from './types';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  linkedinAdapter,
  indeedAdapter,
  greenhouseAdapter,
  leverAdapter,
  ashbyAdapter,
  workableAdapter,
  wellfoundAdapter,
  glassdoorAdapter,
  workdayAdapter,
  smartRecruitersAdapter,
  hackerNewsAdapter,
];

/** The adapter for a hiring-site URL, or null (the popup then falls back to `genericAdapter`). */
export function adapterFor(url: URL | string): SiteAdapter | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  return SITE_ADAPTERS.find((adapter) => adapter.matches(parsed)) ?? null;
}

/** Every match pattern of every site: the manifest's content-script matches. */
export const SITE_MATCH_PATTERNS: readonly string[] = SITE_ADAPTERS.flatMap(
  (adapter) => adapter.matchPatterns,
);

/** Whether the URL is on a supported site's host but outside its job pages (a LinkedIn post, Indeed's home page):
 * such a page is no posting, and the generic reader must not make one of it. */
export function onSiteOutsideJobs(url: URL): boolean {
  return adapterFor(url) === null && SITE_ADAPTERS.some((a) => hostInPatterns(url, a.matchPatterns));
}

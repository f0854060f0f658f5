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

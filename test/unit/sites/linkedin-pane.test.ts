// The LinkedIn pane follows currentJobId: while it still shows the previous job, there is no posting yet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkedinAdapter } from '../../../src/sites/adapters/linkedin';
import { FIXTURE_ROOT, parsePage } from './fixtures';

const html = readFileSync(join(FIXTURE_ROOT, 'linkedin/search-pane.html'), 'utf8');

describe('LinkedIn search pane', () => {
  it('reads the job named by currentJobId', () => {
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4023456789';
    expect(linkedinAdapter.extract(parsePage(html, url), new URL(url))?.key).toBe('linkedin:4023456789');
  });

  it('waits while the pane still shows another job', () => {
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4034567890';
    expect(linkedinAdapter.extract(parsePage(html, url), new URL(url))).toBeNull();
  });

  it('has nothing to read on a search page with no job selected', () => {
    const url = 'https://www.linkedin.com/jobs/search/?keywords=cto';
    expect(linkedinAdapter.extract(parsePage(html, url), new URL(url))).toBeNull();
  });

  it('waits while the 2026 layout still keys its sections to the previous job', () => {
    const view = readFileSync(join(FIXTURE_ROOT, 'linkedin/view-2026.html'), 'utf8');
    const shown = 'https://www.linkedin.com/jobs/search/?currentJobId=4400000001';
    const next = 'https://www.linkedin.com/jobs/search/?currentJobId=4400000009';
    expect(linkedinAdapter.extract(parsePage(view, shown), new URL(shown))?.key).toBe('linkedin:4400000001');
    expect(linkedinAdapter.extract(parsePage(view, next), new URL(next))).toBeNull();
  });
});

// Match patterns read as browsers read them: host wildcards, path-and-query globs, nothing else.
import { describe, expect, it } from 'vitest';
import { hostInPatterns, matchesAnyPattern, matchesPattern } from '../../../src/sites/match-pattern';

const at = (url: string) => new URL(url);

describe('matchesPattern', () => {
  it.each([
    ['*://*.indeed.com/viewjob*', 'https://ie.indeed.com/viewjob?jk=1', true],
    ['*://*.indeed.com/viewjob*', 'https://indeed.com/viewjob', true],
    ['*://*.indeed.com/viewjob*', 'https://notindeed.com/viewjob', false],
    ['*://*.indeed.com/viewjob*', 'https://www.indeed.com.evil.example/viewjob', false],
    ['*://*.indeed.com/*jobs*', 'https://www.indeed.com/q-cto-l-remote-jobs.html?vjk=2', true],
    ['*://*.indeed.com/*jobs*', 'https://www.indeed.com/?from=jobs', true],
    ['*://*.indeed.com/*jobs*', 'https://www.indeed.com/career-advice', false],
    ['*://wellfound.com/company/*/jobs*', 'https://wellfound.com/company/acme/jobs/1-cto', true],
    ['*://wellfound.com/company/*/jobs*', 'https://wellfound.com/company/acme', false],
    ['*://news.ycombinator.com/item*', 'http://news.ycombinator.com/item?id=1', true],
    ['*://news.ycombinator.com/item*', 'ftp://news.ycombinator.com/item', false],
    ['*://jobs.lever.co/*', 'https://jobs.lever.co/', true],
  ])('%s on %s: %s', (pattern, url, expected) => {
    expect(matchesPattern(at(url), pattern)).toBe(expected);
  });

  it('does not let one glob piece overlap the next', () => {
    // "/a*a" needs two a's: one "a" cannot serve as both the start and the end.
    expect(matchesPattern(at('https://x.example/a'), '*://x.example/a*a')).toBe(false);
    expect(matchesPattern(at('https://x.example/aa'), '*://x.example/a*a')).toBe(true);
  });

  it('answers on a 150 KB path full of near-misses (indexOf pieces, no backtracking)', () => {
    const url = at(`https://www.indeed.com/${'job'.repeat(50_000)}`);
    expect(matchesAnyPattern(url, ['*://*.indeed.com/*jobs*x*'])).toBe(false);
  });
});

describe('hostInPatterns', () => {
  it('names the host whatever the path', () => {
    expect(hostInPatterns(at('https://uk.linkedin.com/feed/'), ['*://*.linkedin.com/jobs/*'])).toBe(true);
    expect(hostInPatterns(at('https://example.com/jobs/'), ['*://*.linkedin.com/jobs/*'])).toBe(false);
  });
});

// `classify --url URL FILE.html`: saved pages read by the site's adapter, one verdict per posting.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../scripts/lib/classify-cli';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/rolelens.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('classify --url', () => {
  it('gives one verdict per job comment of a Hacker News thread, replies left out', () => {
    const r = run(
      '--json',
      '--url',
      'https://news.ycombinator.com/item?id=43000000',
      'test/fixtures/sites/hacker-news/who-is-hiring.html',
    );
    expect(r.code).toBe(0);
    const verdicts = r.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(verdicts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(verdicts.map((v) => v.posting.key)).size).toBe(verdicts.length);
    for (const v of verdicts) expect(v.posting.key).toMatch(/^hn:\d+$/);
    expect(verdicts.some((v) => v.shape === 'cto')).toBe(true);
  }, 120_000); // a process that parses a page: slow on a busy 2-core machine

  it('reads a Greenhouse page with its adapter and reports the posting it read', () => {
    const r = run(
      '--json',
      '--url',
      'https://boards.greenhouse.io/northwind/jobs/4012345',
      'test/fixtures/sites/greenhouse/old-layout-cto.html',
    );
    const [verdict] = r.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(verdict.posting).toMatchObject({
      title: 'Chief Technology Officer',
      company: 'Northwind Analytics',
    });
    expect(verdict.shape).toBe('cto');
  }, 120_000); // a process that parses a page: slow on a busy 2-core machine

  it('says so on stderr and exits non-zero when a page holds no posting, and still reads the other files', () => {
    const r = run(
      '--url',
      'https://boards.greenhouse.io/acme',
      'test/fixtures/e2e/greenhouse-board-index.html',
      'test/fixtures/sites/greenhouse/old-layout-cto.html',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no job posting found');
    expect(r.stdout).toContain('Chief Technology Officer');
  }, 120_000); // a process that parses a page: slow on a busy 2-core machine

  it('refuses a URL that is not one', () => {
    expect(() => parseArgs(['--url', 'not a url', 'a.html'])).toThrow(UsageError);
  });
});

// `classify --json --url` on every real capture, against the same table as the adapters: the title, company, where
// the text starts and ends, and a verdict that is the classifier's on the very text printed as posting.text.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier';
import { REAL_PAGES, REAL_PAGES_DIR, realPagesAvailable, wordsOf } from './real-pages';

const ROOT = join(import.meta.dirname, '../../..');
const run = promisify(execFile);

interface CliLine {
  posting: { title: string; company: string | null; source: string; text: string };
  shape: string;
}

async function cli(url: string, file: string): Promise<CliLine[]> {
  const args = ['bin/rolelens.js', '--json', '--url', url, join(REAL_PAGES_DIR, file)];
  try {
    const { stdout } = await run(process.execPath, args, {
      cwd: ROOT,
      maxBuffer: 64 << 20,
    });
    return stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as CliLine);
  } catch (err) {
    // No posting found: exit code 1 and nothing on stdout.
    const { stdout } = err as { stdout?: string };
    if (stdout === '') return [];
    throw err;
  }
}

describe.skipIf(!realPagesAvailable())('classify --json --url on the real captures', () => {
  it('gives what the adapters give, page by page', { timeout: 600_000 }, async () => {
    const pending = [...REAL_PAGES];
    const failures: string[] = [];
    // Two at a time: each run loads a DOM and parses up to 1.5 MB.
    const worker = async () => {
      for (let page = pending.shift(); page; page = pending.shift()) {
        const lines = await cli(page.url, page.file);
        const got = lines.map((l) => ({
          title: l.posting.title,
          company: l.posting.company,
          source: l.posting.source,
          first: wordsOf(l.posting.text)
            .slice(0, wordsOf(page.posting?.first ?? '').length)
            .join(' '),
          last: wordsOf(l.posting.text)
            .slice(-wordsOf(page.posting?.last ?? '').length)
            .join(' '),
          shape: l.shape,
          // The verdict on the text the command line printed, so text and verdict are checked together.
          reclassified: classify({ title: l.posting.title, text: l.posting.text }).shape,
        }));
        const want = page.posting
          ? [{ ...page.posting, shape: got[0]?.reclassified, reclassified: got[0]?.reclassified }]
          : [];
        const ok =
          page.postings !== undefined
            ? got.length === page.postings
            : JSON.stringify(got) === JSON.stringify(want);
        if (!ok) failures.push(`${page.file}: ${JSON.stringify(got[0])}`);
      }
    };
    await Promise.all([worker(), worker()]);
    expect(failures).toEqual([]);
  });
});

// The command line: argument parsing, the JSON-lines batch format, the readable report, and the process itself.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonlVerdict, parseArgs, parseJsonlLine, UsageError } from '../../../scripts/lib/classify-cli';
import { formatReport } from '../../../scripts/lib/verdict-report';
import { classify } from '../../../src/classifier';
import { MAX_TITLE } from '../../../src/sites/text';

const ROOT = join(__dirname, '../../..');
const FIXTURE = 'test/fixtures/postings/mismatch-cto-reads-vpeng.txt';

function run(args: string[], input?: string) {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/classify.ts', ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('parseArgs', () => {
  it('reads flags, the title and files', () => {
    expect(parseArgs(['--json', '--title', 'CTO', 'a.txt', '-'])).toEqual({
      json: true,
      jsonl: false,
      title: 'CTO',
      files: ['a.txt', '-'],
      help: false,
    });
    expect(parseArgs(['--jsonl']).jsonl).toBe(true);
  });
  it('rejects what it does not understand', () => {
    expect(() => parseArgs([])).toThrow(UsageError);
    expect(() => parseArgs(['--bogus', 'a.txt'])).toThrow(/unknown option/);
    expect(() => parseArgs(['--title'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--jsonl', 'a.txt'])).toThrow(UsageError);
  });
  it('hands the classifier at most MAX_TITLE characters of a title, from an argument or a batch line', () => {
    const long = `Head of ${'product and '.repeat(832)}word`;
    expect(parseArgs(['--title', long, 'a.txt']).title).toHaveLength(MAX_TITLE);
    expect(parseArgs([`--title=${long}`, 'a.txt']).title).toHaveLength(MAX_TITLE);
    const line = parseJsonlLine(JSON.stringify({ id: 1, title: long, text: 'x' }));
    expect(typeof line !== 'string' && line.title).toHaveLength(MAX_TITLE);
  });
});

describe('parseJsonlLine', () => {
  it('accepts {"id","title","text"} and explains what is wrong otherwise', () => {
    expect(parseJsonlLine('{"id":7,"title":"CTO","text":"x"}')).toEqual({ id: 7, title: 'CTO', text: 'x' });
    expect(parseJsonlLine('{"id":"a","text":"x"}')).toEqual({ id: 'a', text: 'x' });
    expect(parseJsonlLine('nope')).toMatch(/^not valid JSON/);
    expect(parseJsonlLine('[1]')).toMatch(/expected an object/);
    expect(parseJsonlLine('{"id":1,"text":3}')).toMatch(/"text" must be a string/);
  });
  it('writes the id first, then the verdict', () => {
    const line = jsonlVerdict('x1', classify({ text: 'hello' }));
    expect(line.startsWith('{"id":"x1","shape":"unknown"')).toBe(true);
  });
});

describe('formatReport', () => {
  it('shows the verdict, shares, mismatch and reasons', () => {
    const report = formatReport(
      'p.txt',
      classify({
        title: 'CTO',
        text:
          'Responsibilities:\n' +
          '- Hire engineers, run one-on-ones and own the engineering budget and headcount plan.\n'.repeat(8),
      }),
    );
    expect(report).toMatch(/VP-Eng-shaped/);
    expect(report).toMatch(/External \d+% \/ internal \d+%/);
    expect(report).toMatch(/Mismatch: Titled CTO, reads VP-Eng-shaped/);
    expect(report).toMatch(/Top evidence:\n {4}\+/);
  });
});

describe('the process', () => {
  it('classifies files, reports a missing one on stderr and exits non-zero', () => {
    const r = run(['--title', 'Chief Technology Officer', FIXTURE, 'no/such/file.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no\/such\/file\.txt: no such file/);
    expect(r.stdout).toMatch(/Titled Chief Technology Officer, reads VP-Eng-shaped/);
  });
  it('reads standard input with "-" and prints JSON with --json', () => {
    const r = run(['--json', '-'], 'too short');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: '(standard input)', shape: 'unknown' });
  });
  it('batches JSON lines, keeping ids and going past a malformed line', () => {
    const input = ['{"id":"a","title":"CTO","text":"hi"}', '{oops', '', '{"id":2,"text":"x"}'].join('\n');
    const r = run(['--jsonl'], input);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['a', 2]);
  });
});

// The command line: argument parsing, the JSON-lines batch format, the readable report, and the process itself.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonlVerdict, parseArgs, parseJsonlLine, UsageError } from '../../../scripts/lib/classify-cli';
import { formatReport } from '../../../scripts/lib/verdict-report';
import { classify } from '../../../src/classifier';
import { MAX_TITLE } from '../../../src/sites/text';

const ROOT = join(__dirname, '../../..');
const FIXTURE = 'test/fixtures/postings/mismatch-cto-reads-vpeng.txt';

// The built command line, as `rolelens` runs it (the global setup builds it).
function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['bin/rolelens.js', ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 << 20,
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
      version: false,
    });
    expect(parseArgs(['--jsonl']).jsonl).toBe(true);
  });
  it('rejects what it does not understand', () => {
    expect(() => parseArgs([])).toThrow(UsageError);
    expect(() => parseArgs(['--bogus', 'a.txt'])).toThrow(/unknown option/);
    expect(() => parseArgs(['--title'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--jsonl', 'a.txt'])).toThrow(UsageError);
    expect(() => parseArgs(['--jsonl', '--threads', '0'])).toThrow(/whole number/);
    expect(() => parseArgs(['--threads', '2', 'a.txt'])).toThrow(/goes with --jsonl/);
    expect(parseArgs(['--jsonl', '--threads=3']).threads).toBe(3);
    expect(parseArgs(['--version']).version).toBe(true);
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

describe('rolelens, the built command line', () => {
  it('prints its usage with --help and its version with --version, and exits 0', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: rolelens/);
    expect(help.stdout).toMatch(/Exit codes:/);
    const version = run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^rolelens \d+\.\d+\.\d+/);
  });
  it('exits 2 on a usage error without reading anything', () => {
    const r = run(['--bogus', FIXTURE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown option --bogus/);
  });
  it('classifies every .txt, .md and .html file in a folder, sub-folders too, and skips other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolelens-'));
    try {
      const text = readFileSync(join(ROOT, FIXTURE), 'utf8');
      mkdirSync(join(dir, 'more'));
      writeFileSync(join(dir, 'a.txt'), text);
      writeFileSync(join(dir, 'more', 'b.md'), text);
      writeFileSync(join(dir, 'notes.csv'), text);
      copyFileSync(join(ROOT, 'test/fixtures/sites/greenhouse/old-layout-cto.html'), join(dir, 'c.html'));
      const r = run(['--json', dir]);
      expect(r.code).toBe(0);
      const lines = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.file)).toEqual([
        join(dir, 'a.txt'),
        join(dir, 'c.html'),
        join(dir, 'more', 'b.md'),
      ]);
      // The page is read as a page: its posting, not its markup, is what gets classified.
      expect(lines[1].posting.text).not.toMatch(/<\w/);
      expect(lines[0].shape).toBe(classify({ text }).shape);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('keeps input order over worker threads on a large --jsonl input and names each malformed line', () => {
    const texts = readdirSync(join(ROOT, 'test/fixtures/postings'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(ROOT, 'test/fixtures/postings', f), 'utf8'));
    const lines: string[] = [];
    for (let i = 0; i < 1500; i++)
      lines.push(i % 500 === 7 ? '{not json' : JSON.stringify({ id: i, text: texts[i % texts.length] }));
    const r = run(['--jsonl', '--threads', '2'], lines.join('\n'));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/line 8: not valid JSON/),
      expect.stringMatching(/line 508: not valid JSON/),
      expect.stringMatching(/line 1008: not valid JSON/),
    ]);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const expected = lines.flatMap((_, i) => (i % 500 === 7 ? [] : [i]));
    expect(out.map((v) => v.id)).toEqual(expected);
    // A worker's verdict is the library's verdict on the same text.
    expect(out[600].shape).toBe(classify({ text: texts[out[600].id % texts.length]! }).shape);
  });
});

describe("the library, import { classify } from 'rolelens'", () => {
  function node(source: string) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', source], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }
  it('gives the same verdict as the classifier', () => {
    const text = readFileSync(join(ROOT, FIXTURE), 'utf8');
    const r = node(
      `import { classify } from 'rolelens'; import { readFileSync } from 'node:fs';
       process.stdout.write(JSON.stringify(classify({ title: 'CTO', text: readFileSync(${JSON.stringify(FIXTURE)}, 'utf8') })));`,
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(classify({ title: 'CTO', text }));
  });
  it('comes with declarations a strict nodenext project type-checks against, and that catch a misuse', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolelens-types-'));
    try {
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(ROOT, join(dir, 'node_modules', 'rolelens'), 'dir');
      writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
      const options = { module: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [] };
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: options, include: ['use.ts'] }),
      );
      const use = `import { classify, type Shape, type Verdict } from 'rolelens';
        const verdict: Verdict = classify({ title: 'CTO', text: 'x' });
        export const shape: Shape = verdict.shape;\n`;
      const tsc = () => spawnSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', dir], { encoding: 'utf8' });
      writeFileSync(join(dir, 'use.ts'), use);
      expect(tsc().stdout).toBe('');
      writeFileSync(join(dir, 'use.ts'), `${use}classify({ txt: 'x' });\n`);
      expect(tsc().stdout).toMatch(/'txt' does not exist in type 'PostingInput'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('exposes only the classifier', () => {
    const r =
      node(`import('rolelens/src/classifier/engine.ts').then(() => console.log('open'), (e) => console.log(e.code));
       import('rolelens').then((m) => console.log(Object.keys(m).join(',')));`);
    expect(r.stdout).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
    expect(r.stdout.trim().split('\n')).toContain('classify');
    expect(r.stdout).not.toMatch(/open/);
  });
});

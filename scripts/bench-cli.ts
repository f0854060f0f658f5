// `npm run bench` (after build:node): the built `rolelens` command line. Start-up to the first verdict for one
// posting (median of repeated runs, beside an empty `node` for what the machine itself costs), then --jsonl
// throughput on 10,000 postings made from test/fixtures/postings, on one thread and on every core.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin/rolelens.js');
const FIXTURES = join(ROOT, 'test/fixtures/postings');
const POSTINGS = 10_000;
const START_RUNS = Number(process.env.BENCH_RUNS ?? 11);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Wall-clock milliseconds of one process, standard input from `stdinFile`; throws if it fails. */
function timed(args: string[], stdinFile?: string): number {
  const stdin = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: [stdin, 'ignore', 'pipe'] });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return ms;
  } finally {
    if (typeof stdin === 'number') closeSync(stdin);
  }
}

interface Fixture {
  file: string;
  title?: string;
}
const listed = (JSON.parse(readFileSync(join(FIXTURES, 'postings.json'), 'utf8')) as { postings: Fixture[] })
  .postings;
// Real-sized postings only: the short Hacker News lines would flatter the throughput.
const postings = listed
  .map((p) => ({ title: p.title, text: readFileSync(join(FIXTURES, p.file), 'utf8') }))
  .filter((p) => p.text.length >= 1500);
const one = join(FIXTURES, 'mismatch-cto-reads-vpeng.txt');

const dir = mkdtempSync(join(tmpdir(), 'rolelens-bench-'));
try {
  const jsonl = join(dir, 'postings.jsonl');
  const lines: string[] = [];
  for (let i = 0; i < POSTINGS; i++) {
    const p = postings[i % postings.length]!;
    lines.push(JSON.stringify({ id: i, ...(p.title ? { title: p.title } : {}), text: p.text }));
  }
  writeFileSync(jsonl, `${lines.join('\n')}\n`);
  const avgChars = Math.round(postings.reduce((s, p) => s + p.text.length, 0) / postings.length);

  console.log(`\nrolelens command line (Node ${process.version}, ${availableParallelism()} cores)`);
  timed([CLI, '--json', one]); // warm the file cache
  // Interleaved, so a change in the machine's load between them falls on both alike.
  const nodeRuns: number[] = [];
  const startRuns: number[] = [];
  for (let run = 0; run < START_RUNS; run++) {
    nodeRuns.push(timed(['-e', '']));
    startRuns.push(timed([CLI, '--json', one]));
  }
  const nodeMs = median(nodeRuns);
  const startMs = median(startRuns);
  console.log(
    `  start-up to the first verdict, one posting   ${startMs.toFixed(0).padStart(6)} ms  (median of ${START_RUNS})`,
  );
  console.log(`  an empty node process, for comparison        ${nodeMs.toFixed(0).padStart(6)} ms`);
  console.log(`  load average while measured                  ${loadavg()[0]!.toFixed(1).padStart(6)}`);
  // BENCH_CLI_START_ONLY=1 measures start-up alone (a minute less).
  if (!process.env.BENCH_CLI_START_ONLY) throughput(jsonl, avgChars);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function throughput(jsonl: string, avgChars: number): void {
  console.log(
    `\n  --jsonl, ${POSTINGS} postings of ${avgChars} characters on average (test/fixtures/postings)`,
  );
  const single = timed([CLI, '--jsonl', '--threads', '1'], jsonl);
  console.log(
    `  one thread          ${((POSTINGS * 1000) / single).toFixed(0).padStart(7)} postings/s  (${(single / 1000).toFixed(1)} s)`,
  );
  const all = timed([CLI, '--jsonl'], jsonl);
  console.log(
    `  all ${availableParallelism()} cores         ${((POSTINGS * 1000) / all).toFixed(0).padStart(7)} postings/s  (${(all / 1000).toFixed(1)} s)`,
  );
}

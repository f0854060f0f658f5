// `npm run bench`: classify() per posting against the floor (one bare precompiled alternation of the same
// phrases over the same text), side by side in one run, medians over repeated rounds; then 100 KB and 1 MB texts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, compiledFor, floorSource } from '../src/classifier';

const DIR = join(import.meta.dirname, '../test/fixtures/postings');
const ROUNDS = 21;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Microseconds per call of fn over every text, as the median of `roundCount` rounds. */
function timePerText(
  texts: readonly string[],
  fn: (text: string) => unknown,
  reps: number,
  roundCount = ROUNDS,
): number {
  const rounds: number[] = [];
  let sink = 0;
  for (let r = 0; r < roundCount; r++) {
    const t0 = performance.now();
    for (let k = 0; k < reps; k++) for (const t of texts) sink += fn(t) ? 1 : 0;
    rounds.push(((performance.now() - t0) * 1000) / (reps * texts.length));
  }
  if (sink < 0) console.log(sink);
  return median(rounds);
}

function countMatches(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
const postings = files.map((f) => readFileSync(join(DIR, f), 'utf8')).filter((t) => t.length >= 1500);
const sources = compiledFor().sources;
// The floor as the issue defines it: the same phrases, one alternation, case-insensitive over the same text.
const floor = new RegExp(floorSource(sources), 'gi');
// A stricter floor: the same alternation without the i flag, over text lower-cased outside the timing.
const floorLower = new RegExp(floorSource(sources), 'g');
const lowered = postings.map((t) => t.toLowerCase());

const avgChars = Math.round(postings.reduce((s, t) => s + t.length, 0) / postings.length);
for (let i = 0; i < 20; i++) {
  for (const t of postings) {
    classify({ text: t });
    countMatches(floor, t);
  }
}

/** How fast this machine reads characters at all: one JS pass hashing words, no lookups. */
function charPass(text: string): number {
  let h = 0;
  let words = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) h = (Math.imul(h, 31) + c) | 0;
    else if (h !== 0) {
      words += h & 1;
      h = 0;
    }
  }
  return words;
}

const classifyUs = timePerText(postings, (t) => classify({ text: t }), 50);
const floorUs = timePerText(postings, (t) => countMatches(floor, t), 2);
const floorLowerUs = timePerText(lowered, (t) => countMatches(floorLower, t), 2);

console.log(`RoleLens classifier benchmark (Node ${process.version})`);
console.log(
  `corpus: ${postings.length} postings from test/fixtures/postings, ${avgChars} characters on average`,
);
console.log(`phrases: ${sources.length} patterns in one alternation; medians of ${ROUNDS} rounds\n`);
console.log('per posting                              us/posting   ratio');
console.log(`  classify()                               ${classifyUs.toFixed(1).padStart(7)}`);
console.log(
  `  floor: bare alternation, i flag          ${floorUs.toFixed(1).padStart(7)}   classify is ${(classifyUs / floorUs).toFixed(2)}x`,
);
console.log(
  `  floor: bare alternation, pre-lowercased  ${floorLowerUs.toFixed(1).padStart(7)}   classify is ${(classifyUs / floorLowerUs).toFixed(2)}x`,
);

/** A text of about `size` characters made of the postings, one after another. */
function corpusOf(size: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const p = postings[i % postings.length]!;
    parts.push(p);
    n += p.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

console.log(
  '\nlong texts                 classify ms   floor ms   us per KB (classify)   one bare JS pass ms',
);
for (const size of [10_000, 100_000, 1_000_000]) {
  const text = corpusOf(size);
  const reps = size >= 1_000_000 ? 1 : size >= 100_000 ? 5 : 50;
  classify({ text });
  const c = timePerText([text], (t) => classify({ text: t }), reps) / 1000;
  const f = timePerText([text], (t) => countMatches(floor, t), 1, 5) / 1000;
  const p = timePerText([text], charPass, reps) / 1000;
  const label = size >= 1_000_000 ? '1 MB' : size >= 100_000 ? '100 KB' : '10 KB';
  console.log(
    `  ${label.padEnd(24)} ${c.toFixed(2).padStart(10)} ${f.toFixed(2).padStart(10)} ${((c * 1000) / (size / 1000)).toFixed(1).padStart(12)} ${p.toFixed(2).padStart(21)}`,
  );
}
const random = Array.from({ length: 1_000_000 }, (_, i) =>
  String.fromCharCode(32 + ((i * 7919) % 20000)),
).join('');
const r = timePerText([random], (t) => classify({ text: t }), 1, 7) / 1000;
console.log(`  1 MB of arbitrary Unicode ${r.toFixed(2).padStart(9)}`);

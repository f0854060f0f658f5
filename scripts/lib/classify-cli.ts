// Argument parsing and the JSON-lines batch mode of `npm run classify`, kept apart from I/O so tests can drive them.
import type { Verdict } from '../../src/classifier';
import { capTitle } from '../../src/sites/text';

export interface CliOptions {
  json: boolean;
  jsonl: boolean;
  title?: string;
  /** With --url, each FILE is saved HTML of that page, read by the site's adapter. */
  url?: string;
  files: string[];
  help: boolean;
}

export const USAGE = `Usage: npm run --silent classify -- [--json] [--title "TITLE"] FILE...
       npm run --silent classify -- [--json] --url URL FILE.html...
       npm run --silent classify -- --jsonl < postings.jsonl

  FILE        a plain-text posting; "-" reads standard input
  --title T   the posting's title (read on its own, like a site's job title)
  --url URL   each FILE is saved HTML of the page at URL: the site's adapter (or the generic reader) finds the
              posting(s) in it, and each is classified (a Hacker News thread gives one verdict per job comment)
  --json      one JSON verdict per line ({"file", ...verdict}) instead of the readable report
  --jsonl     read lines of {"id","title","text"} on standard input, write one verdict per line with the same id

A missing file or a malformed line is reported on stderr; the other inputs are still classified, and the exit
code is 1.`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { json: false, jsonl: false, files: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg === '--title' || arg === '-t') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError('--title needs a value');
      options.title = capTitle(value);
    } else if (arg.startsWith('--title=')) options.title = capTitle(arg.slice('--title='.length));
    else if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (!value) throw new UsageError('--url needs a value');
      if (!URL.canParse(value)) throw new UsageError(`--url: not a URL: ${value}`);
      options.url = value;
    } else if (arg === '--') continue;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (!options.help && !options.jsonl && options.files.length === 0)
    throw new UsageError('no input: give FILE... or --jsonl');
  if (options.jsonl && options.url)
    throw new UsageError('--url reads HTML files; it does not go with --jsonl');
  if (options.jsonl && options.files.length > 0)
    throw new UsageError('--jsonl reads standard input; drop the FILE arguments');
  return options;
}

export interface JsonlPosting {
  id: unknown;
  title?: string;
  text: string;
}

/** Parse one input line of the batch mode; a string is an error message for stderr. */
export function parseJsonlLine(line: string): JsonlPosting | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return `not valid JSON (${err instanceof Error ? err.message : String(err)})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'expected an object {"id","title","text"}';
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return '"text" must be a string';
  if (record.title !== undefined && record.title !== null && typeof record.title !== 'string')
    return '"title" must be a string when given';
  return {
    id: record.id ?? null,
    ...(typeof record.title === 'string' ? { title: capTitle(record.title) } : {}),
    text: record.text,
  };
}

/** One output line of the batch mode: the id first, then the verdict. */
export function jsonlVerdict(id: unknown, verdict: Verdict): string {
  return JSON.stringify({ id, ...verdict });
}

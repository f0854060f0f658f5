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
  version: boolean;
  /** Worker threads for --jsonl; undefined: as many as the machine has cores, once the input is large. */
  threads?: number;
}

export const USAGE = `Usage: rolelens [--json] [--title "TITLE"] FILE|FOLDER...
       rolelens [--json] --url URL FILE.html...
       rolelens --jsonl [--threads N] < postings.jsonl
       (from a clone: npm run --silent classify -- ARGS)

  FILE        a posting: .html is read as a web page by the generic reader, anything else as plain text;
              "-" reads standard input
  FOLDER      every .txt, .md and .html file inside it, sub-folders too, in name order
  --title T   the posting's title (read on its own, like a site's job title)
  --url URL   each FILE is saved HTML of the page at URL: the site's adapter (or the generic reader) finds the
              posting(s) in it, and each is classified (a Hacker News thread gives one verdict per job comment)
  --json      one JSON verdict per line ({"file", ...verdict}) instead of the readable report
  --jsonl     read lines of {"id","title","text"} on standard input, write one verdict per line with the same
              id, in input order; a large input is spread over worker threads
  --threads N worker threads for --jsonl (1: none; default: one per core once the input is large)
  -h, --help  this text
  --version   the version

Exit codes: 0 every input classified; 1 some input could not be read or held no posting (a missing file, a
malformed JSONL line, an HTML page without a posting): it is reported on stderr with its name or line number
and the other inputs are still classified; 2 a usage error (nothing was read).`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { json: false, jsonl: false, files: [], help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg === '--version' || arg === '-V') options.version = true;
    else if (arg === '--threads' || arg.startsWith('--threads=')) {
      const value = arg === '--threads' ? argv[++i] : arg.slice('--threads='.length);
      const n = Number(value);
      if (!value || !Number.isInteger(n) || n < 1)
        throw new UsageError('--threads needs a whole number from 1');
      options.threads = n;
    } else if (arg === '--title' || arg === '-t') {
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
  if (!options.help && !options.version && !options.jsonl && options.files.length === 0)
    throw new UsageError('no input: give FILE... or --jsonl');
  if (options.jsonl && options.url)
    throw new UsageError('--url reads HTML files; it does not go with --jsonl');
  if (options.threads !== undefined && !options.jsonl) throw new UsageError('--threads goes with --jsonl');
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

// `rolelens` (and `npm run --silent classify -- ARGS`): the classifier from a shell, built to dist/node/cli.js.
// Plain text never loads the HTML reader: parse5 and happy-dom are imported only when a page is read.
import './lib/use-precompiled-patterns';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../package.json';
import { classify } from '../src/classifier/classify';
import { parseArgs, USAGE, UsageError } from './lib/classify-cli';
import { formatReport } from './lib/verdict-report';

/** The files a folder stands for. */
const POSTING_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);
// Named through a variable so the bundler leaves it alone: the worker is its own built file beside this one.
const WORKER_FILE = './jsonl-worker.js';

interface Input {
  name: string;
  title?: string;
  text: string;
  posting?: Record<string, unknown>;
}

function describeError(file: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `rolelens: ${file}: no such file`;
  if (code === 'EACCES') return `rolelens: ${file}: permission denied`;
  return `rolelens: ${file}: ${err instanceof Error ? err.message : String(err)}`;
}

/** Every posting file under a folder, sub-folders too, in name order. */
function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path));
    else if (POSTING_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}

/** The arguments with each folder replaced by the files in it. */
function expandFolders(args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    if (arg === '-') return [arg];
    try {
      return statSync(arg).isDirectory() ? filesUnder(arg) : [arg];
    } catch {
      return [arg]; // reading it reports what is wrong
    }
  });
}

/** The postings in one input: the text itself, or what the site's adapter (or the generic reader) reads in HTML. */
async function postingsOf(file: string, name: string, title?: string, url?: string): Promise<Input[]> {
  const content = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  const isPage = url !== undefined || (file !== '-' && /\.html?$/i.test(file));
  if (!isPage) return [{ name, ...(title !== undefined ? { title } : {}), text: content }];
  const { postingsFromHtml, postingsFromSavedPage } = await import('./lib/html-postings');
  const postings =
    url !== undefined
      ? postingsFromHtml(content, url)
      : postingsFromSavedPage(content, pathToFileURL(file).href);
  return postings.map((posting) => ({
    name: `${name}: ${posting.title}`,
    title: title ?? posting.title,
    text: posting.text,
    posting: {
      key: posting.key,
      title: posting.title,
      company: posting.company ?? null,
      location: posting.location ?? null,
      source: posting.source,
      capped: posting.capped === true,
      text: posting.text,
    },
  }));
}

async function classifyFiles(files: readonly string[], title?: string, json = false, url?: string) {
  let failed = 0;
  let first = true;
  for (const file of expandFolders(files)) {
    const name = file === '-' ? '(standard input)' : file;
    let inputs: Input[];
    try {
      inputs = await postingsOf(file, name, title, url);
    } catch (err) {
      process.stderr.write(`${describeError(file, err)}\n`);
      failed++;
      continue;
    }
    if (inputs.length === 0) {
      process.stderr.write(
        `rolelens: ${name}: no job posting found in this HTML${url ? ` for ${url}` : ''}\n`,
      );
      failed++;
      continue;
    }
    for (const input of inputs) {
      const verdict = classify({
        ...(input.title !== undefined ? { title: input.title } : {}),
        text: input.text,
      });
      const posting = input.posting ? { posting: input.posting } : {};
      if (json) process.stdout.write(`${JSON.stringify({ file: name, ...posting, ...verdict })}\n`);
      else process.stdout.write(`${first ? '' : '\n'}${formatReport(input.name, verdict)}\n`);
      first = false;
    }
  }
  return failed;
}

async function main(): Promise<number> {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`rolelens: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`rolelens ${version}\n`);
    return 0;
  }
  const failed = options.jsonl
    ? await classifyLines(options.threads)
    : await classifyFiles(options.files, options.title, options.json, options.url);
  return failed > 0 ? 1 : 0;
}

/** --jsonl: its streaming and worker threads are loaded only here, so one posting does not pay for them. */
async function classifyLines(threads: number | undefined): Promise<number> {
  const { classifyJsonl } = await import('./lib/jsonl-stream');
  return classifyJsonl({
    input: process.stdin,
    out: process.stdout,
    err: process.stderr,
    ...(threads !== undefined ? { threads } : {}),
    workerUrl: new URL(WORKER_FILE, import.meta.url),
  });
}

// A reader that stops early (`rolelens --jsonl < big | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`rolelens: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);

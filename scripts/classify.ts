// `npm run --silent classify -- [--json] [--title T] FILE...` and `--jsonl` batches: the classifier from a shell.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { classify } from '../src/classifier';
import { jsonlVerdict, parseArgs, parseJsonlLine, USAGE, UsageError } from './lib/classify-cli';
import { formatReport } from './lib/verdict-report';

function readInput(file: string): string {
  return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
}

function describeError(file: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `classify: ${file}: no such file`;
  if (code === 'EISDIR') return `classify: ${file}: is a directory`;
  if (code === 'EACCES') return `classify: ${file}: permission denied`;
  return `classify: ${file}: ${err instanceof Error ? err.message : String(err)}`;
}

/** The postings in one input: the text itself, or with --url what the site's adapter reads in the HTML. */
async function postingsOf(
  content: string,
  name: string,
  title: string | undefined,
  url: string | undefined,
): Promise<Input[]> {
  if (url === undefined) return [{ name, ...(title !== undefined ? { title } : {}), text: content }];
  // Loaded only for --url: the DOM and the parser take seconds to load, plain text needs neither.
  const { postingsFromHtml } = await import('./lib/html-postings');
  return postingsFromHtml(content, url).map((posting) => ({
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

interface Input {
  name: string;
  title?: string;
  text: string;
  posting?: Record<string, unknown>;
}

async function classifyFiles(
  files: readonly string[],
  title: string | undefined,
  json: boolean,
  url?: string,
): Promise<number> {
  let failed = 0;
  let first = true;
  for (const file of files) {
    const name = file === '-' ? '(standard input)' : file;
    let inputs: Input[];
    try {
      inputs = await postingsOf(readInput(file), name, title, url);
    } catch (err) {
      process.stderr.write(`${describeError(file, err)}\n`);
      failed++;
      continue;
    }
    if (inputs.length === 0) {
      process.stderr.write(`classify: ${name}: no job posting found in this HTML for ${url}\n`);
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

async function classifyJsonl(): Promise<number> {
  let failed = 0;
  let lineNo = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    const posting = parseJsonlLine(line);
    if (typeof posting === 'string') {
      process.stderr.write(`classify: line ${lineNo}: ${posting}\n`);
      failed++;
      continue;
    }
    const verdict = classify({
      ...(posting.title !== undefined ? { title: posting.title } : {}),
      text: posting.text,
    });
    if (!process.stdout.write(`${jsonlVerdict(posting.id, verdict)}\n`)) {
      // Respect back-pressure so a batch of thousands does not buffer everything in memory.
      await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
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
      process.stderr.write(`classify: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const failed = options.jsonl
    ? await classifyJsonl()
    : await classifyFiles(options.files, options.title, options.json, options.url);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`classify: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);

// One batch of --jsonl lines to output text: the same work on the main thread and in a worker.
import { classify } from '../../src/classifier/classify';
import { jsonlVerdict, parseJsonlLine } from './classify-cli';

export interface LineBatch {
  seq: number;
  /** The line number of lines[0], counted from 1. */
  firstLine: number;
  lines: string[];
}

export interface BatchResult {
  seq: number;
  /** One verdict line per well-formed input line, each ending in a newline. */
  out: string;
  /** One message per malformed line, naming its line number. */
  errors: string[];
}

export function classifyBatch({ seq, firstLine, lines }: LineBatch): BatchResult {
  let out = '';
  const errors: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const posting = parseJsonlLine(line);
    if (typeof posting === 'string') {
      errors.push(`rolelens: line ${firstLine + i}: ${posting}`);
      continue;
    }
    const verdict = classify({
      ...(posting.title !== undefined ? { title: posting.title } : {}),
      text: posting.text,
    });
    out += `${jsonlVerdict(posting.id, verdict)}\n`;
  }
  return { seq, out, errors };
}

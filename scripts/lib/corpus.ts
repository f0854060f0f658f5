// Reads a labelled corpus in the layout of ../shared/corpus: labels.tsv plus postings/NNN.txt, each with a
// TITLE: line, a SOURCE: line, a blank line and the body as stored.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The readers' consensus label; `neither` is RoleLens's `none`. */
export type ReaderLabel = 'cto' | 'vpeng' | 'hybrid' | 'neither';

export interface LabelledPosting {
  /** The file named in labels.tsv, e.g. "postings/001.txt". */
  file: string;
  /** The job title, or undefined where the corpus has none (a Hacker News comment names its roles itself). */
  title?: string;
  text: string;
  /** Set only where both readers agree. */
  label?: ReaderLabel;
  /** Both readers marked a title/body mismatch. */
  mismatch: boolean;
  /** Each reader's estimate of the external share, 0-1, where given. */
  shares: number[];
}

const LABELS: readonly string[] = ['cto', 'vpeng', 'hybrid', 'neither'];

export class CorpusError extends Error {}

/** Splits a stored posting into its title and body; a Hacker News comment's TITLE line is only its id. */
export function parsePostingFile(content: string): { title?: string; text: string } {
  const lines = content.replace(/^\uFEFF/, '').split('\n');
  const first = lines[0] ?? '';
  if (!first.startsWith('TITLE:')) throw new CorpusError('first line is not "TITLE: …"');
  const title = first.slice('TITLE:'.length).trim();
  let at = 1;
  if ((lines[at] ?? '').startsWith('SOURCE:')) at++;
  if ((lines[at] ?? '').trim() === '') at++;
  const text = lines.slice(at).join('\n');
  return /^HN comment:/i.test(title) || title === '' ? { text } : { title, text };
}

function column(header: readonly string[], name: string): number {
  const at = header.indexOf(name);
  if (at < 0) throw new CorpusError(`labels.tsv has no "${name}" column`);
  return at;
}

function shareOf(cell: string | undefined): number | undefined {
  const n = Number.parseFloat(cell ?? '');
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n / 100)) : undefined;
}

/** Every posting listed in DIR/labels.tsv, with its text read from DIR. */
export function readCorpus(dir: string): LabelledPosting[] {
  let tsv: string;
  try {
    tsv = readFileSync(join(dir, 'labels.tsv'), 'utf8');
  } catch {
    throw new CorpusError(`${dir}: no labels.tsv (expected the layout of ../shared/corpus)`);
  }
  const rows = tsv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (rows.shift() ?? '').split('\t');
  const col = {
    file: column(header, 'file'),
    label: column(header, 'label'),
    mismatch: column(header, 'mismatch'),
    shareA: header.indexOf('external_share_a'),
    shareB: header.indexOf('external_share_b'),
  };
  return rows.map((row, i) => {
    const cells = row.split('\t');
    const file = cells[col.file] ?? '';
    if (!file) throw new CorpusError(`labels.tsv line ${i + 2}: no file`);
    let content: string;
    try {
      content = readFileSync(join(dir, file), 'utf8');
    } catch {
      throw new CorpusError(`labels.tsv line ${i + 2}: ${file} cannot be read`);
    }
    let parsed: { title?: string; text: string };
    try {
      parsed = parsePostingFile(content);
    } catch (err) {
      throw new CorpusError(`${file}: ${(err as Error).message}`);
    }
    const label = (cells[col.label] ?? '').trim();
    const shares = [shareOf(cells[col.shareA]), shareOf(cells[col.shareB])].filter(
      (s): s is number => s !== undefined,
    );
    return {
      file,
      ...parsed,
      ...(LABELS.includes(label) ? { label: label as ReaderLabel } : {}),
      mismatch: (cells[col.mismatch] ?? '').trim() === 'yes',
      shares,
    };
  });
}

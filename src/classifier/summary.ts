// The words a person reads: the one-line summary and the mismatch text.
import { MIN_WORDS_ANY } from './language';
import { CATEGORY_BY_ID } from './lexicon/categories';
import { SHAPE_LABELS, TITLE_SHAPE_LABELS } from './settings';
import type { Evidence, Mismatch, Pole, Shape, TitleShape, Verdict } from './types';
import type { ShapeDecision } from './verdict';

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The categories that carry a pole, heaviest first, each with at least a tenth of the pole's weight. */
export function topCategories(evidence: readonly Evidence[], pole: Pole, max = 3): string[] {
  // Few categories, many pieces of evidence: parallel arrays searched by identity beat a Map per piece.
  const ids: string[] = [];
  const sums: number[] = [];
  let total = 0;
  for (const e of evidence) {
    if (e.pole !== pole || e.weight <= 0) continue;
    let k = ids.indexOf(e.category);
    if (k < 0) {
      k = ids.length;
      ids.push(e.category);
      sums.push(0);
    }
    sums[k]! += e.weight;
    total += e.weight;
  }
  // Indices, sorted, rather than a chain of map/filter/sort over pairs: the chain's arrays change shape from call
  // to call (empty, whole or fractional sums), which kept sending the optimised code back to the interpreter.
  const order: number[] = [];
  for (let k = 0; k < ids.length; k++) if (sums[k]! >= total * 0.1) order.push(k);
  order.sort((a, b) => sums[b]! - sums[a]! || (ids[a]! < ids[b]! ? -1 : 1));
  const names: string[] = [];
  for (let j = 0; j < order.length && j < max; j++) {
    const id = ids[order[j]!]!;
    names.push(CATEGORY_BY_ID.get(id)?.short ?? id.replace(/^custom-\w+$/, 'your phrases'));
  }
  return names;
}

/** How a title is named in text: the words it used when short enough, else the shape's label. */
export function titleName(titleShape: TitleShape, label: string): string {
  if (label && label.length <= 40) return label;
  return TITLE_SHAPE_LABELS[titleShape];
}

/**
 * What a title claims: a pole (CTO titles the technology; VP, Head or Director of Engineering and manager titles
 * the team), or only to lead (a customer-facing CTO title, an executive rank on another title), or nothing.
 */
function claimOf(titleShape: TitleShape, ranked: boolean): 'cto' | 'vpeng' | 'lead' | undefined {
  if (titleShape === 'cto') return 'cto';
  if (titleShape === 'vpeng' || titleShape === 'eng-manager') return 'vpeng';
  if (titleShape === 'field-cto') return 'lead';
  // Product, sales and support titles say plainly what the job is: their rank promises no engineering team.
  if (titleShape === 'non-engineering' || titleShape === 'support') return undefined;
  return ranked ? 'lead' : undefined;
}

export function mismatchOf(
  titleShape: TitleShape,
  titleLabel: string,
  ranked: boolean,
  shape: Shape,
  evidence: readonly Evidence[],
  duties: Verdict['duties'],
): Mismatch | null {
  const claims = claimOf(titleShape, ranked);
  if (!claims || shape === claims || shape === 'hybrid' || shape === 'unknown') return null;
  if (claims === 'lead' && shape !== 'none') return null;
  const titled = `Titled ${titleName(titleShape, titleLabel)}`;
  if (shape === 'none') {
    const why =
      titleShape === 'field-cto'
        ? "a customer-facing CTO title; the company's technology is not the hire's to run"
        : "the duties do not back the title's leadership";
    return { titleShape, bodyShape: shape, text: `${titled}, reads ${SHAPE_LABELS.none}: ${why}` };
  }
  const pole: Pole = shape === 'cto' ? 'external' : 'internal';
  const cats = listOf(topCategories(evidence, pole));
  const onPole = duties ? (pole === 'external' ? duties.external : duties.internal) : 0;
  const about =
    duties && duties.total >= 3 && onPole > 0
      ? `${onPole} of ${duties.total} duties are about ${cats}`
      : `${cats} dominate${cats.includes(' and ') || cats.includes(', ') ? '' : 's'}`;
  return { titleShape, bodyShape: shape, text: `${titled}, reads ${SHAPE_LABELS[shape]}: ${about}` };
}

const pct = (x: number): number => Math.round(x * 100);

export interface SummaryInput {
  decision: ShapeDecision;
  share: number;
  evidence: readonly Evidence[];
  titleShape: TitleShape;
  titleLabel: string;
  /** The whole (short) title, for roles the summary names as they are. */
  titleText: string;
  mismatch: Mismatch | null;
  words: number;
}

export function summaryOf(s: SummaryInput): string {
  const { decision, share } = s;
  const title = titleName(s.titleShape, s.titleLabel);
  switch (decision.shape) {
    case 'unknown':
      if (decision.unknownReason === 'too-short')
        return s.words < MIN_WORDS_ANY
          ? `Not enough to judge: the text is too short (${s.words} words).`
          : `Not enough to judge: the text is short (${s.words} words) and says too little about either technology direction or running the team.`;
      if (decision.unknownReason === 'not-english')
        return 'Not enough to judge: the text does not read as English.';
      return 'Not enough to judge: the text says little about either technology direction or running the team.';
    case 'none': {
      if (decision.noneReason === 'field-cto')
        return `Not a leadership role: ${title} is a customer-facing technical role; it does not run the company's technology.`;
      if (decision.noneReason === 'ic-title')
        return `Not a leadership role: "${s.titleText || title}" is an individual-contributor title.`;
      if (decision.noneReason === 'support-title')
        return `Not a leadership role: "${s.titleText || title}" supports an executive; the executive's duties in the text are not its own.`;
      if (decision.noneReason === 'unbacked-title')
        return `Not a leadership role: titled ${title}, but the duties in the text give the hire no team to run and no company-level technical direction.`;
      if (decision.noneReason === 'non-engineering-title')
        return `Not a leadership role: "${s.titleText || title}" is not an engineering leadership title.`;
      return 'Not a leadership role: the text has no executive or org-level duties (board, managers of managers, technical direction).';
    }
    case 'hybrid': {
      const ext = topCategories(s.evidence, 'external', 2);
      const int = topCategories(s.evidence, 'internal', 2);
      const both = listOf([...ext.slice(0, 1), ...int.slice(0, 1)]);
      const said = decision.saysBoth ? ', and the posting says it is both jobs' : '';
      const tail = s.titleLabel ? `; titled ${title}` : '';
      return `Hybrid (${pct(share)}% external, ${100 - pct(share)}% internal): ${both} both weigh in${said}${tail}.`;
    }
    default: {
      const pole: Pole = decision.shape === 'cto' ? 'external' : 'internal';
      const poleShare = pole === 'external' ? pct(share) : 100 - pct(share);
      const label = SHAPE_LABELS[decision.shape];
      if (decision.fromTitle)
        return `${label} by title only: the text says little about either pole; titled ${title}.`;
      const cats = topCategories(s.evidence, pole);
      const verb = cats.length > 1 ? 'dominate' : 'dominates';
      const tail = s.mismatch ? `; titled ${title}` : '';
      return `${label} (${poleShare}% ${pole}): ${listOf(cats)} ${verb}${tail}.`;
    }
  }
}

// The engine: compiles any lexicon once into a first-word index of rules, scans the normalised text once, and turns
// hits into evidence with section, negation and repetition applied. It knows nothing about the real lexicon,
// so tests drive it with made-up rules.

import { CONTEXT_RULES, type ContextHit, type ContextRuleKind } from './context';
import { CUSTOM_CATEGORIES } from './custom-categories';
import type { Category, LeadershipMarker, Lexicon, LexiconEntry } from './lexicon/types';
import {
  type CompiledNegation,
  compileNegation,
  cueWords,
  DEFAULT_NEGATION,
  NEGATION_WINDOW,
  type NegationRules,
  negationCue,
  SHARING,
} from './negation';
import { type Normalized, normalize, normalizePosting, toOriginal } from './normalize';
import { compilePattern } from './pattern';
import { type ScanIndex, ScanIndexBuilder, type ScanResult, type ScanRule, scanWords } from './scanner';
import { applyLineCues, detectSections, LINE_CUES, SECTION_KINDS, type Sections } from './sections';
import type { Evidence, ExtraPhrase, Pole } from './types';

/** A negated phrase counts against its own pole at this share of its weight. */
export const NEGATION_FACTOR = 0.5;
/** A hand in someone else's call ("help set the direction") counts at this share, in categories about owning it. */
export const SHARED_FACTOR = 0.5;

export interface CompiledEntry {
  entry: LexiconEntry;
  category: Category;
  pole: Pole;
  /** A small number per entry id: repetition counts per id without string keys. */
  group: number;
  /** True when the lexicon marks an entry with this id as one only a leader's job would write. */
  leader: boolean;
}

export type Target =
  | { kind: 'entry'; entry: CompiledEntry }
  | { kind: 'marker'; marker: LeadershipMarker }
  | { kind: 'stop' }
  | { kind: 'line-cue'; section: 'legal' | 'benefits' }
  | { kind: 'context'; context: ContextRuleKind };

export interface CompiledLexicon {
  lexicon: Lexicon;
  /** The scan's index: rules by the first word of their matches, and a hash set of those words. */
  index: ScanIndex<Target>;
  /** Regex sources of every lexicon phrase, longest first: the benchmark's floor is their bare alternation. */
  sources: string[];
  negation: CompiledNegation;
  /** Cues that give the hire a hand in a call rather than the call (negation.ts SHARING). */
  sharing: CompiledNegation;
  /** True when the scan marks every word a negation cue can hold, so hits with no mark near skip the check. */
  negationMarked: boolean;
  /** Number of distinct entry ids (CompiledEntry.group is below it). */
  groupCount: number;
}

export { CUSTOM_CATEGORIES };

export interface ExtraPhrases {
  external: readonly ExtraPhrase[];
  internal: readonly ExtraPhrase[];
}

/** A phrase typed by a user, made literal: lower case, plain punctuation, no notation characters. */
function userPhrase(raw: string): string | undefined {
  const p = normalize(raw)
    .text.replace(/[{}|\n]/g, ' ')
    .replace(/ +/g, ' ')
    .trim()
    .replace(/^[^a-z0-9]+|[^a-z0-9.+)]+$/g, '');
  return p.length >= 2 ? p : undefined;
}

function extraEntries(extras: ExtraPhrases | undefined): LexiconEntry[] {
  if (!extras) return [];
  const out: LexiconEntry[] = [];
  for (const pole of ['external', 'internal'] as const) {
    extras[pole].forEach((x, i) => {
      const phrase = userPhrase(x.phrase);
      if (!phrase || !Number.isFinite(x.weight)) return;
      out.push({
        id: `custom-${pole}-${i}`,
        category: CUSTOM_CATEGORIES[pole].id,
        // A typed hyphen is literal in intent; match it like a space.
        patterns: [phrase.replace(/-/g, ' ')],
        weight: Math.max(0, Math.min(5, x.weight)),
        reason: `You added "${x.phrase.trim()}" to the ${pole === 'external' ? 'CTO' : 'VP-Eng'} side in the settings.`,
      });
    });
  }
  return out;
}

/** Compile a lexicon (and a user's extra phrases, which win ties) into a first-word index of sticky rules. */
export function compileLexicon(
  lexicon: Lexicon,
  extras?: ExtraPhrases,
  negation: NegationRules = DEFAULT_NEGATION,
): CompiledLexicon {
  const steps = compileLexiconSteps(lexicon, extras, negation);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Entries compiled between two pauses of the stepwise compiler: a few milliseconds of work. */
const ENTRIES_PER_STEP = 8;

/**
 * The same compilation, pausing every few entries, so a caller with a time budget (a content script on a busy
 * page) can spread it over idle moments instead of one long task.
 */
export function* compileLexiconSteps(
  lexicon: Lexicon,
  extras?: ExtraPhrases,
  negation: NegationRules = DEFAULT_NEGATION,
): Generator<void, CompiledLexicon, void> {
  const categories = new Map<string, Category>(lexicon.categories.map((c) => [c.id, c]));
  for (const c of Object.values(CUSTOM_CATEGORIES)) categories.set(c.id, c);
  const builder = new ScanIndexBuilder<Target>();
  const all: Array<{ bounded: string; minLength: number }> = [];
  let order = 0;
  const add = (patterns: readonly string[], target: Target, side = false): void => {
    for (const pattern of patterns) {
      const compiled = compilePattern(pattern);
      const rule: ScanRule<Target> = { sticky: new RegExp(compiled.bounded, 'y'), target, order: order++ };
      if (side) builder.addSide(rule, compiled.firstWords, compiled.heads);
      else {
        all.push(compiled);
        builder.addMain(rule, compiled.heads, compiled.singles);
      }
    }
  };
  const groups = new Map<string, number>();
  const leaderIds = new Set(lexicon.entries.filter((e) => e.leader).map((e) => e.id));
  let sinceStep = 0;
  for (const entry of [...extraEntries(extras), ...lexicon.entries]) {
    if (++sinceStep > ENTRIES_PER_STEP) {
      sinceStep = 0;
      yield;
    }
    const category = categories.get(entry.category);
    if (!category) throw new Error(`lexicon entry ${entry.id}: unknown category ${entry.category}`);
    let group = groups.get(entry.id);
    if (group === undefined) {
      group = groups.size;
      groups.set(entry.id, group);
    }
    const compiledEntry = { entry, category, pole: category.pole, group, leader: leaderIds.has(entry.id) };
    add(entry.patterns, { kind: 'entry', entry: compiledEntry });
  }
  // Markers of other work ("no direct reports") are read beside the lexicon, not instead of it: the negated
  // "direct reports" stays in the evidence the user sees.
  for (const marker of lexicon.markers ?? [])
    add(marker.patterns, { kind: 'marker', marker }, marker.work !== undefined);
  add(lexicon.stopPhrases ?? [], { kind: 'stop' });
  for (const cue of LINE_CUES) add(cue.patterns, { kind: 'line-cue', section: cue.section }, true);
  for (const rule of CONTEXT_RULES) {
    const target: Target = { kind: 'context', context: rule.kind };
    // A space in a context phrase stands for any run of spaces, as in the lexicon; not inside [ ] classes.
    const source = rule.source.replace(/ (?![^[]*\])/g, ' +');
    builder.addSide({ sticky: new RegExp(source, 'y'), target, order: order++ }, rule.firstWords);
  }
  const marked = cueWords(negation);
  for (const { word, after } of marked ?? []) builder.addMark(word, after);
  return {
    lexicon,
    index: builder.build(),
    sources: all.sort((a, b) => b.minLength - a.minLength).map((c) => c.bounded),
    negation: compileNegation(negation),
    sharing: compileNegation(SHARING),
    negationMarked: marked !== null,
    groupCount: groups.size,
  };
}

/** A bare alternation of phrase sources at a word start: the benchmark's floor. */
export function floorSource(sources: readonly string[]): string {
  return sources.length === 0 ? '(?!)' : `\\b(?:${sources.join('|')})`;
}

/**
 * The scan, over the lines that count: lines under benefits or legal headings weigh nothing, so their words are
 * not read at all. No phrase or negation crosses a line break, so skipping whole lines changes no hit elsewhere.
 */
function scanCounted(compiled: CompiledLexicon, text: string, sections: Sections): ScanResult<Target> {
  let into: ScanResult<Target> | undefined;
  let line = 0;
  while (line < sections.count) {
    while (line < sections.count && sections.weight[line] === 0) line++;
    if (line === sections.count) break;
    const from = sections.start[line]!;
    while (line + 1 < sections.count && sections.weight[line + 1] !== 0) line++;
    into = scanWords(compiled.index, text, from, sections.end[line]!, into);
    line++;
  }
  return into ?? scanWords(compiled.index, text, 0, 0);
}

export interface MarkerHit {
  marker: LeadershipMarker;
  start: number;
  end: number;
  weight: number;
}

export interface Analysis {
  norm: Normalized;
  sections: Sections;
  /** Evidence in text order; offsets index the original text. */
  evidence: Evidence[];
  /** Line index (into sections) of each piece of evidence. */
  evidenceLines: number[];
  /** Whether each piece of evidence comes from a leader-only entry (CompiledEntry.leader). */
  evidenceLeader: boolean[];
  markers: MarkerHit[];
  /** Context phrases (stage, team size, reporting line, hands-on), for the notes beside the verdict. */
  context: ContextHit[];
}

export interface AnalyzeOptions {
  disabledCategories?: ReadonlySet<string>;
}

let repetitionBases = new Float64Array(0);
let repetitionGroups = new Int32Array(0);

/** The section weight of the line holding a normalised offset (binary search over line starts). */
function lineWeightAt(sections: Sections, at: number): number {
  let lo = 0;
  let hi = sections.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sections.start[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return sections.count > 0 ? sections.weight[lo]! : 1;
}

/** The reason of a phrase counted at SHARED_FACTOR, saying why. */
function sharedReason(reason: string, cue: string): string {
  return `${reason} Counted at half: the posting gives the hire a hand in it ("${cue}"), not the call itself.`;
}

/** Find the evidence in a text: scan, drop stop phrases and zero-weight sections, negate, weigh repetition. */
export function analyze(text: string, compiled: CompiledLexicon, options: AnalyzeOptions = {}): Analysis {
  const norm = normalizePosting(text);
  const sections = detectSections(norm.text);
  const found = scanCounted(compiled, norm.text, sections);
  const cues: Array<{ start: number; section: 'legal' | 'benefits' }> = [];
  const context: ContextHit[] = [];
  const sideMarkers: Array<{ marker: LeadershipMarker; start: number; end: number }> = [];
  for (const hit of found.side) {
    const target = hit.target;
    if (target.kind === 'line-cue') cues.push({ start: hit.start, section: target.section });
    else if (target.kind === 'context')
      context.push({ kind: target.context, start: hit.start, end: hit.end });
    else if (target.kind === 'marker')
      sideMarkers.push({ marker: target.marker, start: hit.start, end: hit.end });
  }
  applyLineCues(sections, cues);
  const disabled = options.disabledCategories?.size ? options.disabledCategories : undefined;
  const evidence: Evidence[] = [];
  const evidenceLines: number[] = [];
  const evidenceLeader: boolean[] = [];
  const markers: MarkerHit[] = [];
  const { main } = found;
  // Base weight and repetition group per piece of evidence, for applyRepetition only: kept between calls, so a
  // long text makes no garbage for them.
  if (repetitionBases.length < main.start.length) {
    repetitionBases = new Float64Array(main.start.length * 2);
    repetitionGroups = new Int32Array(main.start.length * 2);
  }
  const bases = repetitionBases;
  const groups = repetitionGroups;
  const marks = found.marks;
  const gate = compiled.negationMarked;
  // Cursors into the marks: the first at or after the look-back window's start, the first at or after the hit.
  let markBefore = 0;
  let markAfter = 0;
  let lineCursor = 0;
  const lineStarts = sections.start;
  const lineCount = sections.count;
  for (let h = 0; h < main.start.length; h++) {
    const target = main.target[h]!;
    const hitStart = main.start[h]!;
    const hitEnd = main.end[h]!;
    if (target.kind !== 'entry' && target.kind !== 'marker') continue;
    // Hits come in text order, so the line cursor only moves forward.
    while (lineCursor + 1 < lineCount && lineStarts[lineCursor + 1]! <= hitStart) lineCursor++;
    const lineWeight = sections.weight[lineCursor]!;
    if (lineWeight === 0) continue;
    if (target.kind === 'entry' && disabled?.has(target.entry.category.id)) continue;
    let near = true;
    if (gate) {
      while (markBefore < marks.length && marks[markBefore]! < hitStart - NEGATION_WINDOW) markBefore++;
      while (markAfter < marks.length && marks[markAfter]! < hitEnd) markAfter++;
      near =
        (markBefore < marks.length && marks[markBefore]! < hitStart) ||
        (markAfter < marks.length && marks[markAfter]! < hitEnd + NEGATION_WINDOW);
    }
    const cue = near ? negationCue(norm.text, hitStart, hitEnd, compiled.negation) : undefined;
    // Without a map the offsets are the same: no span object per hit.
    let start = hitStart;
    let end = hitEnd;
    if (norm.map !== null) ({ start, end } = toOriginal(norm, hitStart, hitEnd));
    if (target.kind === 'marker') {
      if (!cue)
        markers.push({ marker: target.marker, start, end, weight: target.marker.weight * lineWeight });
      continue;
    }
    const { entry, category, pole, group, leader } = target.entry;
    const shared =
      cue === undefined && category.owned === true
        ? negationCue(norm.text, hitStart, hitEnd, compiled.sharing)
        : undefined;
    const base = entry.weight * lineWeight * (shared === undefined ? 1 : SHARED_FACTOR);
    const section = SECTION_KINDS[sections.kind[lineCursor]!]!;
    bases[evidence.length] = base;
    groups[evidence.length] = cue === undefined ? group : -1;
    evidenceLines.push(lineCursor);
    evidenceLeader.push(leader);
    const matched = text.slice(start, end);
    // Two literals rather than a spread: the same keys in the same order, built without a slow path.
    evidence.push(
      cue === undefined
        ? {
            start,
            end,
            matched,
            pole,
            category: category.id,
            categoryLabel: category.label,
            entryId: entry.id,
            weight: base,
            reason: shared === undefined ? entry.reason : sharedReason(entry.reason, shared),
            negated: false,
            section,
          }
        : {
            start,
            end,
            matched,
            pole,
            category: category.id,
            categoryLabel: category.label,
            entryId: entry.id,
            weight: -NEGATION_FACTOR * base,
            reason: entry.reason,
            negated: true,
            negatedBy: cue,
            section,
          },
    );
  }
  applyRepetition(evidence, bases, groups, compiled.groupCount);
  // Two patterns of one marker may match the same words ("an individual contributor", "individual contributor"):
  // the words count once.
  const markerEnds = new Map<LeadershipMarker, number>();
  for (const m of sideMarkers) {
    if (m.start < (markerEnds.get(m.marker) ?? -1)) continue;
    markerEnds.set(m.marker, m.end);
    const weight = m.marker.weight * lineWeightAt(sections, m.start);
    if (weight === 0) continue;
    const { start, end } = norm.map === null ? m : toOriginal(norm, m.start, m.end);
    markers.push({ marker: m.marker, start, end, weight });
  }
  return { norm, sections, evidence, evidenceLines, evidenceLeader, markers, context };
}

/**
 * The k-th repeat of the same entry counts 1/k: saying "hiring" ten times is emphasis, not ten duties. The
 * heaviest repeats count most (ties in text order). groups[i] is the entry id's group, or -1 when negated.
 */
function applyRepetition(
  evidence: Evidence[],
  bases: Float64Array,
  groups: Int32Array,
  groupCount: number,
): void {
  // Evidence indices by group, in text order (a counting sort: no string keys, no per-group arrays).
  const count = new Int32Array(groupCount + 1);
  for (let i = 0; i < evidence.length; i++) if (groups[i]! >= 0) count[groups[i]! + 1]!++;
  for (let g = 0; g < groupCount; g++) count[g + 1]! += count[g]!;
  const from = count.slice(0, groupCount);
  const order = new Int32Array(count[groupCount]!);
  for (let i = 0; i < evidence.length; i++) {
    const g = groups[i]!;
    if (g >= 0) order[count[g]!++] = i;
  }
  // A group's bases take few values (entry weight times a section weight): rank by distinct value, highest
  // first, then in text order, which is what a stable sort by base would do.
  const values: number[] = [];
  for (let g = 0; g < groupCount; g++) {
    const lo = from[g]!;
    const hi = count[g]!;
    if (hi - lo < 2) continue;
    values.length = 0;
    for (let k = lo; k < hi; k++) {
      const b = bases[order[k]!]!;
      if (!values.includes(b)) values.push(b);
    }
    values.sort((a, b) => b - a);
    let rank = 0;
    for (const v of values)
      for (let k = lo; k < hi; k++) {
        const idx = order[k]!;
        if (bases[idx] === v) evidence[idx]!.weight = v / ++rank;
      }
  }
}

/** Sum of evidence weight per pole, never below zero (negations subtract). */
export function poleTotals(evidence: readonly Evidence[]): Record<Pole, number> {
  let external = 0;
  let internal = 0;
  for (const e of evidence) {
    if (e.pole === 'external') external += e.weight;
    else internal += e.weight;
  }
  return { external: Math.max(0, external), internal: Math.max(0, internal) };
}

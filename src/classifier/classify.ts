// classify(): the one entry point the content script, the options page, tests and the command line share.
import { contextNotes } from './context';
import {
  type Analysis,
  analyze,
  type CompiledLexicon,
  compileLexicon,
  compileLexiconSteps,
  type ExtraPhrases,
} from './engine';
import { FITTED_MODEL } from './fitted-model';
import { MIN_WORDS, MIN_WORDS_ANY, readability } from './language';
import { DEFAULT_LEXICON } from './lexicon';
import {
  bandFor,
  type DecisionModel,
  fittedShare,
  leadershipProbability,
  type PostingFeatures,
  scaledTotals,
  scaleEvidence,
} from './model';
import type { Normalized } from './normalize';
import { SECTION_KINDS } from './sections';
import { resolveSettings } from './settings';
import { mismatchOf, summaryOf } from './summary';
import { hasRank, inferTitle, readTitle, type TitleReading } from './title';
import type { ClassifierSettings, Evidence, PostingInput, Verdict } from './types';
import { confidenceOf, type DecisionInput, decideShape, type ShapeDecision } from './verdict';

let defaultCompiled: CompiledLexicon | undefined;
const customCompiled = new Map<string, CompiledLexicon>();

const isDefault = (extras?: ExtraPhrases): boolean =>
  !extras || (extras.external.length === 0 && extras.internal.length === 0);

function remember(extras: ExtraPhrases | undefined, compiled: CompiledLexicon): CompiledLexicon {
  if (isDefault(extras)) defaultCompiled = compiled;
  else {
    if (customCompiled.size >= 8) customCompiled.delete(customCompiled.keys().next().value!);
    customCompiled.set(JSON.stringify(extras), compiled);
  }
  return compiled;
}

function cached(extras?: ExtraPhrases): CompiledLexicon | undefined {
  return isDefault(extras) ? defaultCompiled : customCompiled.get(JSON.stringify(extras));
}

/** The compiled default lexicon, built on first use and kept; with extra phrases, a small cache per set. */
export function compiledFor(extras?: ExtraPhrases): CompiledLexicon {
  return cached(extras) ?? remember(extras, compileLexicon(DEFAULT_LEXICON, extras));
}

/**
 * Prepares what classify() will need for these settings a step at a time: call `step()` until it returns true.
 * The result is the same as classify() compiling on first use; spreading it keeps every step short.
 */
export function prepareInSteps(settings?: Partial<ClassifierSettings>): { step(): boolean } {
  const extras = resolveSettings(settings).extraPhrases;
  if (cached(extras)) return { step: () => true };
  const steps = compileLexiconSteps(DEFAULT_LEXICON, extras);
  let done = false;
  return {
    step() {
      if (done) return true;
      const next = steps.next();
      if (next.done) {
        remember(extras, next.value);
        done = true;
      }
      return done;
    },
  };
}

/** The first character of text[start, end) that is not a space, or -1 for a blank line. */
function firstChar(text: string, start: number, end: number): number {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) !== 32) return k;
  return -1;
}

/** "- ", "* ", "1. " or "1) " at text[at]. */
function isBullet(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 45 || c === 42) return text.charCodeAt(at + 1) === 32;
  let k = at;
  while (k < at + 5 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  const d = text.charCodeAt(k);
  return k > at && (d === 46 || d === 41) && text.charCodeAt(k + 1) === 32 && k + 1 < at + 5;
}

const DUTIES = SECTION_KINDS.indexOf('duties');

/** Lines that are duties: the duties section, or bullets when the posting has no duties heading. */
function dutyCounts(analysis: Analysis): Verdict['duties'] {
  const lines = analysis.sections;
  const text = analysis.norm.text;
  const pick = new Uint8Array(lines.count);
  let total = 0;
  for (let i = 0; i < lines.count; i++) {
    if (
      lines.kind[i] === DUTIES &&
      !lines.heading[i] &&
      firstChar(text, lines.start[i]!, lines.end[i]!) >= 0
    ) {
      pick[i] = 1;
      total++;
    }
  }
  if (total === 0) {
    // No duties heading: bullets anywhere that counts ("- ", "* ", "1. ").
    for (let i = 0; i < lines.count; i++) {
      if (lines.weight[i]! <= 0 || lines.heading[i]) continue;
      const at = firstChar(text, lines.start[i]!, lines.end[i]!);
      if (at >= 0 && isBullet(text, at)) {
        pick[i] = 1;
        total++;
      }
    }
  }
  if (total === 0) return undefined;
  const ext = new Float64Array(lines.count);
  const int = new Float64Array(lines.count);
  const { evidence, evidenceLines } = analysis;
  for (let k = 0; k < evidence.length; k++) {
    const e = evidence[k]!;
    const line = evidenceLines[k]!;
    if (e.pole === 'external') ext[line]! += e.weight;
    else int[line]! += e.weight;
  }
  let external = 0;
  let internal = 0;
  for (let i = 0; i < lines.count; i++) {
    if (pick[i] === 0) continue;
    if (ext[i]! > int[i]! && ext[i]! > 0) external++;
    else if (int[i]! > ext[i]! && int[i]! > 0) internal++;
  }
  return { total, external, internal };
}

function leadershipSignal(analysis: Analysis): number {
  let sum = 0;
  for (const m of analysis.markers) if (!m.marker.work) sum += m.weight;
  const { evidence, evidenceLeader } = analysis;
  for (let k = 0; k < evidence.length; k++) {
    const e = evidence[k]!;
    if (e.weight > 0 && evidenceLeader[k]) sum += e.weight;
  }
  return sum;
}

/** Markers of work other than leading engineering (lexicon/work.ts), summed. */
function otherWork(analysis: Analysis): number {
  let sum = 0;
  for (const m of analysis.markers) if (m.marker.work) sum += m.weight;
  return sum;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const round2 = (x: number): number => Math.round(x * 100) / 100;

function unknownVerdict(reason: 'too-short' | 'not-english', title: TitleReading, words: number): Verdict {
  const decision: ShapeDecision = { shape: 'unknown', unknownReason: reason };
  return {
    shape: 'unknown',
    external: 0,
    internal: 0,
    externalShare: 0.5,
    confidence: 0,
    titleShape: title.shape,
    mismatch: null,
    evidence: [],
    context: [],
    summary: summaryOf({
      decision,
      share: 0.5,
      evidence: [],
      titleShape: title.shape,
      titleLabel: title.label,
      titleText: title.text,
      mismatch: null,
      words,
    }),
    ...(title.text ? { titleText: title.text } : {}),
  };
}

function readPostingTitle(input: PostingInput, norm: Normalized): TitleReading {
  const given = typeof input.title === 'string' ? input.title.trim() : '';
  if (given) return readTitle(given);
  return inferTitle(norm.text, input.text);
}

/** The evidence summed per category and pole, before the model scales it. */
function categorySums(analysis: Analysis): Pick<PostingFeatures, 'external' | 'internal'> {
  const external: Record<string, number> = {};
  const internal: Record<string, number> = {};
  for (const e of analysis.evidence) {
    const sums = e.pole === 'external' ? external : internal;
    sums[e.category] = (sums[e.category] ?? 0) + e.weight;
  }
  return { external, internal };
}

interface Reading {
  analysis: Analysis;
  /** The lexicon the analysis used, for the context notes' negation rules. */
  compiled: CompiledLexicon;
  title: TitleReading;
  words: number;
  /** Why the text cannot be judged at all, before any model is applied. */
  unreadable?: 'too-short' | 'not-english';
  features: PostingFeatures;
}

function read(input: PostingInput, settings: ClassifierSettings): Reading {
  const text = typeof input.text === 'string' ? input.text : '';
  const compiled = compiledFor(settings.extraPhrases);
  const analysis = analyze(text, compiled, { disabledCategories: new Set(settings.disabledCategories) });
  const title = readPostingTitle(input, analysis.norm);
  const { words, english } = readability(analysis.norm.text);
  const features: PostingFeatures = {
    ...categorySums(analysis),
    titleShape: title.shape,
    leadership: leadershipSignal(analysis),
    otherWork: otherWork(analysis),
    words,
    saysBoth: analysis.markers.some((m) => m.marker.both === true),
  };
  const unreadable = words < MIN_WORDS_ANY ? 'too-short' : english ? undefined : 'not-english';
  return { analysis, compiled, title, words, features, ...(unreadable ? { unreadable } : {}) };
}

/** What the decision model reads of a posting: for fitting the model (scripts/fit.ts), never for display. */
export function postingFeatures(
  input: PostingInput,
  settings?: Partial<ClassifierSettings>,
): PostingFeatures {
  return read(input, resolveSettings(settings)).features;
}

/**
 * Classify one posting. Pure and deterministic: same input, settings and model, same verdict. `model` is the
 * fitted decision model (fitted-model.ts); evaluation passes one fitted without the postings it scores.
 */
export function classify(
  input: PostingInput,
  settings?: Partial<ClassifierSettings>,
  model: DecisionModel = FITTED_MODEL,
): Verdict {
  const resolved = resolveSettings(settings);
  const { analysis, compiled, title, words, features, unreadable } = read(input, resolved);
  if (unreadable) return unknownVerdict(unreadable, title, words);

  const totals = scaledTotals(features, model);
  const { share, titleExternal, titleInternal } = fittedShare(features, totals, model);
  const decisionInput: DecisionInput = {
    titleShape: title.shape,
    external: totals.external,
    internal: totals.internal,
    titleExternal,
    titleInternal,
    share,
    leadershipP: leadershipProbability(features, totals, model.leadership),
    leadershipThreshold: model.leadershipThreshold,
    leadership: features.leadership,
    // A band the caller chose, else the model's own (evaluation passes models fitted with other bands).
    hybridBand: bandFor(
      totals,
      typeof settings?.hybridBand === 'number' ? resolved.hybridBand : model.halfBand,
      model,
    ),
    hybridMinSide: model.hybridMinSide,
    saysBoth: features.saysBoth,
  };
  const decision = decideShape(decisionInput);
  // Under MIN_WORDS words the verdict is less sure in proportion to the missing words.
  const short = words < MIN_WORDS;
  const confidence = confidenceOf(decision, decisionInput);
  scaleEvidence(analysis.evidence, model);
  const duties = dutyCounts(analysis);
  const evidence: Evidence[] = analysis.evidence;
  const mismatch = mismatchOf(
    title.shape,
    title.label,
    hasRank(title.text || title.label),
    decision.shape,
    evidence,
    duties,
  );
  return {
    shape: decision.shape,
    external: round3(totals.external),
    internal: round3(totals.internal),
    externalShare: round3(share),
    ...(titleExternal + titleInternal > 0
      ? { titleClaim: { external: round3(titleExternal), internal: round3(titleInternal) } }
      : {}),
    confidence: short ? round2(confidence * (words / MIN_WORDS)) : confidence,
    titleShape: title.shape,
    mismatch,
    evidence,
    context: contextNotes(analysis.norm, analysis.sections, analysis.context, compiled.negation),
    summary: summaryOf({
      decision,
      share,
      evidence,
      titleShape: title.shape,
      titleLabel: title.label,
      titleText: title.text,
      mismatch,
      words,
    }),
    ...(title.text ? { titleText: title.text } : {}),
    ...(duties ? { duties } : {}),
  };
}

// Rules for the user's own phrases, shared by the settings validator and the options page's input checks.

import type { ExtraPhrase } from '../classifier/types';
import { LIMITS } from './settings-schema';
import type { Translate } from './strings';

export type PhraseProblem = 'length' | 'chars' | 'weight' | 'duplicate' | 'too-many';

// Letters and digits in any script, spaces, hyphens, straight and typographic apostrophes.
const PHRASE_CHARS = /^[\p{L}\p{N} '\u2019-]+$/u;

/**
 * Trims and collapses inner whitespace, so "  team   health " and "team health" are one phrase, and makes a run of
 * spaces and hyphens one hyphen ("team -- lead" is "team-lead"): each run then compiles to one separator class.
 */
export function normalizePhrase(phrase: string): string {
  return phrase
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[ -]{2,}/g, '-');
}

/** Duplicates are found case-insensitively, as the classifier matches case-insensitively. */
export function phraseIdentity(phrase: string): string {
  return normalizePhrase(phrase)
    .toLocaleLowerCase('en')
    .replace(/\u2019/g, "'");
}

export function checkPhraseText(phrase: string): PhraseProblem | null {
  const normalized = normalizePhrase(phrase);
  const { minChars, maxChars } = LIMITS.phrase;
  if ([...normalized].length < minChars || [...normalized].length > maxChars) return 'length';
  return PHRASE_CHARS.test(normalized) ? null : 'chars';
}

export function checkWeight(weight: unknown): boolean {
  return (
    typeof weight === 'number' &&
    Number.isFinite(weight) &&
    weight >= LIMITS.weight.min &&
    weight <= LIMITS.weight.max
  );
}

/** For the options page: may this phrase be added to a pole that already holds `pole`, next to `all` phrases? */
export function checkNewPhrase(
  candidate: ExtraPhrase,
  pole: readonly ExtraPhrase[],
  all: readonly ExtraPhrase[],
): PhraseProblem | null {
  const textProblem = checkPhraseText(candidate.phrase);
  if (textProblem) return textProblem;
  if (!checkWeight(candidate.weight)) return 'weight';
  const id = phraseIdentity(candidate.phrase);
  if (all.some((p) => phraseIdentity(p.phrase) === id)) return 'duplicate';
  return pole.length >= LIMITS.phrase.maxPerPole ? 'too-many' : null;
}

const PROBLEM_KEYS: Record<PhraseProblem, string> = {
  length: 'phraseErrorLength',
  chars: 'phraseErrorChars',
  weight: 'phraseErrorWeight',
  duplicate: 'phraseErrorDuplicate',
  'too-many': 'phraseErrorTooMany',
};

export function describePhraseProblem(problem: PhraseProblem, t: Translate): string {
  return t(PROBLEM_KEYS[problem]);
}

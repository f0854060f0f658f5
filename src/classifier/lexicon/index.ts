// The default lexicon: categories, both poles' entries, leadership markers and stop phrases.
import { CATEGORIES } from './categories';
import { EXTERNAL_ENTRIES } from './external';
import { HANDS_ON_ENTRIES } from './hands-on';
import { INTERNAL_ENTRIES } from './internal';
import { LEADERSHIP_MARKERS, STOP_PHRASES } from './markers';
import type { Lexicon, LexiconEntry } from './types';
import { WORK_MARKERS } from './work';

export { CATEGORIES, CATEGORY_BY_ID } from './categories';
export { LEADERSHIP_MARKERS, STOP_PHRASES } from './markers';
export type { Category, LeadershipMarker, Lexicon, LexiconEntry } from './types';

export const LEXICON: readonly LexiconEntry[] = [
  ...EXTERNAL_ENTRIES,
  ...HANDS_ON_ENTRIES,
  ...INTERNAL_ENTRIES,
];

export const DEFAULT_LEXICON: Lexicon = {
  categories: CATEGORIES,
  entries: LEXICON,
  markers: [...LEADERSHIP_MARKERS, ...WORK_MARKERS],
  stopPhrases: STOP_PHRASES,
};

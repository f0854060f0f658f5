// RoleLens classifier: is a leadership posting CTO-shaped (the technology) or VP-Eng-shaped (the team)?
// Pure TypeScript: no DOM, no extension APIs; the same code runs in the extension, tests and the command line.
export { classify, compiledFor, prepareInSteps } from './classify';
export {
  type Analysis,
  analyze,
  type CompiledLexicon,
  CUSTOM_CATEGORIES,
  compileLexicon,
  compileLexiconSteps,
  floorSource,
  NEGATION_FACTOR,
  poleTotals,
} from './engine';
export {
  CATEGORIES,
  CATEGORY_BY_ID,
  type Category,
  DEFAULT_LEXICON,
  LEADERSHIP_MARKERS,
  LEXICON,
  type Lexicon,
  type LexiconEntry,
  STOP_PHRASES,
} from './lexicon';
export { DEFAULT_NEGATION, type NegationRules } from './negation';
export { type Normalized, normalize, toOriginal } from './normalize';
export { compilePattern, expandPattern } from './pattern';
export { detectSections, SECTION_WEIGHTS } from './sections';
export { DEFAULT_CLASSIFIER_SETTINGS, resolveSettings, SHAPE_LABELS, TITLE_SHAPE_LABELS } from './settings';
export { shownVerdict } from './shown';
export { readTitle } from './title';
export type * from './types';

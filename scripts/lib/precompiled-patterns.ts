// Build time: every phrase the default lexicon compiles, compiled once here and embedded in the Node build, so a
// `rolelens` run for one posting does not spend a third of its start compiling phrases (results are the same:
// compilePattern made them).
import { DEFAULT_LEXICON } from '../../src/classifier/lexicon';
import { type PrecompiledPatterns, precompilePatterns } from '../../src/classifier/pattern';
import { LINE_CUES } from '../../src/classifier/sections';

/** The phrases compileLexicon compiles for the default lexicon: entries, markers, stop phrases, line cues. */
export function defaultLexiconPatterns(): string[] {
  return [
    ...DEFAULT_LEXICON.entries.flatMap((e) => e.patterns),
    ...(DEFAULT_LEXICON.markers ?? []).flatMap((m) => m.patterns),
    ...(DEFAULT_LEXICON.stopPhrases ?? []),
    ...LINE_CUES.flatMap((c) => c.patterns),
  ];
}

export function precompiledDefaultPatterns(): PrecompiledPatterns {
  return precompilePatterns(defaultLexiconPatterns());
}

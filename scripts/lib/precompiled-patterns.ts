// Build time: every phrase the default lexicon compiles, compiled once here and embedded in the Node build, so a
// `rolelens` run for one posting does not spend a third of its start compiling phrases (results are the same:
// compilePattern made them).
import type { Plugin } from 'vite';
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

const PRECOMPILED_ID = 'virtual:precompiled-patterns';

/** The default lexicon's phrases compiled at build time, as JSON in the build (`virtual:precompiled-patterns`). */
export function precompiledPatternsPlugin(): Plugin {
  return {
    name: 'rolelens-precompiled-patterns',
    resolveId: (id) => (id === PRECOMPILED_ID ? `\0${PRECOMPILED_ID}` : undefined),
    load: (id) =>
      id === `\0${PRECOMPILED_ID}`
        ? `export default JSON.parse(${JSON.stringify(JSON.stringify(precompiledDefaultPatterns()))});`
        : undefined,
  };
}

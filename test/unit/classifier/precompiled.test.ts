// The Node build embeds the default lexicon's phrases compiled at build time: reading them back must give the same
// compiled lexicon, and so the same verdicts, as compiling them again.
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultLexiconPatterns,
  precompiledDefaultPatterns,
} from '../../../scripts/lib/precompiled-patterns';
import { compileLexicon } from '../../../src/classifier/engine';
import { DEFAULT_LEXICON } from '../../../src/classifier/lexicon';
import { compilePattern, usePrecompiledPatterns } from '../../../src/classifier/pattern';

afterEach(() => usePrecompiledPatterns({}));

// JSON, as it travels inside the build.
const table = () => JSON.parse(JSON.stringify(precompiledDefaultPatterns()));

/** Everything of a compiled lexicon but the regex objects' state, as comparable data. */
const shape = (compiled: ReturnType<typeof compileLexicon>) =>
  JSON.parse(
    JSON.stringify(compiled, (_, value) =>
      value instanceof RegExp
        ? `/${value.source}/${value.flags}`
        : value instanceof Set
          ? [...value]
          : ArrayBuffer.isView(value)
            ? Array.from(value as Uint8Array)
            : value,
    ),
  );

describe('precompiled lexicon phrases', () => {
  it('cover every phrase the default lexicon compiles', () => {
    const seen: string[] = [];
    const table = precompiledDefaultPatterns();
    for (const pattern of defaultLexiconPatterns()) if (!(pattern in table)) seen.push(pattern);
    expect(seen).toEqual([]);
    expect(Object.keys(table).length).toBeGreaterThan(400);
  });

  it('compile the default lexicon to exactly what compiling it afresh gives', () => {
    const fresh = shape(compileLexicon(DEFAULT_LEXICON));
    usePrecompiledPatterns(table());
    expect(shape(compileLexicon(DEFAULT_LEXICON))).toEqual(fresh);
  });

  it('are taken as they are, and a phrase not among them is still compiled', () => {
    const made = table();
    const [pattern] = Object.keys(made);
    made[pattern!].bounded = 'taken from the table';
    usePrecompiledPatterns(made);
    expect(compilePattern(pattern!).bounded).toBe('taken from the table');
    expect(compilePattern('zz top')).toMatchObject({ firstWords: ['zz'], minLength: 6 });
  });

  it('give the same verdicts on every fixture posting', async () => {
    const dir = 'test/fixtures/postings';
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
    const { analyze } = await import('../../../src/classifier/engine');
    const fresh = compileLexicon(DEFAULT_LEXICON);
    usePrecompiledPatterns(table());
    const precompiled = compileLexicon(DEFAULT_LEXICON);
    for (const text of texts) {
      expect(JSON.stringify(analyze(text, precompiled))).toBe(JSON.stringify(analyze(text, fresh)));
    }
    expect(texts.length).toBeGreaterThan(10);
  });
});

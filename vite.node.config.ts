import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import { precompiledDefaultPatterns } from './scripts/lib/precompiled-patterns.ts';

const PRECOMPILED_ID = 'virtual:precompiled-patterns';

/** The default lexicon's phrases compiled now, as JSON in the build (scripts/lib/use-precompiled-patterns.ts). */
function precompiledPatterns(): Plugin {
  return {
    name: 'rolelens-precompiled-patterns',
    resolveId: (id) => (id === PRECOMPILED_ID ? `\0${PRECOMPILED_ID}` : undefined),
    load: (id) =>
      id === `\0${PRECOMPILED_ID}`
        ? `export default JSON.parse(${JSON.stringify(JSON.stringify(precompiledDefaultPatterns()))});`
        : undefined,
  };
}

// The Node build: the `rolelens` command line, its JSONL worker and the library, as plain ES modules in dist/node.
// Everything is bundled (no TypeScript and no node_modules at run time); the HTML reader (parse5, happy-dom) lands
// in its own chunk, loaded only when an HTML page is read.
export default defineConfig({
  plugins: [precompiledPatterns()],
  publicDir: false,
  build: {
    outDir: 'dist/node',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    ssr: true,
    rollupOptions: {
      input: {
        cli: 'scripts/classify.ts',
        'jsonl-worker': 'scripts/lib/jsonl-worker.ts',
        index: 'src/lib/index.ts',
      },
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});

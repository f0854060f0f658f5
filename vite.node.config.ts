import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import { precompiledPatternsPlugin } from './scripts/lib/precompiled-patterns.ts';

// The Node build: the `rolelens` command line, its JSONL worker and the library, as plain ES modules in dist/node.
// Everything is bundled (no TypeScript and no node_modules at run time); the HTML reader (parse5, happy-dom) lands
// in its own chunk, loaded only when an HTML page is read.
export default defineConfig({
  plugins: [precompiledPatternsPlugin()],
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

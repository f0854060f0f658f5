import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import manifestSource from './manifest.json' with { type: 'json' };
import { manifestFor, type TargetBrowser } from './scripts/manifest-for.ts';

// One manifest source, two builds: `vite build --mode chrome` and `--mode firefox`.
export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(manifestSource, browser) as unknown as ManifestV3Export,
        browser,
        // One self-contained file, no loader: a loader would need web_accessible_resources,
        // which job sites probe to detect extensions.
        contentScripts: { standaloneFiles: ['src/content/index.tsx'], injectCss: false },
      }),
    ],
    resolve: {
      // The extension's small promise-based `browser` (src/shared/extension-api.ts) instead of the polyfill.
      alias: { 'webextension-polyfill': resolve(import.meta.dirname, 'src/shared/extension-api.ts') },
    },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
    },
  };
});

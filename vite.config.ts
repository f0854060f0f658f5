import { resolve } from 'node:path';
import { type CrxPlugin, crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifestSource from './manifest.json' with { type: 'json' };
import { precompiledPatternsPlugin } from './scripts/lib/precompiled-patterns.ts';
import { manifestFor, type TargetBrowser } from './scripts/manifest-for.ts';

// Every content script is a standalone file: one per site (the manifest's) and the one injected on request.
const CONTENT_SCRIPTS = [
  'src/content/index.tsx',
  ...manifestSource.content_scripts.flatMap((script) => script.js),
];

/**
 * crxjs declares a file imported with `?script` web-accessible to every site, for its loader; the injected content
 * script is one self-contained file run by scripting.executeScript and needs none, and job sites probe them.
 */
function noWebAccessibleResources(): CrxPlugin {
  return {
    name: 'rolelens:no-web-accessible-resources',
    enforce: 'post',
    renderCrxManifest(manifest) {
      delete manifest.web_accessible_resources;
      return manifest;
    },
  };
}

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
        contentScripts: { standaloneFiles: CONTENT_SCRIPTS, injectCss: false },
      }),
      noWebAccessibleResources(),
      // The background compiles the lexicon when it wakes: its phrases come compiled from the build.
      precompiledPatternsPlugin(),
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

// Per-browser manifest from the one source: Firefox needs its add-on id and data-collection statement, Chrome the
// first version with the Custom Highlight API (CSS.highlights, Chrome 105), which the evidence highlights use.
export type TargetBrowser = 'chrome' | 'firefox';

export const MINIMUM_CHROME_VERSION = '105';

export const GECKO_ID = 'rolelens@rolelens.dev';

type Manifest = Record<string, unknown>;

export function manifestFor(source: Manifest, browser: TargetBrowser): Manifest {
  const manifest: Manifest = structuredClone(source);
  // Firefox warns about the key; its own floor is strict_min_version below.
  if (browser === 'chrome') manifest.minimum_chrome_version = MINIMUM_CHROME_VERSION;
  if (browser === 'firefox') {
    // Firefox MV3 has no service workers: the same module runs as a background script.
    const background = manifest.background as { service_worker: string; type?: string };
    manifest.background = { scripts: [background.service_worker], type: background.type };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest;
}

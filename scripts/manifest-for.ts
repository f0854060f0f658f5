// Per-browser manifest from the one source: Firefox needs its add-on id and data-collection statement.
export type TargetBrowser = 'chrome' | 'firefox';

export const GECKO_ID = 'rolelens@rolelens.dev';

type Manifest = Record<string, unknown>;

export function manifestFor(source: Manifest, browser: TargetBrowser): Manifest {
  const manifest: Manifest = structuredClone(source);
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

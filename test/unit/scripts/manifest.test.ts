// Both builds' manifests: extension pages may connect nowhere, and Chrome is held to the Custom Highlight API.
import { describe, expect, it } from 'vitest';
import source from '../../../manifest.json' with { type: 'json' };
import { MINIMUM_CHROME_VERSION, manifestFor } from '../../../scripts/manifest-for';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  const manifest = manifestFor(source, browser) as {
    content_security_policy?: { extension_pages?: string };
    minimum_chrome_version?: string;
  };

  it('forbids extension pages every network connection and any script not shipped with the extension', () => {
    const policy = directives(manifest.content_security_policy?.extension_pages ?? '');
    expect(policy.get('connect-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'self'"]);
  });

  it(
    browser === 'chrome'
      ? 'asks for Chrome 105, the first with CSS.highlights'
      : 'leaves the Chrome floor out',
    () => {
      expect(manifest.minimum_chrome_version).toBe(browser === 'chrome' ? MINIMUM_CHROME_VERSION : undefined);
      if (browser === 'chrome') expect(Number(MINIMUM_CHROME_VERSION)).toBeGreaterThanOrEqual(105);
    },
  );
});

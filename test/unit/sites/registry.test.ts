// Every adapter is registered, has fixtures, and claims its own example URLs and no other's.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../src/sites/generic';
import { adapterFor, SITE_ADAPTERS } from '../../../src/sites/registry';
import { FIXTURE_ROOT } from './fixtures';

const ADAPTER_DIR = join(import.meta.dirname, '../../../src/sites/adapters');

describe('site registry', () => {
  it('registers every adapter file, once', () => {
    const files = readdirSync(ADAPTER_DIR)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    const ids = SITE_ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...files].sort());
  });

  it.each([...SITE_ADAPTERS, genericAdapter].map((a) => [a.id] as const))('%s has fixtures', (id) => {
    const dir = join(FIXTURE_ROOT, id);
    expect(existsSync(dir)).toBe(true);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages)
      expect(existsSync(join(dir, page.replace(/\.html$/, '.expected.json')))).toBe(true);
  });

  it.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))(
    '%s claims its example URLs and no other adapter does',
    (_id, adapter) => {
      expect(adapter.exampleUrls.length).toBeGreaterThan(0);
      for (const url of adapter.exampleUrls) {
        expect(adapter.matches(new URL(url))).toBe(true);
        const claimants = SITE_ADAPTERS.filter((other) => other.matches(new URL(url))).map((a) => a.id);
        expect(claimants).toEqual([adapter.id]);
        expect(adapterFor(url)).toBe(adapter);
      }
    },
  );

  it('leaves unknown sites and bad URLs to the caller', () => {
    expect(adapterFor('https://careers.example.com/jobs/1')).toBeNull();
    expect(adapterFor('not a url')).toBeNull();
    expect(SITE_ADAPTERS).not.toContain(genericAdapter);
  });
});

// Every string the code asks i18n for exists in the English locale, so no user ever sees a bare key.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORAGE_STRINGS } from '../../src/storage/strings';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('English locale', () => {
  it('has every key the source passes to t()', () => {
    const missing: string[] = [];
    for (const file of sourceFiles('src')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) {
        if (!messages[match[1] as string]) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has the storage layer’s strings as that layer writes them in English', () => {
    for (const [key, entry] of Object.entries(STORAGE_STRINGS))
      expect(messages[key]?.message).toBe(entry.message);
  });

  it('has the manifest’s names and the keyboard command’s description', () => {
    for (const key of ['extName', 'extDescription', 'commandTogglePanel'])
      expect(messages[key]?.message).toBeTruthy();
  });
});

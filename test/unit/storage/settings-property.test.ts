import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/messages/parse';
import { parseHistoryEntry } from '../../../src/storage/history-entry';
import { parseSettingsImport } from '../../../src/storage/settings-io';
import { SETTING_KEYS } from '../../../src/storage/settings-schema';
import { validateSettings } from '../../../src/storage/settings-validate';

// Values of every JSON kind, keyed by real setting names half of the time.
const anyRecord = fc.dictionary(
  fc.oneof(fc.constantFrom(...SETTING_KEYS), fc.string()),
  fc.jsonValue({ maxDepth: 3 }),
);

describe('validation never breaks on arbitrary input', () => {
  it('settings: never throws, and its output validates clean', () => {
    fc.assert(
      fc.property(anyRecord, (raw) => {
        const { settings } = validateSettings(raw);
        expect(validateSettings(settings).resets).toEqual([]);
      }),
    );
  });

  it('imports: never throw, always say ok or give an error', () => {
    fc.assert(
      fc.property(anyRecord, fc.integer({ min: -2, max: 3 }), (settings, schemaVersion) => {
        const result = parseSettingsImport(JSON.stringify({ rolelens: 'settings', schemaVersion, settings }));
        expect(result.ok || result.error.length > 0).toBe(true);
      }),
    );
  });

  it('messages and history entries: never throw', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (raw) => {
        parseMessage(raw);
        parseHistoryEntry(raw);
      }),
    );
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../src/options/OptionsApp';
import { exportSettings } from '../../../src/storage/settings-io';
import { defaultSettings } from '../../../src/storage/settings-schema';
import { fakeBrowser } from '../fakes/browser';
import { byLabel, byText, mount, unmountAll, waitFor } from '../popup/dom';

const fake = fakeBrowser;

beforeEach(() => {});

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

async function open(): Promise<HTMLElement> {
  const el = mount(<OptionsApp />);
  await waitFor(() => byText(el, 'h2', 'Settings file'));
  return el;
}

function choose(input: HTMLInputElement, text: string) {
  const file = new File([text], 'settings.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('Options: settings file', () => {
  it('an invalid file shows the reason and changes nothing', async () => {
    fake.storage.sync.seed({ track: 'cto' });
    const el = await open();
    const before = fake.storage.sync.dump();
    const input = byLabel(el, 'Import settings from a file');
    choose(input, '{ not json');
    await waitFor(() => byText(el, '[role="alert"]', 'it is not valid JSON'));
    choose(input, JSON.stringify({ rolelens: 'settings', schemaVersion: 1, settings: { theme: 42 } }));
    await waitFor(() => byText(el, '[role="alert"]', 'values RoleLens cannot use (Theme)'));
    expect(fake.storage.sync.dump()).toEqual(before);
    expect(fake.storage.sync.writes).toEqual([]);
  });

  it('a file nested 300,000 deep or too large shows why, reads nothing too large, and changes nothing', async () => {
    const el = await open();
    const input = byLabel(el, 'Import settings from a file');
    const deep = `${'['.repeat(300_000)}${']'.repeat(300_000)}`;
    choose(input, `{"rolelens":"settings","schemaVersion":0,"settings":{"theme":${deep}}}`);
    await waitFor(() => byText(el, '[role="alert"]', 'nests values far deeper'));
    const text = vi.fn(async () => '{}');
    Object.defineProperty(input, 'files', { value: [{ size: 50_000_000, text }], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => byText(el, '[role="alert"]', 'too large to be a RoleLens settings file'));
    expect(text).not.toHaveBeenCalled();
    expect(fake.storage.sync.writes).toEqual([]);
  });

  it('a valid file applies its settings and shows its warnings', async () => {
    const el = await open();
    const settings = { ...defaultSettings(), track: 'vpeng' as const, hybridBand: 0.2 };
    const file = JSON.parse(exportSettings(settings));
    file.settings.colour = 'blue';
    choose(byLabel(el, 'Import settings from a file'), JSON.stringify(file));
    await waitFor(() => byText(el, '.ok', 'Settings imported.'));
    expect(el.textContent).toContain('Ignored an unknown setting: colour');
    expect(fake.storage.sync.dump()).toMatchObject({ track: 'vpeng', hybridBand: 0.2 });
    await waitFor(() => expect(byLabel(el, 'VP of Engineering: I want to run the team').checked).toBe(true));
  });

  it('exports the settings as a marked JSON file', async () => {
    fake.storage.sync.seed({ track: 'cto' });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const el = await open();
    byText<HTMLButtonElement>(el, 'button', 'Export settings').click();
    const file = JSON.parse(await blobs[0]!.text());
    expect(file).toMatchObject({ rolelens: 'settings', settings: { track: 'cto' } });
  });

  it('resets to defaults after the confirm step', async () => {
    fake.storage.sync.seed({ track: 'cto', theme: 'dark' });
    const el = await open();
    byText<HTMLButtonElement>(el, 'button', 'Reset to defaults').click();
    (await waitFor(() => byText<HTMLButtonElement>(el, 'button', 'Yes, reset'))).click();
    await waitFor(() => byText(el, '.ok', 'Every setting is back to its default.'));
    expect(fake.storage.sync.dump()).toEqual({});
    await waitFor(() => expect(byLabel(el, 'Either').checked).toBe(true));
    expect(byLabel(el, 'Same as the system').checked).toBe(true);
  });
});

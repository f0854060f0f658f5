// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../src/options/OptionsApp';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-schema';
import { fakeBrowser, settle } from '../fakes/browser';
import { byLabel, byText, mount, type, unmountAll, waitFor } from '../popup/dom';

const fake = fakeBrowser;

beforeEach(() => {});

afterEach(unmountAll);

async function open(): Promise<HTMLElement> {
  const el = mount(<OptionsApp />);
  await waitFor(() => byText(el, 'h2', 'Sites'));
  return el;
}

const addForm = (el: HTMLElement, pole: 'external' | 'internal') =>
  el.querySelector<HTMLFormElement>(`.phrases.pole-${pole} form`)!;

describe('Options: sites, display and classification', () => {
  it('unticking a hiring site writes it to disabledSites, and ticking it again removes it', async () => {
    const el = await open();
    const linkedin = byLabel(el, 'LinkedIn');
    expect(linkedin.checked).toBe(true);
    linkedin.click();
    await waitFor(() => expect(fake.storage.sync.dump().disabledSites).toEqual(['linkedin']));
    byLabel(el, 'LinkedIn').click();
    await waitFor(() => expect(fake.storage.sync.dump().disabledSites).toEqual([]));
  });

  it('lists hostnames switched off elsewhere, each with a remove button', async () => {
    fake.storage.sync.seed({ disabledSites: ['careers.example.com', 'indeed'] });
    const el = await open();
    expect(byLabel(el, 'Indeed').checked).toBe(false);
    const remove = await waitFor(() =>
      byLabel<HTMLButtonElement>(el, 'Switch RoleLens back on for careers.example.com'),
    );
    remove.click();
    await waitFor(() => expect(fake.storage.sync.dump().disabledSites).toEqual(['indeed']));
    await waitFor(() => expect(el.textContent).not.toContain('careers.example.com'));
  });

  it('saves display choices at once', async () => {
    const el = await open();
    byLabel(el, 'Dark').click();
    byLabel(el, 'Left').click();
    byLabel(el, 'Highlight evidence in the posting').click();
    await waitFor(() =>
      expect(fake.storage.sync.dump()).toMatchObject({ theme: 'dark', panelSide: 'left', highlights: false }),
    );
    await waitFor(() => expect(document.documentElement.getAttribute('data-theme')).toBe('dark'));
  });

  it('shows the hybrid band as percentages and saves it', async () => {
    const el = await open();
    // The default band is the one fitted to readers' labels (src/classifier/fitted-model.ts).
    const band = Math.round(DEFAULT_SETTINGS.hybridBand * 100);
    expect(el.textContent).toContain(
      `Hybrid when the external share is between ${50 - band}% and ${50 + band}%`,
    );
    const range = byLabel(el, 'Hybrid band');
    type(range, '0.25');
    await waitFor(() => expect(fake.storage.sync.dump().hybridBand).toBe(0.25));
    await waitFor(() => expect(el.textContent).toContain('between 25% and 75%'));
  });

  it('switches a category off, grouped by pole with its description', async () => {
    const el = await open();
    const hiring = byLabel(el, 'Hiring and recruiting');
    expect(hiring.closest('fieldset')?.querySelector('legend')?.textContent).toBe('Internal focus: the team');
    expect(document.getElementById(hiring.getAttribute('aria-describedby')!)?.textContent).toContain(
      'Building the team',
    );
    hiring.click();
    await waitFor(() => expect(fake.storage.sync.dump().disabledCategories).toEqual(['hiring']));
  });

  it('shows a phrase problem next to the field as it is typed, and does not save it', async () => {
    const el = await open();
    const form = addForm(el, 'external');
    const input = byLabel(form, 'New phrase');
    type(input, 'x');
    const error = await waitFor(() => byText(form, '.error', 'A phrase has 2 to 60 characters.'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(error.id);
    type(input, 'ship <it>');
    await waitFor(() => byText(form, '.error', 'only letters, digits'));
    form.requestSubmit();
    await new Promise((r) => setTimeout(r, 30));
    expect(fake.storage.sync.dump().extraPhrasesExternal).toBeUndefined();
  });

  it('saves a valid phrase with its weight, and refuses the same phrase on the other pole', async () => {
    const el = await open();
    const form = addForm(el, 'external');
    type(byLabel(form, 'New phrase'), '  platform   bets ');
    type(byLabel(form, 'Weight'), '2');
    await settle(); // let the typed values render before submitting
    expect(byLabel(form, 'New phrase').getAttribute('aria-invalid')).toBe('false');
    form.requestSubmit();
    await waitFor(() =>
      expect(fake.storage.sync.dump().extraPhrasesExternal).toEqual([{ phrase: 'platform bets', weight: 2 }]),
    );
    await waitFor(() => byText(el, '.phrase', 'platform bets'));
    const other = addForm(el, 'internal');
    type(byLabel(other, 'New phrase'), 'Platform Bets');
    await waitFor(() => byText(other, '.error', 'already in the list'));
    type(byLabel(other, 'Weight'), '9');
    await waitFor(() => byText(other, '.error', 'A weight is between 0.1 and 5.'));
  });

  it('saves a phrase typed with a run of spaces and hyphens as one hyphen', async () => {
    const el = await open();
    const form = addForm(el, 'internal');
    type(byLabel(form, 'New phrase'), 'team -- lead');
    type(byLabel(form, 'Weight'), '1');
    await settle();
    form.requestSubmit();
    await waitFor(() =>
      expect(fake.storage.sync.dump().extraPhrasesInternal).toEqual([{ phrase: 'team-lead', weight: 1 }]),
    );
  });

  it('removes a phrase', async () => {
    fake.storage.sync.seed({ extraPhrasesInternal: [{ phrase: 'team rituals', weight: 1 }] });
    const el = await open();
    (await waitFor(() => byLabel<HTMLButtonElement>(el, 'Remove "team rituals"'))).click();
    await waitFor(() => expect(fake.storage.sync.dump().extraPhrasesInternal).toEqual([]));
  });

  it('saves the track', async () => {
    const el = await open();
    byLabel(el, 'CTO: I want to own the technology').click();
    await waitFor(() => expect(fake.storage.sync.dump().track).toBe('cto'));
  });

  it('shows a failed write next to the control and what is really stored', async () => {
    const el = await open();
    fake.storage.sync.failNext('write', 'QUOTA_BYTES quota exceeded');
    byLabel(el, 'Highlight evidence in the posting').click();
    const error = await waitFor(() => byText(el, '[role="alert"]', 'Browser storage for RoleLens is full'));
    await waitFor(() => expect(byLabel(el, 'Highlight evidence in the posting').checked).toBe(true));
    expect(byLabel(el, 'Highlight evidence in the posting').getAttribute('aria-describedby')).toBe(error.id);
  });

  it('tells which corrupted settings were reset and why, until dismissed', async () => {
    fake.storage.sync.seed({ hybridBand: 'wide', theme: 'neon', disabledSites: ['ok', '!!bad'] });
    const el = await open();
    const notice = await waitFor(() => byText(el, 'section.notice', 'Some settings were reset'));
    expect(notice.textContent).toContain(
      'Hybrid band: the stored value had the wrong type, so the default is used.',
    );
    expect(notice.textContent).toContain('Theme: the stored value is not one of the choices');
    expect(notice.textContent).toContain(
      'Sites where RoleLens is off: some entries were invalid and were dropped.',
    );
    byText<HTMLButtonElement>(notice, 'button', 'Dismiss').click();
    await waitFor(() => expect(el.querySelector('section.notice')).toBeNull());
  });

  it('gives every element a unique id, so labels and descriptions point at the right thing', async () => {
    fake.storage.sync.seed({
      extraPhrasesExternal: [
        { phrase: "team's", weight: 1 },
        { phrase: 'team s', weight: 1 },
      ],
    });
    const el = await open();
    const ids = [...el.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const label of el.querySelectorAll('label[for]')) {
      expect(document.getElementById(label.getAttribute('for')!)?.tagName).toMatch(/INPUT|SELECT|TEXTAREA/);
    }
  });

  it('follows changes made elsewhere', async () => {
    const el = await open();
    await fake.storage.sync.set({ track: 'vpeng' });
    await waitFor(() => expect(byLabel(el, 'VP of Engineering: I want to run the team').checked).toBe(true));
  });
});

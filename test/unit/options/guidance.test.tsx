// @vitest-environment happy-dom
// Writer's guidance in the playground, on postings written for these tests: a CTO posting that drifts toward the
// VP of Engineering's job, and the reverse.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../src/options/OptionsApp';
import { resetFakeBrowser } from '../fakes/browser';
import { byLabel, byText, mount, type, unmountAll, waitFor } from '../popup/dom';

vi.mock('webextension-polyfill', () => import('../fakes/browser'));

beforeEach(() => {
  resetFakeBrowser();
});

afterEach(unmountAll);

const CTO_DRIFTING = [
  'Chief Technology Officer',
  'What you will do',
  'Own our technical vision and make the key architecture decisions for the platform.',
  'Hire engineers and run weekly one-on-ones with every member of the team.',
  'Run sprint planning and keep delivery on schedule.',
  'Coach engineering managers and write performance reviews.',
].join('\n');

const VPENG_DRIFTING = [
  'VP of Engineering',
  'What you will do',
  'Hire and grow a team of engineering managers, and run delivery across six teams.',
  'Own the engineering budget and headcount plan.',
  'Set the technical vision and represent our technology to the board and investors.',
  'Speak at conferences as the public voice of our platform.',
].join('\n');

async function write(job: 'CTO' | 'VP of Engineering', text: string): Promise<HTMLElement> {
  const el = mount(<OptionsApp />);
  await waitFor(() => byText(el, 'h2', 'Playground'));
  el.querySelector<HTMLInputElement>(`#playground-intended-${job === 'CTO' ? 'cto' : 'vpeng'}`)?.click();
  type(byLabel<HTMLTextAreaElement>(el, 'Posting text'), text);
  await waitFor(() => expect(el.querySelector('.guidance')).not.toBeNull());
  return el;
}

const pulls = (el: HTMLElement) =>
  [...el.querySelectorAll('.guidance .pulls q')].map((q) => q.textContent?.toLowerCase() ?? '');
const marked = (el: HTMLElement) =>
  [...el.querySelectorAll('.guidance mark')].map((m) => m.textContent?.toLowerCase() ?? '');
const missing = (el: HTMLElement) =>
  [...el.querySelectorAll('.guidance .missing strong')].map((s) => s.textContent);

describe('Writer’s guidance in the playground', () => {
  it('shows nothing but the verdict until the writer says which job they mean', async () => {
    const el = mount(<OptionsApp />);
    await waitFor(() => byText(el, 'h2', 'Playground'));
    type(byLabel<HTMLTextAreaElement>(el, 'Posting text'), CTO_DRIFTING);
    await waitFor(() => expect(el.querySelector('.playground-verdict')).not.toBeNull());
    expect(el.querySelector('.guidance')).toBeNull();
  });

  it('on a CTO posting that drifts, marks the team-running phrases with their reasons and names the unnamed duties', async () => {
    const el = await write('CTO', CTO_DRIFTING);
    expect(byText(el, '.guidance h3', 'Guidance for a CTO posting')).toBeTruthy();
    const found = pulls(el);
    for (const phrase of ['one-on-ones', 'sprint planning', 'performance reviews'])
      expect(found.some((p) => p.includes(phrase))).toBe(true);
    // The same phrases are marked in the text, and only they: the vision line is not.
    expect(marked(el)).toEqual(
      found
        .slice()
        .sort((a, b) => CTO_DRIFTING.toLowerCase().indexOf(a) - CTO_DRIFTING.toLowerCase().indexOf(b)),
    );
    expect(marked(el).some((m) => m.includes('technical vision'))).toBe(false);
    expect(el.querySelector('.guidance .pulls .reason')?.textContent).toBeTruthy();
    expect(el.querySelector('.guidance section')?.textContent).toBe(CTO_DRIFTING);
    const duties = missing(el);
    expect(duties).toContain('Investors and board');
    expect(duties).toContain('Customers and partners');
    expect(duties).not.toContain('Technical vision and strategy');
    expect(el.querySelector('.guidance .missing .reason')?.textContent).toBeTruthy();
    expect(el.textContent).toContain('RoleLens does not rewrite your text');
  });

  it('on a VP of Engineering posting that drifts, marks the technology-facing phrases and names the unnamed duties', async () => {
    const el = await write('VP of Engineering', VPENG_DRIFTING);
    const found = pulls(el);
    expect(found.some((p) => p.includes('technical vision'))).toBe(true);
    expect(found.some((p) => p.includes('board'))).toBe(true);
    expect(found.some((p) => p.includes('conferences') || p.includes('public voice'))).toBe(true);
    expect(found.some((p) => p.includes('hire'))).toBe(false);
    const duties = missing(el);
    expect(duties).toContain('Culture and retention');
    expect(duties).not.toContain('Hiring and recruiting');
    expect(duties).not.toContain('Engineering budget and headcount');
  });

  it('updates as the writer types: cutting the drift takes its phrases out of the guidance', async () => {
    const el = await write('VP of Engineering', VPENG_DRIFTING);
    const before = pulls(el).length;
    const trimmed = VPENG_DRIFTING.split('\n').slice(0, 4).join('\n');
    type(byLabel<HTMLTextAreaElement>(el, 'Posting text'), trimmed);
    await waitFor(() => expect(pulls(el).length).toBeLessThan(before));
    expect(pulls(el).some((p) => p.includes('board'))).toBe(false);
    await waitFor(() =>
      expect(el.querySelector('.guidance-reads')?.textContent).toContain(
        'reads as the VP of Engineering job',
      ),
    );
  });
});

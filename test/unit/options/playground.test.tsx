// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../src/options/OptionsApp';
import { segmentText } from '../../../src/options/segments';
import { fakeBrowser } from '../fakes/browser';
import { byLabel, byText, mount, type, unmountAll, waitFor } from '../popup/dom';

const fake = fakeBrowser;

beforeEach(() => {});

afterEach(unmountAll);

const CTO_TEXT = [
  'About the role',
  'You will own our technical vision and technology strategy, and make the key architecture decisions.',
  'You will represent the technology to the board and investors, and speak at conferences.',
  'You will evaluate build vs buy decisions and lead technical due diligence.',
  'You will meet customers and partners as the voice of our platform.',
  'You will guide research and prototypes and grow our patents and IP.',
].join('\n');

async function open(): Promise<HTMLElement> {
  const el = mount(<OptionsApp />);
  await waitFor(() => byText(el, 'h2', 'Playground'));
  return el;
}

describe('Options: playground', () => {
  it('reads a CTO-ish text as typed and marks the evidence in the text', async () => {
    const el = await open();
    type(byLabel(el, 'Job title (optional)'), 'Chief Technology Officer');
    type(byLabel<HTMLTextAreaElement>(el, 'Posting text'), CTO_TEXT);
    const headline = await waitFor(() => byText(el, '.playground-verdict h3', 'CTO-shaped'));
    expect(headline.className).toContain('shape-cto');
    const marks = el.querySelectorAll('.highlighted-text mark');
    expect(marks.length).toBeGreaterThan(0);
    expect(el.querySelectorAll('.highlighted-text mark.ev-external').length).toBeGreaterThan(0);
    // The text reads back whole, marks included.
    expect(el.querySelector('.highlighted-text')?.textContent).toBe(CTO_TEXT);
    expect(el.textContent).toContain('% external');
    expect(el.querySelector('.evidence .reason')?.textContent).toBeTruthy();
  });

  it('uses the current settings: a category switched off no longer counts', async () => {
    fake.storage.sync.seed({ disabledCategories: ['vision', 'architecture', 'board', 'build-buy'] });
    const el = await open();
    type(byLabel<HTMLTextAreaElement>(el, 'Posting text'), CTO_TEXT);
    await waitFor(() => expect(el.querySelectorAll('.highlighted-text mark').length).toBeGreaterThan(0));
    const texts = [...el.querySelectorAll('.highlighted-text mark')].map((m) => m.textContent?.toLowerCase());
    expect(texts).not.toContain('technical vision');
  });

  it('says where the verdict will appear while the text is empty', async () => {
    const el = await open();
    expect(el.textContent).toContain('The verdict appears here.');
  });
});

describe('segmentText', () => {
  const hit = (start: number, end: number) =>
    ({ start, end, pole: 'external', negated: false }) as Parameters<typeof segmentText>[1][number];

  it('splits text into plain and marked runs, dropping overlaps and out-of-range hits', () => {
    const segments = segmentText('abcdefghij', [hit(6, 8), hit(1, 3), hit(2, 5), hit(9, 20)]);
    expect(segments.map((s) => [s.text, Boolean(s.hit)])).toEqual([
      ['a', false],
      ['bc', true],
      ['defghij'.slice(0, 3), false],
      ['gh', true],
      ['ij', false],
    ]);
  });
});

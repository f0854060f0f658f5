// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Shape } from '../../../src/classifier/types';
import { Panel, type PanelProps } from '../../../src/panel/Panel';
import { hit, verdict } from './verdicts';

let root: HTMLElement;

function show(overrides: Partial<PanelProps> = {}): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  const props: PanelProps = {
    posting: { title: 'Chief Technology Officer', company: 'Acme' },
    verdict: verdict(),
    track: 'either',
    collapsed: false,
    side: 'right',
    theme: 'system',
    onToggleCollapsed: () => {},
    onSwitchSide: () => {},
    onReveal: () => {},
    ...overrides,
  };
  render(<Panel {...props} />, root);
  return root;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

const headline = (el: HTMLElement) => el.querySelector('h2')?.textContent;

describe('Panel', () => {
  it.each<[Shape, string]>([
    ['cto', 'CTO-shaped'],
    ['vpeng', 'VP-Eng-shaped'],
    ['hybrid', 'Hybrid'],
    ['none', 'Not a leadership role'],
    ['unknown', 'Not enough to judge'],
  ])('states the %s verdict as "%s" in a landmark named RoleLens', (shape, words) => {
    const el = show({ verdict: verdict({ shape }) });
    const aside = el.querySelector('aside');
    expect(aside?.getAttribute('aria-label')).toBe('RoleLens');
    expect(headline(el)).toBe(words);
  });

  it('shows the external and internal shares in numbers and the confidence', () => {
    const el = show({ verdict: verdict({ externalShare: 0.72, confidence: 0.64 }) });
    expect(el.textContent).toContain('72% external');
    expect(el.textContent).toContain('28% internal');
    expect(el.textContent).toContain('Confidence: 64%');
    expect(el.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
      '72% external focus, 28% internal focus',
    );
  });

  it('warns about a title that claims one pole while the body reads as the other', () => {
    const mismatch = {
      titleShape: 'cto' as const,
      bodyShape: 'vpeng' as const,
      text: 'Titled CTO, reads VP-Eng-shaped',
    };
    const el = show({ verdict: verdict({ shape: 'vpeng', mismatch }) });
    const note = el.querySelector('[role="note"]');
    expect(note?.textContent).toContain('Title mismatch:');
    expect(note?.textContent).toContain('Titled CTO, reads VP-Eng-shaped');
  });

  it('says how much the title weighed before the text, on its side, so the gauge adds up', () => {
    const team = show({
      verdict: verdict({ shape: 'vpeng', titleClaim: { external: 0.3, internal: 1.54 } }),
    });
    expect(team.querySelector('.title-claim')?.textContent).toBe(
      'Before the text is read, the title counts as 0.3 toward the technology and 1.5 toward the team.',
    );
    render(null, root);
    root.remove();
    const none = show({ verdict: verdict({ shape: 'vpeng' }) });
    expect(none.querySelector('.title-claim')).toBeNull();
  });

  it('shows no mismatch warning when the title and body agree', () => {
    expect(show().querySelector('[role="note"]')).toBeNull();
  });

  it('groups evidence by pole and category with each reason, and marks negated hits', () => {
    const evidence = [
      hit({ matched: 'technical vision', pole: 'external', start: 0 }),
      hit({
        matched: 'direct reports',
        pole: 'internal',
        start: 30,
        negated: true,
        reason: 'Managing people',
      }),
    ];
    const el = show({ verdict: verdict({ evidence }) });
    const text = el.textContent ?? '';
    expect(text).toContain('External focus: the technology');
    expect(text).toContain('Technical vision and strategy');
    expect(text).toContain('Setting direction is the CTO’s job');
    const negated = el.querySelector('li.negated');
    expect(negated?.textContent).toContain('direct reports');
    expect(negated?.textContent).toContain('negated');
  });

  it('reveals the chosen evidence in the posting', () => {
    const onReveal = vi.fn();
    const el = show({ onReveal });
    const button = [...el.querySelectorAll<HTMLButtonElement>('button.hit')].find((b) =>
      b.textContent?.includes('hiring'),
    );
    button?.click();
    expect(onReveal).toHaveBeenCalledWith(expect.objectContaining({ matched: 'hiring', pole: 'internal' }));
  });

  it('says plainly when there is not enough to judge, with no gauge and no evidence', () => {
    const el = show({ verdict: verdict({ shape: 'unknown', evidence: [], externalShare: 0.5 }) });
    expect(el.querySelector('[role="img"]')).toBeNull();
    expect(el.textContent).toContain('too short, or not in English');
    expect(el.querySelector('button.hit')).toBeNull();
  });

  it('says so when a posting has no leadership evidence at all', () => {
    const el = show({ verdict: verdict({ shape: 'none', evidence: [] }) });
    expect(el.textContent).toContain('No leadership evidence found');
  });

  it('collapses to a tab that still names the verdict and can be expanded', () => {
    const onToggleCollapsed = vi.fn();
    const el = show({ collapsed: true, onToggleCollapsed });
    expect(headline(el)).toBe('CTO-shaped');
    expect(el.querySelector('.panel-body')).toBeNull();
    const expand = el.querySelector<HTMLButtonElement>('button[aria-expanded="false"]');
    expect(expand?.getAttribute('aria-label')).toBe('Expand RoleLens panel');
    expand?.click();
    expect(onToggleCollapsed).toHaveBeenCalled();
  });

  it('marks how the verdict fits the user’s own track', () => {
    expect(show({ track: 'cto', verdict: verdict({ shape: 'vpeng' }) }).textContent).toContain(
      'Not your track',
    );
    render(null, root);
    expect(show({ track: 'cto', verdict: verdict({ shape: 'cto' }) }).textContent).toContain(
      'Fits your track',
    );
  });

  it('shows the context notes beside the verdict', () => {
    const context = [
      { kind: 'stage' as const, text: 'Series A: at this stage CTO and VP Eng can be one person.' },
    ];
    const el = show({ verdict: verdict({ context }) });
    expect(el.textContent).toContain('Stage');
    expect(el.textContent).toContain('can be one person');
  });

  it('gives every button an accessible name', () => {
    const el = show();
    for (const button of el.querySelectorAll('button')) {
      expect((button.getAttribute('aria-label') ?? button.textContent ?? '').trim()).not.toBe('');
    }
  });

  it('shows what it read: title, company, word count, first and last words, and the reader', () => {
    const el = show({
      posting: {
        title: 'Head of Platform',
        company: 'Orbit Freight',
        read: { words: 412, first: 'We move freight across', last: 'and we answer every application' },
      },
    });
    const view = el.querySelector('details.read-view');
    expect(view?.querySelector('summary')?.textContent).toBe('What RoleLens read');
    const text = view?.textContent ?? '';
    for (const words of [
      'Head of Platform',
      'Orbit Freight',
      '412',
      'We move freight across…',
      '…and we answer every application',
      "this site's reader",
    ])
      expect(text).toContain(words);
    expect(el.textContent).not.toContain('Read generically');
  });

  it('says when the posting was read generically, and outlines the region read on request', () => {
    const onToggleReadShown = vi.fn();
    const el = show({
      posting: {
        title: 'CTO',
        generic: true,
        read: { words: 300, first: 'Own the roadmap', last: 'Apply now' },
      },
      readShown: false,
      onToggleReadShown,
    });
    expect(el.textContent).toContain('Read generically');
    expect(el.querySelector('details.read-view')?.textContent).toContain('the generic reader');
    const button = Array.from(el.querySelectorAll('button')).find(
      (b) => b.textContent === 'Outline it in the page',
    );
    expect(button?.getAttribute('aria-pressed')).toBe('false');
    button?.click();
    expect(onToggleReadShown).toHaveBeenCalledTimes(1);
  });
});

describe('Panel on selected text', () => {
  it('says when only the start of a long selection was read', () => {
    const el = show({ posting: { title: 'Selected text', selection: true, capped: true } });
    expect(el.textContent).toContain('Long selection: only its first 100,000 characters were read.');
  });
});

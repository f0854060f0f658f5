// @vitest-environment happy-dom
// The panel's questions to ask: shown with their reasons for a mismatched posting, copied one by one or all at once.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shownVerdict } from '../../../src/classifier/shown';
import { Panel } from '../../../src/panel/Panel';
import { verdict } from './verdicts';

let root: HTMLElement;

const mismatched = verdict({
  shape: 'vpeng',
  externalShare: 0.2,
  titleShape: 'cto',
  mismatch: { titleShape: 'cto', bodyShape: 'vpeng', text: 'Titled CTO, reads VP-Eng-shaped' },
  context: [{ kind: 'team-size', text: 'A team of 40 engineers.', teamSize: 40 }],
});

function show(v = mismatched): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(
    <Panel
      posting={{ title: 'Chief Technology Officer' }}
      verdict={shownVerdict(v)}
      track="either"
      collapsed={false}
      side="right"
      theme="system"
      onToggleCollapsed={() => {}}
      onSwitchSide={() => {}}
      onReveal={() => {}}
    />,
    root,
  );
  return root;
}

afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

const section = (el: HTMLElement) => el.querySelector<HTMLElement>('section[aria-labelledby="rl-questions"]');
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('Questions to ask in the panel', () => {
  it('lists the questions for a mismatched CTO posting, each with its reason', () => {
    const questions = section(show());
    expect(questions?.querySelector('h3')?.textContent).toBe('Questions to ask');
    const items = [...(questions?.querySelectorAll('li') ?? [])];
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.length).toBeLessThanOrEqual(4);
    expect(items[0]?.textContent).toContain('Who sets the technical direction today');
    expect(items[0]?.querySelector('.reason')?.textContent).toContain('The title says CTO');
    expect(questions?.textContent).toContain('Who manages the engineering managers day to day');
  });

  it('names each copy button by its question number and copies that question', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const questions = section(show());
    const buttons = [...(questions?.querySelectorAll('button') ?? [])];
    expect(buttons.map((b) => b.textContent)).toEqual([
      ...buttons.slice(0, -1).map((_, i) => `Copy question ${i + 1}`),
      'Copy all questions',
    ]);
    buttons[0]?.click();
    await settle();
    expect(writeText).toHaveBeenLastCalledWith(
      'Who sets the technical direction today, and who will own architecture decisions?',
    );
    expect(questions?.querySelector('[role="status"]')?.textContent).toBe('Copied.');
    buttons.at(-1)?.click();
    await settle();
    const all = (writeText.mock.lastCall as unknown as [string])[0].split('\n');
    expect(all).toHaveLength(buttons.length - 1);
  });

  it('says so when the clipboard refuses', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: () => Promise.reject(new Error('denied')) },
    });
    const questions = section(show());
    questions?.querySelector('button')?.click();
    await settle();
    expect(questions?.querySelector('[role="status"]')?.textContent).toMatch(/Could not copy/);
  });

  it('asks nothing about a posting that is not a leadership role', () => {
    expect(section(show(verdict({ shape: 'none', titleShape: 'ic' })))).toBeNull();
  });
});

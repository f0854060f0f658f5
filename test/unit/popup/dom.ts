// Helpers for the popup and options component tests: mount, wait for async renders, find by text, type.
import { type ComponentChild, render } from 'preact';

let roots: HTMLElement[] = [];

export function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  render(node, root);
  return root;
}

export function unmountAll(): void {
  for (const root of roots) {
    render(null, root);
    root.remove();
  }
  roots = [];
}

/**
 * Polls until `check` stops throwing (storage, messages and renders are asynchronous). The limit only ends a wait
 * for what never comes; 1.5 s ran out on a busy 2-core machine for renders that did come.
 */
export async function waitFor<T>(check: () => T, timeout = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return check();
    } catch (err) {
      if (Date.now() - start > timeout) throw err;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

/** The element matching `selector` whose text contains `text`; throws when there is none. */
export function byText<E extends Element = HTMLElement>(root: ParentNode, selector: string, text: string): E {
  const found = [...root.querySelectorAll<E>(selector)].find((el) => el.textContent?.includes(text));
  if (!found) throw new Error(`no ${selector} with text "${text}"`);
  return found;
}

/** The form control whose <label> contains `text`, or whose aria-label is `text`. */
export function byLabel<E extends HTMLElement = HTMLInputElement>(root: ParentNode, text: string): E {
  for (const label of root.querySelectorAll('label')) {
    if (!label.textContent?.includes(text)) continue;
    const id = label.getAttribute('for');
    const control = id
      ? root.querySelector(`#${CSS.escape(id)}`)
      : label.querySelector('input,select,textarea');
    if (control) return control as E;
  }
  const aria = [...root.querySelectorAll('[aria-label]')].find(
    (el) => el.getAttribute('aria-label') === text,
  );
  if (aria) return aria as E;
  throw new Error(`no control labelled "${text}"`);
}

/** Sets a field's value as typing would and fires input and change. */
export function type(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

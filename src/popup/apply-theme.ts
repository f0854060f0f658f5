// Puts the theme setting on the root element; the CSS follows the system when it is 'system'.
import type { Theme } from '../storage/settings-schema';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}

import { render } from 'preact';
import { OptionsApp } from './OptionsApp';

export function mountOptions(root: HTMLElement): void {
  render(<OptionsApp />, root);
}

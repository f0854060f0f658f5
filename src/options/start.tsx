import { render } from 'preact';
import { t } from '../shared/i18n';
import { OptionsApp } from './OptionsApp';
import { startSettingsRead } from './use-options-settings';

/** Reads the settings and renders the options page into `root`. */
export function startOptions(root: HTMLElement): void {
  startSettingsRead();
  document.title = t('optionsTitle');
  render(<OptionsApp />, root);
}

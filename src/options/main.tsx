import { render } from 'preact';
import { t } from '../shared/i18n';
import { OptionsApp } from './OptionsApp';
import '../popup/theme.css';
import './options.css';

document.title = t('optionsTitle');
render(<OptionsApp />, document.getElementById('app')!);

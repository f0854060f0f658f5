import { t } from '../shared/i18n';
import { startHistoryRead } from './use-history-pages';
import { startSettingsRead } from './use-options-settings';
import '../popup/theme.css';
import './options.css';

// The reads start before the page's own script loads: opening the history database overlaps loading the page.
startSettingsRead();
startHistoryRead();
document.title = t('optionsTitle');
const { mountOptions } = await import('./mount');
mountOptions(document.getElementById('app')!);

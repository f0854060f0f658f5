import { startHistoryRead } from './history-early';
import '../popup/theme.css';
import './options.css';

// The history's first rows start loading before the rest of the page's script does.
startHistoryRead();
const { startOptions } = await import('./start');
startOptions(document.getElementById('app')!);

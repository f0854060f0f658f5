// The content script the manifest loads on this site's pages: its reader only, so the page loads no other site's.
import { workableAdapter } from '../../sites/adapters/workable';
import { genericAdapter } from '../../sites/generic';
import { boot } from '../boot';

boot({ adapters: [workableAdapter], fallback: genericAdapter });

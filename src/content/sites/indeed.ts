// The content script the manifest loads on this site's pages: its reader only, so the page loads no other site's.
import { indeedAdapter } from '../../sites/adapters/indeed';
import { genericAdapter } from '../../sites/generic';
import { boot } from '../boot';

boot({ adapters: [indeedAdapter], fallback: genericAdapter });

// The content script the manifest loads on this site's pages: its reader only, so the page loads no other site's.
import { smartRecruitersAdapter } from '../../sites/adapters/smartrecruiters';
import { genericAdapter } from '../../sites/generic';
import { boot } from '../boot';

boot({ adapters: [smartRecruitersAdapter], fallback: genericAdapter });

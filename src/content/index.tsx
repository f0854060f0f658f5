// The content script the background injects on request (the popup's "Analyze this page", the context menu): every
// site's reader, since it may land on any page. The manifest loads one file per site instead (src/content/sites/).
import { genericAdapter } from '../sites/generic';
import { SITE_ADAPTERS } from '../sites/registry';
import { boot } from './boot';
import { ListBadges } from './list-badges';

boot({ adapters: SITE_ADAPTERS, fallback: genericAdapter, badges: (onOpen) => new ListBadges(onOpen) });

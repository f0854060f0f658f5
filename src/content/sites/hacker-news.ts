// The content script the manifest loads on this site's pages: its reader only, so the page loads no other site's.
import { hackerNewsAdapter } from '../../sites/adapters/hacker-news';
import { boot } from '../boot';
import { ListBadges } from '../list-badges';

// A thread lists many postings: each gets a badge.
boot({ adapters: [hackerNewsAdapter], badges: (onOpen) => new ListBadges(onOpen) });

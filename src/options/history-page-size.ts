/** Rows rendered at first and per "show more": 5,000 rows at once took seconds to render and to sort. */
export const HISTORY_PAGE_ROWS = 100;

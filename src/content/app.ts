// The content script's work on a page: find the posting, have the background judge it, show the panel, follow
// changes. Nothing of the classifier runs here.
import type { ShownVerdict } from '../classifier/types';
import { listenInContent } from '../messages';
import { readSummary } from '../panel/read-summary';
import { t } from '../shared/i18n';
import type { Posting, SiteAdapter } from '../sites/types';
import { judgePosting } from './judge';
import type { ListBadges } from './list-badges';
import { readPageSettings, watchPageSettings } from './page-settings';
import { PanelController } from './panel-controller';
import { reportGone, reportVerdict } from './report';
import { type Watch, watchPostings } from './watcher';

export interface RoleLensApp {
  /** "Analyze this page" again, from the popup. */
  analyze(): void;
}

/** The adapter of `adapters` that claims the URL, or null. */
function adapterIn(adapters: readonly SiteAdapter[], url: URL): SiteAdapter | null {
  return adapters.find((adapter) => adapter.matches(url)) ?? null;
}

/** What a content script file carries: its sites' readers, and the badges when one of them lists many postings. */
export interface Carried {
  adapters: readonly SiteAdapter[];
  /**
   * The generic reader, for pages a site's adapter cannot read (a redesign) and for "Analyze this page"
   * anywhere. Hacker News's file leaves it out: a thread page is no single posting, and its file is the largest.
   */
  fallback?: SiteAdapter;
  badges?: (onOpen: (posting: Posting) => void) => ListBadges;
}

/** Starts RoleLens on the page with what this content script file carries (one file per site in the manifest). */
export function startRoleLens(doc: Document, carried: Carried): Promise<RoleLensApp> {
  // Listen at once: a message sent right after the background injected this script must find a receiver.
  const ready = setUp(doc, carried);
  listenInContent({
    'toggle-panel': async () => (await ready).toggle(),
    'open-panel': async () => (await ready).open(),
    'show-selection-verdict': async (message) =>
      (await ready).showSelection(message.text, message.cut === true),
  });
  return ready;
}

interface Running extends RoleLensApp {
  toggle(): { open: boolean };
  open(): { open: boolean };
  /** `cut`: only the start of a longer selection came; the panel says so. */
  showSelection(text: string, cut: boolean): Promise<undefined>;
}

async function setUp(doc: Document, { adapters, badges: listFor, fallback }: Carried): Promise<Running> {
  // A page starts: what the tab showed before is gone (without `tabs` the background sees no navigation).
  reportGone();
  const url = new URL(doc.location.href);
  const siteAdapter = adapterIn(adapters, url);
  const site = siteAdapter?.id ?? url.hostname;
  let settings = await readPageSettings(site);
  const controller = new PanelController(doc, settings, site);
  const badges = listFor?.((posting) => void showPosting(posting, true)) ?? null;
  let watch: Watch | null = null;
  let current: Posting | null = null;
  /** The verdict shown for `current`, reported again when the page comes back from the back-forward cache. */
  let currentVerdict: ShownVerdict | null = null;

  /** `open`: expand the panel too (the user chose this posting). */
  async function showPosting(posting: Posting, open = false): Promise<void> {
    current = posting;
    currentVerdict = null;
    const verdict = await judgePosting(posting);
    if (current !== posting) return;
    if (!verdict) {
      controller.notice('not-judged');
      return;
    }
    currentVerdict = verdict;
    // The panel renders in a frame, a task of its own after the message's.
    requestAnimationFrame(() => {
      if (current !== posting) return;
      controller.show({
        posting: {
          title: posting.title,
          company: posting.company,
          truncated: posting.truncated,
          capped: posting.capped,
          generic: posting.source === 'generic',
          read: readSummary(posting.text),
        },
        verdict,
        elements: posting.elements,
      });
      if (open) controller.open();
    });
    reportVerdict(siteAdapter?.id ?? 'generic', posting, verdict);
  }

  function onPostings(adapter: SiteAdapter, postings: Posting[]): void {
    if (adapter.listItems) badges?.update(postings);
    else if (postings[0]) void showPosting(postings[0]);
  }

  function onGone(): void {
    current = null;
    currentVerdict = null;
    badges?.clear();
    controller.hide();
    reportGone();
  }

  const enabledHere = () => settings.enabled;

  function start(adapter: SiteAdapter): void {
    if (watch || !enabledHere()) return;
    watch = watchPostings({
      adapter,
      ...(fallback ? { fallback } : {}),
      onPosting: (postings) => onPostings(adapter, postings),
      onGone,
    });
  }

  function stop(): void {
    watch?.stop();
    watch = null;
    if (current || badges?.count) onGone();
  }

  /** From the popup: one look for a posting, and a plain answer either way. */
  function analyze(): void {
    const posting = (siteAdapter ?? fallback)?.extract(doc, new URL(doc.location.href)) ?? null;
    if (posting) void showPosting(posting);
    else controller.notice();
  }

  watchPageSettings(site, (next) => {
    settings = next;
    controller.applySettings(next);
    if (!enabledHere()) {
      stop();
      return;
    }
    // The background reads the new settings itself; everything shown is judged again.
    badges?.reclassify();
    if (current) void showPosting(current);
    else if (siteAdapter) start(siteAdapter);
  });

  if (siteAdapter) start(siteAdapter);
  // Back to this page from the back-forward cache: the page that was left cleared the tab's verdict.
  addEventListener('pageshow', (event) => {
    if (event.persisted && current && currentVerdict)
      reportVerdict(siteAdapter?.id ?? 'generic', current, currentVerdict);
  });
  return {
    analyze,
    toggle: () => ({ open: controller.toggle() }),
    open: () => ({ open: controller.open() }),
    async showSelection(text, cut) {
      const verdict = await judgePosting({ text });
      if (!verdict) {
        controller.notice('not-judged');
        controller.open();
        return undefined;
      }
      const posting = { title: t('selectionTitle'), selection: true, ...(cut ? { capped: true } : {}) };
      controller.show({ posting, verdict, elements: [] });
      controller.open();
      return undefined;
    },
  };
}

// Tells the background what this tab shows, for the toolbar badge and the history.
import type { ShownVerdict } from '../classifier/types';
import { sendToBackground } from '../messages';
import { verdictBrief } from '../messages/brief';
import type { Posting } from '../sites/types';

export function reportVerdict(site: string, posting: Posting, verdict: ShownVerdict): void {
  void sendToBackground({
    type: 'verdict',
    url: location.href,
    site,
    posting: { key: posting.key, title: posting.title, company: posting.company ?? null },
    verdict: verdictBrief(verdict),
  });
}

export function reportGone(): void {
  void sendToBackground({ type: 'posting-gone', url: location.href });
}

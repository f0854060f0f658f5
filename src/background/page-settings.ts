// A content script's settings go through the background: it reads and validates storage here and hands the page
// only what it needs, and it writes the panel choices made on a page. The content script carries no settings code.
import type {
  HistoryWriteReply,
  PageSettings,
  PageSettingsMessage,
  PanelChoiceMessage,
  SenderLike,
} from '../messages';
import { isSiteEnabled, readSettings, rememberCollapsed, saveSetting } from '../storage/settings';

export async function pageSettings(message: PageSettingsMessage, sender: SenderLike): Promise<PageSettings> {
  const { settings, readError } = await readSettings();
  if (readError) console.error('RoleLens: could not read the settings; the defaults apply.', readError);
  // The sender's URL is the browser's record of the page (senders.ts admits top frames with one only).
  const hostname = new URL(sender.url ?? 'about:blank').hostname;
  return {
    enabled: isSiteEnabled(settings, message.site, hostname),
    panelSide: settings.panelSide,
    collapsed: settings.collapsedBySite[message.site] ?? settings.panelStart === 'collapsed',
    theme: settings.theme,
    highlights: settings.highlights,
    highlightOwnPhrases: settings.highlightOwnPhrases,
    track: settings.track,
  };
}

export async function savePanelChoice(message: PanelChoiceMessage): Promise<HistoryWriteReply> {
  const result =
    message.collapsed !== undefined
      ? await rememberCollapsed(message.site, message.collapsed)
      : await saveSetting('panelSide', message.panelSide ?? 'right');
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}

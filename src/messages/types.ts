// The one message union between content script, background, popup and options, with each message's reply.

import type { Shape, ShownVerdict } from '../classifier/types';
import type { WriteError } from '../storage/area';
import type { CategoryWeight, ContextBrief } from '../storage/verdict-detail';

/** What the toolbar and history need to know of a posting; the full text stays in the page. */
export interface PostingSummary {
  /** Posting.key: canonical job URL or `<site>:<job id>`. */
  key: string;
  title: string;
  company: string | null;
}

/** The part of a Verdict worth sending across contexts; evidence stays with the panel. */
export interface VerdictBrief {
  shape: Shape;
  /** 0-1. */
  externalShare: number;
  /** 0-1. */
  confidence: number;
  /** Mismatch.text, or null. */
  mismatch: string | null;
  summary: string;
  /** Weight per category, for comparing postings in the history; absent from senders that predate it. */
  categories?: CategoryWeight[];
  context?: ContextBrief[];
}

/** Content -> background: the posting on this tab was classified. */
export interface VerdictMessage {
  type: 'verdict';
  url: string;
  /** Site adapter id, or 'generic' for the analyser injected from the popup. */
  site: string;
  posting: PostingSummary;
  verdict: VerdictBrief;
}

/** Content -> background: the tab no longer shows a posting (single-page navigation). */
export interface PostingGoneMessage {
  type: 'posting-gone';
  url: string;
}

/** A posting as the content script read it, for the background to judge. */
export interface PostingText {
  title?: string;
  text: string;
}

/** Content -> background: judge one posting; the reply is what the panel shows. */
export interface JudgePostingMessage {
  type: 'judge-posting';
  posting: PostingText;
}

/** Content -> background: judge a page's list of postings (Hacker News) a batch at a time; the reply is each shape. */
export interface JudgeBatchMessage {
  type: 'judge-batch';
  postings: PostingText[];
}

/** The background's answer to a batch: each posting's shape, in order, for its badge. */
export interface BatchShapes {
  shapes: Shape[];
}

/** What a content script needs of the settings on its page; the background reads and validates them. */
export interface PageSettings {
  /** RoleLens on, and this site not switched off. */
  enabled: boolean;
  panelSide: 'left' | 'right';
  /** The panel starts collapsed on this site (the user's last choice here, else the panelStart setting). */
  collapsed: boolean;
  theme: 'system' | 'light' | 'dark';
  highlights: boolean;
  highlightOwnPhrases: boolean;
  track: 'cto' | 'vpeng' | 'either';
}

/** Content -> background: the settings for this page; `site` is the adapter id, or the hostname elsewhere. */
export interface PageSettingsMessage {
  type: 'page-settings';
  site: string;
}

/** Content -> background: the user collapsed or expanded the panel on a site, or moved it to the other side. */
export interface PanelChoiceMessage {
  type: 'panel-choice';
  site: string;
  collapsed?: boolean;
  panelSide?: 'left' | 'right';
}

/** Popup -> background: what is known about this tab. */
export interface GetTabStateMessage {
  type: 'get-tab-state';
  tabId: number;
}

/** Popup -> background: inject the generic analyser into this tab (activeTab + scripting). */
export interface AnalyzeTabMessage {
  type: 'analyze-tab';
  tabId: number;
}

/** Options -> background: delete the whole history (the background owns every history write). */
export interface HistoryClearMessage {
  type: 'history-clear';
}

/** Options -> background: drop the oldest entries beyond a new, smaller limit. */
export interface HistoryTrimMessage {
  type: 'history-trim';
  limit: number;
}

/** The background's answer to a write (history, a panel choice): whether it was stored, and why not. */
export type HistoryWriteReply = { ok: true } | { ok: false; error: WriteError };

/** Popup -> content: show the panel expanded. */
export interface OpenPanelMessage {
  type: 'open-panel';
}

/** Popup or background (keyboard command) -> content. */
export interface TogglePanelMessage {
  type: 'toggle-panel';
}

/** Background -> content: the context menu's "Classify selected text" (the content script asks for its verdict). */
export interface ShowSelectionVerdictMessage {
  type: 'show-selection-verdict';
  text: string;
  /** Present when the selection was longer than MESSAGE_LIMITS.selection and only its start was sent. */
  cut?: true;
}

export type BackgroundMessage =
  | VerdictMessage
  | PostingGoneMessage
  | JudgePostingMessage
  | JudgeBatchMessage
  | PageSettingsMessage
  | PanelChoiceMessage
  | GetTabStateMessage
  | AnalyzeTabMessage
  | HistoryClearMessage
  | HistoryTrimMessage;
export type ContentMessage = OpenPanelMessage | TogglePanelMessage | ShowSelectionVerdictMessage;
export type Message = BackgroundMessage | ContentMessage;

export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** What the background keeps per tab (storage.session) and hands to the popup. */
export interface TabState {
  url: string;
  site: string;
  posting: PostingSummary;
  verdict: VerdictBrief;
  /** When the verdict arrived, ms since the epoch. */
  time: number;
}

export type AnalyzeFailure = 'no-access' | 'unsupported-page' | 'failed';
export type AnalyzeResult = { ok: true } | { ok: false; reason: AnalyzeFailure };

/** The panel's state after open/toggle, so the popup can label its button. */
export interface PanelReply {
  open: boolean;
}

export interface Replies {
  verdict: undefined;
  'posting-gone': undefined;
  'judge-posting': ShownVerdict;
  'judge-batch': BatchShapes;
  'page-settings': PageSettings;
  'panel-choice': HistoryWriteReply;
  'get-tab-state': TabState | null;
  'analyze-tab': AnalyzeResult;
  'history-clear': HistoryWriteReply;
  'history-trim': HistoryWriteReply;
  'open-panel': PanelReply;
  'toggle-panel': PanelReply;
  'show-selection-verdict': undefined;
}

export type ReplyOf<T extends MessageType> = Replies[T];

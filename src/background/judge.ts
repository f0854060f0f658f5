// The background judges: it classifies what the content script read, with the user's settings read here from
// storage, and answers with what the panel shows. The compiled lexicon stays in memory while the background lives.

import browser from 'webextension-polyfill';
import { classify, prepareInSteps, shownVerdict } from '../classifier';
import type { ClassifierSettings, ShownVerdict } from '../classifier/types';
import type { BatchShapes, JudgeBatchMessage, JudgePostingMessage, PostingText } from '../messages';
import { readSettings, toClassifierSettings } from '../storage/settings';

let settings: Promise<ClassifierSettings> | null = null;

/**
 * Read once and kept until a setting changes. The change reaches this listener before any message a content
 * script sends on hearing the same change, as the browser hands the change to every context first.
 */
function currentSettings(): Promise<ClassifierSettings> {
  settings ??= readSettings().then(({ settings: read, readError }) => {
    if (readError) console.error('RoleLens: could not read the settings; the defaults apply.', readError);
    return toClassifierSettings(read);
  });
  return settings;
}

const judge = (posting: PostingText, using: ClassifierSettings) =>
  classify(posting.title === undefined ? { text: posting.text } : posting, using);

export async function judgePosting(message: JudgePostingMessage): Promise<ShownVerdict> {
  return shownVerdict(judge(message.posting, await currentSettings()));
}

export async function judgeBatch(message: JudgeBatchMessage): Promise<BatchShapes> {
  const now = await currentSettings();
  return { shapes: message.postings.map((posting) => judge(posting, now).shape) };
}

/**
 * From the background's start: forget the settings when they change, and compile the lexicon for them at once,
 * so the first posting (a page load wakes the background before its posting is read) finds it ready.
 */
export function startJudging(): void {
  settings = null;
  // Forgotten at once, not after a fresh read: a request that comes meanwhile reads them itself.
  browser.storage.sync.onChanged.addListener(() => {
    settings = null;
  });
  void currentSettings().then((now) => {
    const job = prepareInSteps(now);
    while (!job.step());
  });
}

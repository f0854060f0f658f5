// The background judges: it classifies what the content script read, with the user's settings read here from
// storage, and answers with what the panel shows. The compiled lexicon stays in memory while the background lives.
import { classify, shownVerdict } from '../classifier';
import type { ClassifierSettings, ShownVerdict } from '../classifier/types';
import type { BatchShapes, JudgeBatchMessage, JudgePostingMessage, PostingText } from '../messages';
import { readSettings, toClassifierSettings } from '../storage/settings';

/**
 * Read for every request (a storage read costs about a millisecond here, off the page): a content script that
 * heard a settings change asks at once, and must be judged by the new settings, not by a stale copy.
 */
async function currentSettings(): Promise<ClassifierSettings> {
  const { settings, readError } = await readSettings();
  if (readError) console.error('RoleLens: could not read the settings; the defaults apply.', readError);
  return toClassifierSettings(settings);
}

const judge = (posting: PostingText, settings: ClassifierSettings) =>
  classify(posting.title === undefined ? { text: posting.text } : posting, settings);

export async function judgePosting(message: JudgePostingMessage): Promise<ShownVerdict> {
  return shownVerdict(judge(message.posting, await currentSettings()));
}

export async function judgeBatch(message: JudgeBatchMessage): Promise<BatchShapes> {
  const settings = await currentSettings();
  return { shapes: message.postings.map((posting) => judge(posting, settings).shape) };
}

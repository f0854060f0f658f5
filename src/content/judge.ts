// Asks the background for verdicts: the classifier runs there, never on the host page. A stopped background wakes
// on the message; one that restarts mid-request loses it, so each request is tried once more before giving up.
import type { Shape, ShownVerdict } from '../classifier/types';
import { JUDGE_LIMITS, type PostingText, type SendResult, sendToBackground } from '../messages';

const TRIES = 2;
// A background that is just restarting refuses messages for a moment; the retry waits that out.
const RETRY_AFTER_MS = 500;
// A background that neither answers nor fails (it hangs while restarting) is given up on after this.
const TRY_TIMEOUT_MS = 10_000;

/** The reply, asking a second time when the first failed; null when both did. */
export async function ask<R>(send: () => Promise<SendResult<R>>): Promise<R | null> {
  for (let i = 0; i < TRIES; i++) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    let timer = 0;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), TRY_TIMEOUT_MS) as unknown as number;
    });
    const result = await Promise.race([send(), timeout]);
    clearTimeout(timer);
    if (result?.ok) return result.reply;
  }
  return null;
}

/** What crosses: the title and text only, within the limits the background accepts. */
const asText = (posting: { title?: string; text: string }): PostingText => ({
  ...(posting.title !== undefined ? { title: posting.title.slice(0, JUDGE_LIMITS.title) } : {}),
  text: posting.text.slice(0, JUDGE_LIMITS.postingText),
});

/** The verdict the panel shows, or null when the background did not answer twice. */
export function judgePosting(posting: { title?: string; text: string }): Promise<ShownVerdict | null> {
  return ask(() => sendToBackground({ type: 'judge-posting', posting: asText(posting) }));
}

/** Each posting's shape, in order (at most JUDGE_LIMITS.batch), or null when the background did not answer twice. */
export async function judgeBatch(postings: { title?: string; text: string }[]): Promise<Shape[] | null> {
  const reply = await ask(() => sendToBackground({ type: 'judge-batch', postings: postings.map(asText) }));
  return reply && reply.shapes.length === postings.length ? reply.shapes : null;
}

// The content script asks, the background judges: the verdict that comes back is the classifier's, with the
// user's settings from storage, and a background that drops a request is asked once more before the page gives up.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  judgeBatch as answerBatch,
  judgePosting as answerPosting,
  startJudging,
} from '../../../src/background/judge';
import { classify, shownVerdict } from '../../../src/classifier';
import { judgeBatch, judgePosting } from '../../../src/content/judge';
import { listenInBackground } from '../../../src/messages';
import { saveSettings } from '../../../src/storage/settings';
import { contentSender, fakeBrowser, resetFakeBrowser } from '../fakes/browser';

vi.mock('webextension-polyfill', () => import('../fakes/browser'));

const URL = 'https://boards.greenhouse.io/acme/jobs/123';
const CTO = {
  title: 'Chief Technology Officer',
  text: 'You will own the technical vision and the architecture, choose our technologies, meet customers and partners, and present the technology to investors and the board.',
};
const VPE = {
  title: 'VP of Engineering',
  text: 'You will hire and grow engineering managers, run performance reviews and career ladders, own delivery and sprint planning, and build a recruiting pipeline for a team of 60 engineers.',
};

beforeEach(() => {
  vi.restoreAllMocks();
  resetFakeBrowser();
  fakeBrowser.runtime.sender = contentSender(3, URL);
});

const listen = () => {
  startJudging();
  listenInBackground({ 'judge-posting': answerPosting, 'judge-batch': answerBatch });
};

describe('a posting judged in the background', () => {
  it('comes back as the classifier reads it, evidence offsets included', async () => {
    listen();
    const verdict = await judgePosting(CTO);
    expect(verdict).toEqual(shownVerdict(classify(CTO)));
    expect(verdict?.shape).toBe('cto');
    for (const hit of verdict?.evidence ?? []) expect(CTO.text.slice(hit.start, hit.end)).toBe(hit.matched);
  });

  it('is judged with the settings in storage, as they are when it is asked', async () => {
    listen();
    expect((await judgePosting(VPE))?.evidence.some((e) => e.category === 'custom-external')).toBe(false);
    const phrase = { phrase: 'sprint planning', weight: 5 };
    await saveSettings({ extraPhrases: { external: [phrase], internal: [] } });
    const verdict = await judgePosting(VPE);
    expect(
      verdict?.evidence.some((e) => e.category === 'custom-external' && e.matched === 'sprint planning'),
    ).toBe(true);
  });

  it('arrives when the background restarted during the first request', async () => {
    listen();
    const send = fakeBrowser.runtime.sendMessage.bind(fakeBrowser.runtime);
    const spy = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockImplementation(send);
    expect((await judgePosting(CTO))?.shape).toBe('cto');
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('is given up after a second failure, so the panel can say it could not judge', async () => {
    const spy = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await judgePosting(CTO)).toBeNull();
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('is refused when the reply is malformed (evidence outside the text)', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ...shownVerdict(classify(CTO)),
      evidence: [{ start: 5, end: 2, matched: 'x', pole: 'external' }],
    });
    expect(await judgePosting(CTO)).toBeNull();
  });
});

describe('a batch of postings judged in the background', () => {
  it('comes back as each posting’s shape, in order', async () => {
    listen();
    expect(await judgeBatch([CTO, VPE, CTO])).toEqual(['cto', 'vpeng', 'cto']);
  });
});

describe('the background judges only for a tab’s content script', () => {
  it('drops a request from an extension page or a frame, and one over the size limit', async () => {
    listen();
    fakeBrowser.runtime.sender = { id: 'rolelens-test', url: 'chrome-extension://rolelens-test/popup.html' };
    expect(await judgePosting(CTO)).toBeNull();
    fakeBrowser.runtime.sender = contentSender(3, URL, 2);
    expect(await judgePosting(CTO)).toBeNull();
    fakeBrowser.runtime.sender = contentSender(3, URL);
    const listener = fakeBrowser.runtime.onMessage.listeners[0]!;
    const huge = { type: 'judge-posting', posting: { text: 'x'.repeat(200_001) } };
    expect(listener(huge, contentSender(3, URL))).toBeUndefined();
  });
});

// Nothing the background is sent disappears without a trace: long fields still make a history entry, a selection
// over the limit is sent cut and marked, and a failed history write is logged in the background's console.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onVerdict } from '../../../src/background/tab-verdicts';
import { MESSAGE_LIMITS, parseMessage, selectionMessage } from '../../../src/messages/parse';
import { listHistory } from '../../../src/storage/history';
import { contentSender } from '../fakes/browser';
import { sampleVerdictMessage } from '../fakes/samples';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the background records what it is sent', () => {
  it('a posting at a 4,000-character URL, with the longest title and company a message carries', async () => {
    const url = `https://careers.example.com/jobs/cto?ref=${'x'.repeat(4000)}`;
    const message = sampleVerdictMessage({
      url,
      posting: {
        key: 'k'.repeat(MESSAGE_LIMITS.key),
        title: 't'.repeat(MESSAGE_LIMITS.title),
        company: 'c'.repeat(MESSAGE_LIMITS.company),
      },
    });
    await onVerdict(message, contentSender(3, url));
    const [entry] = await listHistory();
    expect(entry?.url).toBe('https://careers.example.com/jobs/cto');
    expect(entry?.title.startsWith('ttt')).toBe(true);
    expect(entry?.company.startsWith('ccc')).toBe(true);
  });

  it('logs a failed history write in its console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    globalThis.indexedDB = {
      open: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    } as unknown as IDBFactory;
    await onVerdict(sampleVerdictMessage(), contentSender(3, sampleVerdictMessage().url));
    expect(error).toHaveBeenCalledWith(
      'RoleLens: could not record the posting in the history.',
      expect.objectContaining({ code: 'quota-total' }),
    );
  });
});

describe('a selection over the size limit', () => {
  it('is sent as its start, marked as cut, in a message the content script accepts', () => {
    const long = 'We need a CTO to own the architecture. '.repeat(5000);
    const message = selectionMessage(long);
    expect(message).toEqual({
      type: 'show-selection-verdict',
      text: long.slice(0, MESSAGE_LIMITS.selection),
      cut: true,
    });
    expect(parseMessage(message)).toEqual(message);
    expect(selectionMessage('short')).toEqual({ type: 'show-selection-verdict', text: 'short' });
  });
});

import { describe, expect, it } from 'vitest';
import {
  MESSAGE_LIMITS,
  parseBackgroundMessage,
  parseContentMessage,
  parseMessage,
  parseReply,
  parseTabState,
} from '../../../src/messages/parse';
import type { Message } from '../../../src/messages/types';
import { sampleTabState, sampleVerdictMessage } from '../fakes/samples';

const valid: Message[] = [
  sampleVerdictMessage(),
  sampleVerdictMessage({ site: 'jobs.example.com', posting: { key: 'k', title: '', company: null } }),
  { type: 'posting-gone', url: 'https://www.linkedin.com/jobs/search' },
  { type: 'get-tab-state', tabId: 12 },
  { type: 'analyze-tab', tabId: 0 },
  { type: 'history-clear' },
  { type: 'history-trim', limit: 10 },
  { type: 'open-panel' },
  { type: 'toggle-panel' },
  { type: 'show-selection-verdict', text: 'We are hiring a CTO to own the platform.' },
  { type: 'judge-posting', posting: { title: 'CTO', text: 'Own the architecture.' } },
  { type: 'judge-posting', posting: { text: 'Own the architecture.' } },
  { type: 'page-settings', site: 'boards.greenhouse.io' },
  { type: 'panel-choice', site: 'greenhouse', collapsed: true },
  { type: 'panel-choice', site: 'greenhouse', panelSide: 'left' },
  { type: 'judge-batch', postings: [{ title: 'VP of Engineering', text: 'Hire managers.' }, { text: 'x' }] },
];

describe('parseMessage accepts every valid message', () => {
  it.each(valid.map((m) => [m.type, m]))('%s', (_, message) => {
    expect(parseMessage(message)).toEqual(message);
    expect(parseMessage(structuredClone(message))).not.toBe(message);
  });

  it('drops unknown extra fields', () => {
    expect(parseMessage({ type: 'get-tab-state', tabId: 1, evil: '<img>' })).toEqual({
      type: 'get-tab-state',
      tabId: 1,
    });
    const withExtra = { ...sampleVerdictMessage(), extra: 1 };
    expect(parseMessage(withExtra)).not.toHaveProperty('extra');
  });
});

const v = sampleVerdictMessage();
const malformed: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['a string', 'verdict'],
  ['an array', [{ type: 'open-panel' }]],
  ['no type', { tabId: 1 }],
  ['an unknown type', { type: 'delete-everything' }],
  ['an inherited name as type', { type: 'toString' }],
  ['__proto__ as type', JSON.parse('{"type":"__proto__"}')],
  ['a numeric type', { type: 7 }],
  ['a tab id as string', { type: 'get-tab-state', tabId: '12' }],
  ['a negative tab id', { type: 'analyze-tab', tabId: -1 }],
  ['a fractional tab id', { type: 'analyze-tab', tabId: 1.5 }],
  ['a missing tab id', { type: 'get-tab-state' }],
  ['empty selection', { type: 'show-selection-verdict', text: '' }],
  ['huge selection', { type: 'show-selection-verdict', text: 'x'.repeat(MESSAGE_LIMITS.selection + 1) }],
  ['posting-gone without url', { type: 'posting-gone' }],
  ['a posting to judge without text', { type: 'judge-posting', posting: { title: 'CTO' } }],
  [
    'a posting to judge with a huge title',
    { type: 'judge-posting', posting: { title: 'x'.repeat(501), text: 'y' } },
  ],
  ['an empty batch', { type: 'judge-batch', postings: [] }],
  ['page settings for a bad site', { type: 'page-settings', site: 'Boards Greenhouse' }],
  ['a panel choice of nothing', { type: 'panel-choice', site: 'greenhouse' }],
  ['a panel side that is no side', { type: 'panel-choice', site: 'greenhouse', panelSide: 'top' }],
  [
    'a batch over the limit',
    { type: 'judge-batch', postings: Array.from({ length: 51 }, () => ({ text: 'x' })) },
  ],
  ['a batch with one bad posting', { type: 'judge-batch', postings: [{ text: 'x' }, { text: 7 }] }],
  ['verdict without posting', { ...v, posting: undefined }],
  ['verdict with empty key', { ...v, posting: { ...v.posting, key: '' } }],
  ['verdict with company undefined', { ...v, posting: { key: 'k', title: 't' } }],
  ['verdict with a bad site', { ...v, site: 'Linked In' }],
  ['verdict with an unknown shape', { ...v, verdict: { ...v.verdict, shape: 'ceo' } }],
  ['verdict with share above 1', { ...v, verdict: { ...v.verdict, externalShare: 1.2 } }],
  ['verdict with NaN confidence', { ...v, verdict: { ...v.verdict, confidence: Number.NaN } }],
  ['verdict with a mismatch object', { ...v, verdict: { ...v.verdict, mismatch: { text: 'x' } } }],
  ['verdict with a missing summary', { ...v, verdict: { ...v.verdict, summary: undefined } }],
  [
    'verdict with a huge title',
    { ...v, posting: { ...v.posting, title: 't'.repeat(MESSAGE_LIMITS.title + 1) } },
  ],
  ['verdict with an empty url', { ...v, url: '' }],
];

describe('parseMessage rejects', () => {
  it.each(malformed)('%s', (_, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});

describe('receiver-side parsers', () => {
  it('let the background answer only background messages', () => {
    expect(parseBackgroundMessage({ type: 'get-tab-state', tabId: 1 })).not.toBeNull();
    expect(parseBackgroundMessage({ type: 'toggle-panel' })).toBeNull();
    expect(parseBackgroundMessage({ type: 'nope' })).toBeNull();
  });

  it('let the content script answer only content messages', () => {
    expect(parseContentMessage({ type: 'toggle-panel' })).toEqual({ type: 'toggle-panel' });
    expect(parseContentMessage(sampleVerdictMessage())).toBeNull();
  });
});

describe('replies', () => {
  it('validates tab state', () => {
    const state = sampleTabState();
    expect(parseTabState(state)).toEqual(state);
    expect(parseTabState({ ...state, time: -1 })).toBeNull();
    expect(parseTabState({ ...state, verdict: null })).toBeNull();
    expect(parseTabState('state')).toBeNull();
  });

  it.each([
    ['get-tab-state', null, { value: null }],
    ['get-tab-state', sampleTabState(), { value: sampleTabState() }],
    ['get-tab-state', { url: 1 }, null],
    ['analyze-tab', { ok: true }, { value: { ok: true } }],
    ['analyze-tab', { ok: false, reason: 'no-access' }, { value: { ok: false, reason: 'no-access' } }],
    ['analyze-tab', { ok: false, reason: 'because' }, null],
    ['analyze-tab', undefined, null],
    ['toggle-panel', { open: true, x: 1 }, { value: { open: true } }],
    ['open-panel', { open: 'yes' }, null],
    ['verdict', 'anything', { value: undefined }],
    ['show-selection-verdict', undefined, { value: undefined }],
  ] as const)('%s reply %j', (type, raw, expected) => {
    expect(parseReply(type, raw)).toEqual(expected);
  });
});

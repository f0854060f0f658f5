// Gives tests the browser's i18n over the real English messages, so components render the words users read.
import { readFileSync } from 'node:fs';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;

export function getMessage(key: string, substitutions?: string | string[]): string {
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const message = messages[key]?.message;
  if (message === undefined) return '';
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

const g = globalThis as { chrome?: { i18n?: unknown } };
g.chrome = { ...(g.chrome ?? {}), i18n: { getMessage } };

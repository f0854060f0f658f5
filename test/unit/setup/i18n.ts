// Gives tests the browser's i18n over the real English messages, so components render the words users read.
import { readFileSync } from 'node:fs';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  Entry
>;

export function getMessage(key: string, substitutions?: string | string[]): string {
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const entry = messages[key];
  if (entry === undefined) return '';
  // Named placeholders first ($SETTING$ -> its content, e.g. $1), then the numbered substitutions, as browsers do.
  const named = entry.message.replace(
    /\$(\w+)\$/g,
    (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '',
  );
  return named.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

const g = globalThis as { chrome?: { i18n?: unknown } };
g.chrome = { ...(g.chrome ?? {}), i18n: { getMessage } };

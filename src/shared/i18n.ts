// Every user-facing string goes through the browser's i18n; the key itself shows if a message is missing.
interface I18nApi {
  i18n?: { getMessage(key: string, substitutions?: string | string[]): string };
}

function api(): I18nApi | undefined {
  const g = globalThis as { browser?: I18nApi; chrome?: I18nApi };
  return g.browser?.i18n ? g.browser : g.chrome;
}

export function t(key: string, substitutions?: string | string[]): string {
  return api()?.i18n?.getMessage(key, substitutions) || key;
}

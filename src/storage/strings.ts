// English text for every string this layer produces, in messages.json form so it can be copied into the locales.

/** Looks a message up by key; `browser.i18n.getMessage` fits, and `englishT` stands in where no locale is loaded. */
export type Translate = (key: string, substitutions?: string[]) => string;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const one = (message: string, name: string): MessageEntry => ({
  message,
  placeholders: { [name]: { content: '$1' } },
});

export const STORAGE_STRINGS: Record<string, MessageEntry> = {
  settingLabelEnabled: { message: 'RoleLens on' },
  settingLabelDisabledSites: { message: 'Sites where RoleLens is off' },
  settingLabelHighlights: { message: 'Highlight evidence in the posting' },
  settingLabelHighlightOwnPhrases: {
    message: 'Highlight matches of your own phrases too (the page can read highlighted words)',
  },
  settingLabelPanelStart: { message: 'Panel starts' },
  settingLabelPanelSide: { message: 'Panel side' },
  settingLabelCollapsedBySite: { message: 'Panel collapsed, per site' },
  settingLabelTheme: { message: 'Theme' },
  settingLabelHybridBand: { message: 'Hybrid band' },
  settingLabelExtraPhrases: { message: 'Your own phrases' },
  settingLabelDisabledCategories: { message: 'Categories switched off' },
  settingLabelTrack: { message: 'Your track' },
  settingLabelHistoryEnabled: { message: 'Keep a history of postings' },
  settingLabelHistoryLimit: { message: 'History size' },
  settingResetWrongType: one(
    '$SETTING$: the stored value had the wrong type, so the default is used.',
    'setting',
  ),
  settingResetOutOfRange: one(
    '$SETTING$: the stored value was out of range, so the default is used.',
    'setting',
  ),
  settingResetNotAllowed: one(
    '$SETTING$: the stored value is not one of the choices, so the default is used.',
    'setting',
  ),
  settingResetInvalidItems: one('$SETTING$: some entries were invalid and were dropped.', 'setting'),
  settingResetTooManyItems: one(
    '$SETTING$: there were too many entries; the extra ones were dropped.',
    'setting',
  ),
  settingResetDuplicates: one('$SETTING$: duplicate entries were dropped.', 'setting'),
  writeErrorQuotaItem: one('$SETTING$ is too large to sync. Remove some entries and try again.', 'setting'),
  writeErrorQuotaTotal: {
    message: 'Browser storage for RoleLens is full. Remove some entries and try again.',
  },
  writeErrorQuotaRate: { message: 'Too many changes in a short time. Wait a minute and try again.' },
  writeErrorInvalid: one('$SETTING$: that value is not allowed, so nothing was saved.', 'setting'),
  writeErrorUnknown: one('Could not save: $DETAIL$', 'detail'),
  importErrorNotJson: { message: 'This file is not a RoleLens settings file: it is not valid JSON.' },
  importErrorTooLarge: { message: 'This file is too large to be a RoleLens settings file.' },
  importErrorTooDeep: {
    message: 'This file nests values far deeper than a RoleLens settings file does. Nothing was imported.',
  },
  importErrorUnreadable: one('This file could not be read ($DETAIL$). Nothing was imported.', 'detail'),
  importErrorWrongMarker: { message: 'This file is not a RoleLens settings file.' },
  importErrorBadVersion: { message: 'This settings file has no valid schema version.' },
  importErrorFutureVersion: one(
    'This settings file comes from a newer RoleLens (settings version $VERSION$). Update RoleLens, then import it.',
    'version',
  ),
  importErrorWrongTypes: { message: 'This settings file is damaged: "settings" is not an object.' },
  importErrorInvalidValues: one(
    'This settings file has values RoleLens cannot use ($SETTINGS$). Nothing was imported.',
    'settings',
  ),
  importWarningUnknownKey: one('Ignored an unknown setting: $KEY$', 'key'),
  importWarningMigrated: one('Upgraded from settings version $VERSION$.', 'version'),
  phraseErrorLength: { message: 'A phrase has 2 to 60 characters.' },
  phraseErrorChars: { message: 'A phrase has only letters, digits, spaces, hyphens and apostrophes.' },
  phraseErrorWeight: { message: 'A weight is between 0.1 and 5.' },
  phraseErrorDuplicate: { message: 'That phrase is already in the list.' },
  phraseErrorTooMany: { message: 'A list holds at most 50 phrases.' },
};

/** Fills $NAME$ placeholders and $1..$9 the way browser.i18n does. */
export function formatMessage(entry: MessageEntry, substitutions: string[] = []): string {
  const sub = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => substitutions[Number(d) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? sub(placeholder.content) : whole;
  });
}

/** English without a locale: tests, and the fallback when a key is missing from messages.json. */
export const englishT: Translate = (key, substitutions) => {
  const entry = STORAGE_STRINGS[key];
  return entry ? formatMessage(entry, substitutions) : key;
};

/** Prefers the locale, falls back to English when the key is not there yet. */
export function withEnglishFallback(t: Translate): Translate {
  return (key, substitutions) => t(key, substitutions) || englishT(key, substitutions);
}

import { t } from '../shared/i18n';
import { TRACKS } from '../storage/settings-schema';
import { settingLabel } from '../storage/settings-text';
import { CategoriesField } from './CategoriesField';
import { HybridBandField } from './HybridBandField';
import { PhraseList } from './PhraseList';
import { RadioGroup } from './RadioGroup';
import { Section } from './Section';
import { useSettings } from './settings-context';
import { useErrorRef, WriteError } from './WriteError';

const TRACK_KEYS = {
  cto: 'optionsTrackCto',
  vpeng: 'optionsTrackVpeng',
  either: 'optionsTrackEither',
} as const;

/** How postings are read: the hybrid band, the categories, the user's phrases, and the user's own track. */
export function ClassificationSection() {
  const { settings, save } = useSettings();
  return (
    <Section id="classification" title={t('optionsClassificationTitle')}>
      <HybridBandField />
      <CategoriesField />
      <div class="field">
        <h3>{settingLabel('extraPhrases', t)}</h3>
        <p class="hint">{t('optionsPhrasesHint')}</p>
        <div class="columns poles">
          <PhraseList pole="external" />
          <PhraseList pole="internal" />
        </div>
        <WriteError settingKey="extraPhrases" />
      </div>
      <RadioGroup
        name="track"
        legend={settingLabel('track', t)}
        value={settings.track}
        choices={TRACKS.map((value) => ({ value, label: t(TRACK_KEYS[value]) }))}
        onChange={(value) => save('track', value)}
        describedBy={useErrorRef('track')}
      />
      <WriteError settingKey="track" />
    </Section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { Guidance, IntendedJob } from '../classifier/guidance';
import type { Verdict } from '../classifier/types';
import { shapeLabel } from '../panel/labels';
import { t } from '../shared/i18n';
import { toClassifierSettings } from '../storage/settings';
import { GuidanceView } from './GuidanceView';
import { PlaygroundVerdict } from './PlaygroundVerdict';
import { RadioGroup } from './RadioGroup';
import { Section } from './Section';
import { useSettings } from './settings-context';

/** Typing pauses this long before the text is read again. */
export const PLAYGROUND_DELAY_MS = 150;

interface Reading {
  verdict: Verdict;
  text: string;
  guidance: Guidance | null;
}

const INTENDED: ReadonlyArray<{ value: IntendedJob | 'none'; key: string }> = [
  { value: 'none', key: 'guidanceIntendedNone' },
  { value: 'cto', key: 'guidanceJobCto' },
  { value: 'vpeng', key: 'guidanceJobVpeng' },
];

function statusOf({ verdict, guidance }: Reading): string {
  const shape = shapeLabel(verdict.shape);
  if (!guidance) return t('optionsPlaygroundStatus', [shape]);
  return t('guidanceStatus', [shape, String(guidance.pulls.length), String(guidance.missing.length)]);
}

/** Write or paste a posting and see, as you type, how RoleLens reads it with the settings above. */
export function Playground() {
  const { settings } = useSettings();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [intended, setIntended] = useState<IntendedJob | 'none'>('none');
  const [reading, setReading] = useState<Reading | null>(null);
  useEffect(() => {
    if (text.trim() === '') {
      setReading(null);
      return;
    }
    let live = true;
    const timer = setTimeout(async () => {
      // The classifier is most of the page's script: it loads when someone first writes here, not with the page.
      const [{ classify }, { writerGuidance }] = await Promise.all([
        import('../classifier/classify'),
        import('../classifier/guidance'),
      ]);
      const input = title.trim() ? { title: title.trim(), text } : { text };
      const classifierSettings = toClassifierSettings(settings);
      const verdict = classify(input, classifierSettings);
      const guidance =
        intended === 'none' ? null : writerGuidance(verdict, intended, classifierSettings.disabledCategories);
      if (live) setReading({ verdict, text, guidance });
    }, PLAYGROUND_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [title, text, settings, intended]);
  return (
    <Section id="playground" title={t('optionsPlaygroundTitle')}>
      <p class="hint">{t('optionsPlaygroundHint')}</p>
      <RadioGroup<IntendedJob | 'none'>
        name="playground-intended"
        legend={t('guidanceIntended')}
        value={intended}
        choices={INTENDED.map(({ value, key }) => ({ value, label: t(key) }))}
        onChange={(value) => setIntended(value)}
      />
      <div class="field">
        <label for="playground-job-title">{t('optionsPlaygroundPostingTitle')}</label>
        <input
          id="playground-job-title"
          type="text"
          value={title}
          onInput={(event) => setTitle(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="playground-posting">{t('optionsPlaygroundText')}</label>
        <textarea
          id="playground-posting"
          rows={12}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </div>
      <p class="visually-hidden" aria-live="polite">
        {reading ? statusOf(reading) : ''}
      </p>
      {reading?.guidance && <GuidanceView guidance={reading.guidance} text={reading.text} />}
      {reading ? (
        <PlaygroundVerdict verdict={reading.verdict} text={reading.text} track={settings.track} />
      ) : (
        <p class="muted">{t('optionsPlaygroundEmpty')}</p>
      )}
    </Section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { Verdict } from '../classifier/types';
import { shapeLabel } from '../panel/labels';
import { t } from '../shared/i18n';
import { toClassifierSettings } from '../storage/settings';
import { PlaygroundVerdict } from './PlaygroundVerdict';
import { Section } from './Section';
import { useSettings } from './settings-context';

/** Typing pauses this long before the text is read again. */
export const PLAYGROUND_DELAY_MS = 150;

interface Reading {
  verdict: Verdict;
  text: string;
}

/** Write or paste a posting and see, as you type, how RoleLens reads it with the settings above. */
export function Playground() {
  const { settings } = useSettings();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [reading, setReading] = useState<Reading | null>(null);
  useEffect(() => {
    if (text.trim() === '') {
      setReading(null);
      return;
    }
    let live = true;
    const timer = setTimeout(async () => {
      // The classifier is most of the page's script: it loads when someone first writes here, not with the page.
      const { classify } = await import('../classifier/classify');
      const input = title.trim() ? { title: title.trim(), text } : { text };
      if (live) setReading({ verdict: classify(input, toClassifierSettings(settings)), text });
    }, PLAYGROUND_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [title, text, settings]);
  return (
    <Section id="playground" title={t('optionsPlaygroundTitle')}>
      <p class="hint">{t('optionsPlaygroundHint')}</p>
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
        {reading ? t('optionsPlaygroundStatus', [shapeLabel(reading.verdict.shape)]) : ''}
      </p>
      {reading ? (
        <PlaygroundVerdict verdict={reading.verdict} text={reading.text} track={settings.track} />
      ) : (
        <p class="muted">{t('optionsPlaygroundEmpty')}</p>
      )}
    </Section>
  );
}

import { useState } from 'preact/hooks';
import type { ExtraPhrase, Pole } from '../classifier/types';
import { poleLabel } from '../panel/labels';
import { t } from '../shared/i18n';
import {
  checkNewPhrase,
  checkWeight,
  describePhraseProblem,
  normalizePhrase,
  type PhraseProblem,
} from '../storage/phrases';
import { PhraseRow } from './PhraseRow';
import { useSettings } from './settings-context';
import { WeightInput } from './WeightInput';

const DEFAULT_WEIGHT = '1';

/** The user's own phrases for one pole: the list, and a row to add one, checked as it is typed. */
export function PhraseList({ pole }: { pole: Pole }) {
  const { settings, save } = useSettings();
  const extra = settings.extraPhrases;
  const list = extra[pole];
  const [phrase, setPhrase] = useState('');
  const [weight, setWeight] = useState(DEFAULT_WEIGHT);
  const [tried, setTried] = useState(false);

  const weightValue = weight.trim() === '' ? Number.NaN : Number(weight);
  // The text is checked with a valid weight so each field shows only its own problem.
  const textProblem = checkNewPhrase({ phrase, weight: 1 }, list, [...extra.external, ...extra.internal]);
  const weightProblem: PhraseProblem | null = checkWeight(weightValue) ? null : 'weight';
  // An empty box is not an error until the user tries to add it.
  const phraseProblem = textProblem && (phrase.trim() !== '' || tried) ? textProblem : null;
  const id = `new-phrase-${pole}`;

  const write = (next: ExtraPhrase[]) => save('extraPhrases', { ...extra, [pole]: next });
  const add = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (textProblem || weightProblem) return;
    if (await write([...list, { phrase: normalizePhrase(phrase), weight: weightValue }])) {
      setPhrase('');
      setWeight(DEFAULT_WEIGHT);
      setTried(false);
    }
  };

  return (
    <fieldset class={`phrases pole-${pole}`}>
      <legend>{poleLabel(pole)}</legend>
      {list.length === 0 ? (
        <p class="muted">{t('optionsPhrasesEmpty')}</p>
      ) : (
        <ul class="phrase-list">
          {list.map((entry, i) => (
            <PhraseRow
              key={entry.phrase}
              pole={pole}
              index={i}
              entry={entry}
              onWeight={(w) => write(list.map((e, j) => (j === i ? { ...e, weight: w } : e)))}
              onRemove={() => write(list.filter((_, j) => j !== i))}
            />
          ))}
        </ul>
      )}
      <form class="phrase-add" noValidate onSubmit={add}>
        <div class="field">
          <label for={`${id}-text`}>{t('optionsPhraseNew')}</label>
          <input
            id={`${id}-text`}
            type="text"
            value={phrase}
            maxLength={120}
            aria-invalid={phraseProblem !== null}
            aria-describedby={phraseProblem ? `${id}-text-error` : undefined}
            onInput={(event) => setPhrase(event.currentTarget.value)}
          />
          {phraseProblem && (
            <p id={`${id}-text-error`} class="error">
              {describePhraseProblem(phraseProblem, t)}
            </p>
          )}
        </div>
        <div class="field">
          <label for={`${id}-weight`}>{t('optionsPhraseWeight')}</label>
          <WeightInput
            id={`${id}-weight`}
            value={weight}
            invalid={weightProblem !== null}
            describedBy={weightProblem ? `${id}-weight-error` : undefined}
            onInput={(event) => setWeight(event.currentTarget.value)}
          />
          {weightProblem && (
            <p id={`${id}-weight-error`} class="error">
              {describePhraseProblem(weightProblem, t)}
            </p>
          )}
        </div>
        <button type="submit">{t('optionsPhraseAdd', [poleLabel(pole)])}</button>
      </form>
    </fieldset>
  );
}

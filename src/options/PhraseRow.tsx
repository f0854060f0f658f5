import { useEffect, useState } from 'preact/hooks';
import type { ExtraPhrase, Pole } from '../classifier/types';
import { t } from '../shared/i18n';
import { checkWeight, describePhraseProblem } from '../storage/phrases';
import { WeightInput } from './WeightInput';

interface PhraseRowProps {
  pole: Pole;
  /** Position in the list, for unique ids. */
  index: number;
  entry: ExtraPhrase;
  onWeight(weight: number): void;
  onRemove(): void;
}

/** One of the user's phrases: its text, an editable weight (checked as typed) and a remove button. */
export function PhraseRow({ pole, index, entry, onWeight, onRemove }: PhraseRowProps) {
  const [weight, setWeight] = useState(String(entry.weight));
  useEffect(() => setWeight(String(entry.weight)), [entry.weight]);
  const valid = checkWeight(Number(weight)) && weight.trim() !== '';
  const id = `phrase-${pole}-${index}`;
  return (
    <li class="phrase-row">
      <span class="phrase">{entry.phrase}</span>
      <label for={`${id}-weight`} class="visually-hidden">
        {t('optionsPhraseWeightOf', [entry.phrase])}
      </label>
      <WeightInput
        id={`${id}-weight`}
        value={weight}
        invalid={!valid}
        describedBy={valid ? undefined : `${id}-error`}
        onInput={(event) => setWeight(event.currentTarget.value)}
        onChange={(event) => {
          const value = Number(event.currentTarget.value);
          if (checkWeight(value)) onWeight(value);
        }}
      />
      <button type="button" aria-label={t('optionsPhraseRemove', [entry.phrase])} onClick={onRemove}>
        {t('optionsRemove')}
      </button>
      {!valid && (
        <p id={`${id}-error`} class="error">
          {describePhraseProblem('weight', t)}
        </p>
      )}
    </li>
  );
}

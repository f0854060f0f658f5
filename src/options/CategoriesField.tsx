import { CATEGORIES } from '../classifier/lexicon/categories';
import type { Pole } from '../classifier/types';
import { poleLabel } from '../panel/labels';
import { t } from '../shared/i18n';
import { Checkbox } from './Checkbox';
import { useSettings } from './settings-context';
import { WriteError } from './WriteError';

const POLES: Pole[] = ['external', 'internal'];

/** Which lexicon categories count, grouped by pole, each with what it covers. */
export function CategoriesField() {
  const { settings, save } = useSettings();
  const off = settings.disabledCategories;
  const toggle = (id: string, on: boolean) =>
    save('disabledCategories', on ? off.filter((c) => c !== id) : [...off.filter((c) => c !== id), id]);
  return (
    <div class="field">
      <h3>{t('optionsCategoriesTitle')}</h3>
      <p class="hint">{t('optionsCategoriesHint')}</p>
      <div class="columns poles">
        {POLES.map((pole) => (
          <fieldset key={pole} class={`pole-${pole}`}>
            <legend>{poleLabel(pole)}</legend>
            {CATEGORIES.filter((c) => c.pole === pole).map((category) => (
              <div key={category.id} class="category">
                <Checkbox
                  id={`category-${category.id}`}
                  checked={!off.includes(category.id)}
                  onChange={(on) => toggle(category.id, on)}
                  describedBy={`category-${category.id}-about`}
                >
                  {category.label}
                </Checkbox>
                <p id={`category-${category.id}-about`} class="hint">
                  {category.description}
                </p>
              </div>
            ))}
          </fieldset>
        ))}
      </div>
      <WriteError settingKey="disabledCategories" />
    </div>
  );
}

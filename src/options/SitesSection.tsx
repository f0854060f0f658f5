import { t } from '../shared/i18n';
import { SITE_ADAPTERS } from '../sites/registry';
import { Checkbox } from './Checkbox';
import { CheckboxField } from './CheckboxField';
import { Section } from './Section';
import { useSettings } from './settings-context';
import { useErrorRef, WriteError } from './WriteError';

const ADAPTER_IDS = new Set(SITE_ADAPTERS.map((a) => a.id));

/** RoleLens on or off: everywhere, per hiring site, and the other sites switched off from the popup. */
export function SitesSection() {
  const { settings, save } = useSettings();
  const off = settings.disabledSites;
  const describedBy = useErrorRef('disabledSites');
  const setSite = (id: string, on: boolean) =>
    save('disabledSites', on ? off.filter((s) => s !== id) : [...off.filter((s) => s !== id), id]);
  const hostnames = off.filter((s) => !ADAPTER_IDS.has(s));
  return (
    <Section id="sites" title={t('optionsSitesTitle')}>
      <CheckboxField setting="enabled" id="enabled" label={t('optionsEnabledEverywhere')} />
      <fieldset disabled={!settings.enabled}>
        <legend>{t('optionsSitesLegend')}</legend>
        <div class="columns">
          {SITE_ADAPTERS.map((adapter) => (
            <Checkbox
              key={adapter.id}
              id={`site-${adapter.id}`}
              checked={!off.includes(adapter.id)}
              onChange={(on) => setSite(adapter.id, on)}
              describedBy={describedBy}
            >
              {adapter.name}
            </Checkbox>
          ))}
        </div>
      </fieldset>
      <h3>{t('optionsDisabledHostsTitle')}</h3>
      {hostnames.length === 0 ? (
        <p class="muted">{t('optionsDisabledHostsEmpty')}</p>
      ) : (
        <ul class="host-list">
          {hostnames.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button
                type="button"
                aria-label={t('optionsDisabledHostRemove', [host])}
                onClick={() => setSite(host, true)}
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <WriteError settingKey="disabledSites" />
    </Section>
  );
}

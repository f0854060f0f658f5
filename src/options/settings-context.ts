// Hands the options page's settings to every section without threading props through each one.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Settings } from '../storage/settings-schema';
import type { OptionsSettings } from './use-options-settings';

export const SettingsContext = createContext<OptionsSettings | null>(null);

/** The settings; sections render only once they are loaded. */
export function useSettings(): OptionsSettings & { settings: Settings } {
  const value = useContext(SettingsContext);
  if (!value?.settings) throw new Error('useSettings outside a loaded SettingsContext');
  return value as OptionsSettings & { settings: Settings };
}

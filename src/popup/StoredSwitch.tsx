import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { WriteResult } from '../storage/area';
import { describeWriteError } from '../storage/settings-text';

interface StoredSwitchProps {
  /** Prefix for the ids of the control's parts. */
  id: string;
  checked: boolean;
  disabled?: boolean;
  /** Saves the flipped value; a failed write is shown under the switch. */
  onToggle(): Promise<WriteResult>;
  children: ComponentChildren;
}

/** An on/off switch whose value lives in storage, with the write error (quota, invalid) shown beside it. */
export function StoredSwitch({ id, checked, disabled, onToggle, children }: StoredSwitchProps) {
  const [error, setError] = useState<string | null>(null);
  const toggle = async () => {
    const result = await onToggle();
    setError(result.ok ? null : describeWriteError(result.error, t));
  };
  return (
    <div class={id}>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          aria-checked={checked}
          disabled={disabled}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={toggle}
        />
        <span>{children}</span>
      </label>
      {error && (
        <p id={`${id}-error`} class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

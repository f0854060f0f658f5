import type { TargetedEvent } from 'preact';
import { LIMITS } from '../storage/settings-schema';

type InputEvent = TargetedEvent<HTMLInputElement, Event>;

interface WeightInputProps {
  id: string;
  value: string | number;
  invalid: boolean;
  /** The id of the error message shown while the value is invalid. */
  describedBy?: string;
  onInput(event: InputEvent): void;
  onChange?(event: InputEvent): void;
}

/** A phrase weight field, bounded by the same limits the storage layer validates against. */
export function WeightInput({ id, value, invalid, describedBy, onInput, onChange }: WeightInputProps) {
  return (
    <input
      id={id}
      type="number"
      min={LIMITS.weight.min}
      max={LIMITS.weight.max}
      step={0.1}
      value={value}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      onInput={onInput}
      onChange={onChange}
    />
  );
}

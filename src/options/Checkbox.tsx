import type { ComponentChildren } from 'preact';

interface CheckboxProps {
  id: string;
  checked: boolean;
  onChange(checked: boolean): void;
  children: ComponentChildren;
  /** Ids of text that explains the box (a description, an error). */
  describedBy?: string;
  disabled?: boolean;
}

/** A labelled checkbox. */
export function Checkbox({ id, checked, onChange, children, describedBy, disabled }: CheckboxProps) {
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{children}</label>
    </div>
  );
}

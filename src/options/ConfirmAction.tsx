import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

interface ConfirmActionProps {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm(): void | Promise<void>;
}

/** A destructive button that asks first, in the page (no window.confirm), and moves focus sensibly. */
export function ConfirmAction({ label, question, confirmLabel, onConfirm }: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class="danger" ref={start} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <fieldset class="confirm">
      <legend>{question}</legend>
      <button
        type="button"
        class="danger"
        ref={confirm}
        onClick={async () => {
          setAsking(false);
          await onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('optionsCancel')}
      </button>
    </fieldset>
  );
}

import { useState } from 'preact/hooks';
import type { Question } from '../classifier/questions';
import { t } from '../shared/i18n';

/** Questions to ask the hiring manager, each with why RoleLens suggests it; copied one by one or all at once. */
export function Questions({ questions }: { questions: Question[] }) {
  const [status, setStatus] = useState('');
  if (!questions.length) return null;
  const copy = (text: string) =>
    navigator.clipboard.writeText(text).then(
      () => setStatus(t('questionsCopied')),
      () => setStatus(t('questionsCopyFailed')),
    );
  return (
    <section class="questions" aria-labelledby="rl-questions">
      <h3 id="rl-questions">{t('questionsHeading')}</h3>
      <ol>
        {questions.map((q, i) => (
          <li key={q.id}>
            {t(q.question)}
            <span class="reason">{t(q.reason)}</span>
            <button type="button" onClick={() => copy(t(q.question))}>
              {t('questionsCopy')}
              <span class="vh"> {t('questionsNumber', [String(i + 1)])}</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => copy(questions.map((q) => t(q.question)).join('\n'))}>
        {t('questionsCopyAll')}
      </button>
      <span class="vh" role="status">
        {status}
      </span>
    </section>
  );
}

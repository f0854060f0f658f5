import { Component } from 'preact';
import type { ShownQuestion as Question } from '../classifier/types';
import { t } from '../shared/i18n';

// A class, not hooks: the content script carries no hooks runtime (its 20 KB budget).
/** Questions to ask the hiring manager, each with why RoleLens suggests it; copied one by one or all at once. */
export class Questions extends Component<{ questions: Question[] }, { status: string }> {
  override state = { status: '' };

  private copy(text: string): void {
    navigator.clipboard.writeText(text).then(
      () => this.setState({ status: t('questionsCopied') }),
      () => this.setState({ status: t('questionsCopyFailed') }),
    );
  }

  override render() {
    const { questions } = this.props;
    if (!questions.length) return null;
    return (
      <section class="questions" aria-labelledby="rl-questions">
        <h3 id="rl-questions">{t('questionsHeading')}</h3>
        <ol>
          {questions.map((q, i) => (
            <li key={q.id}>
              {t(q.question)}
              <span class="reason">{t(q.reason)}</span>
              <button type="button" onClick={() => this.copy(t(q.question))}>
                {t('questionsCopy')}
                <span class="vh"> {t('questionsNumber', [String(i + 1)])}</span>
              </button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => this.copy(questions.map((q) => t(q.question)).join('\n'))}>
          {t('questionsCopyAll')}
        </button>
        <span class="vh" role="status">
          {this.state.status}
        </span>
      </section>
    );
  }
}

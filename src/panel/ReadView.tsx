// "What RoleLens read": the title, company, word count and the text's first and last words, and the region read
// outlined in the page on request, so a misreading (a sidebar taken in, a section left out) is plain to see.
import { t } from '../shared/i18n';
import type { ReadSummary } from './read-summary';

export interface ReadViewProps {
  title: string;
  company?: string;
  read: ReadSummary;
  generic: boolean;
  /** Whether the read region is outlined in the page now; undefined when there is no region to show. */
  shown?: boolean;
  onToggleShown?(): void;
}

export function ReadView(props: ReadViewProps) {
  const { read } = props;
  return (
    <details class="read-view">
      <summary>{t('readViewSummary')}</summary>
      <dl>
        <dt>{t('readViewTitle')}</dt>
        <dd>{props.title || '—'}</dd>
        <dt>{t('readViewCompany')}</dt>
        <dd>{props.company || '—'}</dd>
        <dt>{t('readViewWords')}</dt>
        <dd>{String(read.words)}</dd>
        <dt>{t('readViewStarts')}</dt>
        <dd>{read.first}…</dd>
        {read.last && (
          <>
            <dt>{t('readViewEnds')}</dt>
            <dd>…{read.last}</dd>
          </>
        )}
        <dt>{t('readViewHow')}</dt>
        <dd>{t(props.generic ? 'readViewGeneric' : 'readViewAdapter')}</dd>
      </dl>
      {props.onToggleShown && (
        <button type="button" aria-pressed={props.shown === true} onClick={props.onToggleShown}>
          {t('readViewShow')}
        </button>
      )}
    </details>
  );
}

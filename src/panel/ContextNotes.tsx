import type { ContextNote } from '../classifier/types';
import { t } from '../shared/i18n';

const KIND_KEYS: Record<ContextNote['kind'], string> = {
  stage: 'contextStage',
  'team-size': 'contextTeamSize',
  reporting: 'contextReporting',
  'hands-on': 'contextHandsOn',
};

/** Stage, team size, reporting line and hands-on notes: shown beside the verdict, never changing it. */
export function ContextNotes({ notes }: { notes: ContextNote[] }) {
  if (!notes.length) return null;
  return (
    <section class="context" aria-labelledby="rl-context">
      <h3 id="rl-context">{t('contextHeading')}</h3>
      <dl>
        {notes.map((note) => (
          <div class="context-note" key={`${note.kind}-${note.start ?? 0}`}>
            <dt>{t(KIND_KEYS[note.kind])}</dt>
            <dd>{note.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

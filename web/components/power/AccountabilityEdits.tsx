/**
 * Correcting and removing what the accountability page shows (RecordActions): a session (any member), a mandate
 * and a vote (leads). A mandate a vote or a session still names, and a session a vote names, are not removed:
 * the server's refusal says what names them.
 */
import {
  removeMandate,
  removeMoonSession,
  removeVote,
  type Mandate,
  type MoonSession,
  type Vote,
} from '../../api/power.api.js';
import type { Space } from '../../api/records.api.js';
import { formatDate } from '../../app/format.js';
import { useLang, useT } from '../../app/lang.js';
import { powerEditMessages } from '../../i18n/power-messages.js';
import { MandateForm, VoteForm } from './AccountabilityForms.js';
import { RecordActions } from './RecordActions.js';
import { SessionForm } from './SessionForms.js';

interface Common {
  workspace: string;
  name: (id: string) => string;
  /** Say what happened in the section's notice. */
  say: (text: string) => void;
  onChanged: () => void;
}

export function SessionActions({
  session,
  spaces,
  mandates,
  workspace,
  name,
  say,
  onChanged,
}: Common & { session: MoonSession; spaces: readonly Space[]; mandates: readonly Mandate[] }) {
  const x = useT(powerEditMessages);
  const { lang } = useLang();
  const spaceName = (id: string) => spaces.find((s) => s.id === id)?.name ?? id;
  const what = x('what.session', { date: formatDate(lang, session.occurredOn), space: spaceName(session.space) });
  return (
    <RecordActions
      what={what}
      remove={() => removeMoonSession(workspace, session.id)}
      onRemoved={() => {
        say(x('edit.removed', { what }));
        onChanged();
      }}
      edit={(done) => (
        <SessionForm
          workspace={workspace}
          spaces={spaces}
          mandates={mandates}
          record={session}
          name={name}
          onSaved={(now) => {
            done(true);
            say(
              x('edit.saved', {
                what: x('what.session', { date: formatDate(lang, now.occurredOn), space: spaceName(now.space) }),
              }),
            );
            onChanged();
          }}
          onCancel={() => done(false)}
        />
      )}
    />
  );
}

export function MandateActions({ mandate, workspace, name, say, onChanged }: Common & { mandate: Mandate }) {
  const x = useT(powerEditMessages);
  const what = x('what.mandate', { text: mandate.text });
  return (
    <RecordActions
      what={what}
      thing={x('thing.mandate')}
      remove={() => removeMandate(workspace, mandate.id)}
      onRemoved={() => {
        say(x('edit.removed', { what }));
        onChanged();
      }}
      edit={(done) => (
        <MandateForm
          workspace={workspace}
          record={mandate}
          name={name}
          onSaved={(now) => {
            done(true);
            say(x('edit.saved', { what: x('what.mandate', { text: now.text }) }));
            onChanged();
          }}
          onCancel={() => done(false)}
        />
      )}
    />
  );
}

export function VoteActions({
  vote,
  mandates,
  workspace,
  say,
  onChanged,
}: Omit<Common, 'name'> & { vote: Vote; mandates: readonly Mandate[] }) {
  const x = useT(powerEditMessages);
  const { lang } = useLang();
  const what = x('what.vote', { question: vote.question, date: formatDate(lang, vote.heldOn) });
  return (
    <RecordActions
      what={what}
      thing={x('thing.vote')}
      remove={() => removeVote(workspace, vote.id)}
      onRemoved={() => {
        say(x('edit.removed', { what }));
        onChanged();
      }}
      edit={(done) => (
        <VoteForm
          workspace={workspace}
          mandates={mandates}
          record={vote}
          onSaved={(now) => {
            done(true);
            say(
              x('edit.saved', { what: x('what.vote', { question: now.question, date: formatDate(lang, now.heldOn) }) }),
            );
            onChanged();
          }}
          onCancel={() => done(false)}
        />
      )}
    />
  );
}

/**
 * Conversations as a list: when, what kind, with whom (each a link), the sides it touched, the grievances
 * raised in it, and whether there are notes to read. Lists never carry the notes themselves: they are read
 * one conversation at a time, on request, and shown as text (never as HTML).
 */
import { useState } from 'react';
import { SIDES } from '../../../src/core/vocabulary.js';
import { getConversation, type ConversationSummary } from '../../api/records.api.js';
import { useWorkspace } from '../../app/workspace.js';
import { formatDate } from '../../app/format.js';
import { useLang, useT } from '../../app/lang.js';
import { recordsMessages } from '../../i18n/records-messages.js';
import { kindWord, sideWord, wordsMessages } from '../../i18n/words-messages.js';
import { PersonLink } from './PersonLink.js';

export function ConversationList({
  conversations,
  names,
  /** Leave this person out of "with" (the page is about them). */
  about,
}: {
  conversations: readonly ConversationSummary[];
  names: Readonly<Record<string, string>>;
  about?: string;
}) {
  const t = useT(recordsMessages);
  const w = useT(wordsMessages);
  const { lang } = useLang();
  if (conversations.length === 0) return <p className="empty">{t('conversations.none')}</p>;
  return (
    <ul className="conversation-list">
      {conversations.map((c) => {
        const others = c.participants.filter((p) => p !== about);
        return (
          <li key={c.id} className="conversation">
            <p className="conversation__head">
              <span className="conversation__date">{formatDate(lang, c.occurredOn)}</span>
              <span className="conversation__kind">{w(kindWord(c.kind))}</span>
            </p>
            <p className="conversation__with">
              {t('conversations.with')}{' '}
              {others.map((p, i) => (
                <span key={p}>
                  {i > 0 && ', '}
                  <PersonLink id={p} name={names[p] ?? p} />
                </span>
              ))}
            </p>
            {(c.sides.length > 0 || c.raised.length > 0 || c.hasNotes) && (
              <p className="conversation__more muted">
                {c.sides.length > 0 &&
                  t('conversations.sides', {
                    sides: SIDES.filter((s) => c.sides.includes(s))
                      .map((s) => w(sideWord(s)))
                      .join(', '),
                  })}
                {c.raised.length > 0 && <span> · {t('conversations.raised', { n: c.raised.length })}</span>}
              </p>
            )}
            {c.hasNotes && <Notes id={c.id} />}
          </li>
        );
      })}
    </ul>
  );
}

function Notes({ id }: { id: string }) {
  const t = useT(recordsMessages);
  const { name: workspace } = useWorkspace();
  const [state, setState] = useState<{ open: boolean; text: string | null; failed: string | null }>({
    open: false,
    text: null,
    failed: null,
  });
  const toggle = async () => {
    if (state.open) return setState((s) => ({ ...s, open: false }));
    if (state.text !== null) return setState((s) => ({ ...s, open: true }));
    const result = await getConversation(workspace, id);
    if (result.ok) setState({ open: true, text: result.value.conversation.notes ?? '', failed: null });
    else setState({ open: true, text: null, failed: result.kind === 'refused' ? result.message : t('notes.failed') });
  };
  return (
    <div className="notes">
      <button type="button" className="link-button" aria-expanded={state.open} onClick={() => void toggle()}>
        {state.open ? t('notes.hide') : t('notes.read')}
      </button>
      {state.open && <p className={state.failed ? 'field__problem' : 'notes__text'}>{state.failed ?? state.text}</p>}
    </div>
  );
}

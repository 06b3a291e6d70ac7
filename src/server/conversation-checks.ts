import { concernsViewer, type Viewer } from '../core/access.js';
import { translator, type Lang } from '../core/i18n/i18n.js';
import type { z } from 'zod';
import type { Db } from '../store/database.js';
import { visibleGrievancesAmong } from '../store/grievances.store.js';
import { visibleNames } from '../store/people.store.js';
import { listSpaces } from '../store/spaces.store.js';
import { invalidInput, type FieldProblem } from './api-error.js';
import type { conversationIn } from './routes/record-schemas.js';
import { FIELD_MESSAGES } from './server-messages.js';
import { unitNotGranted } from './validation.js';

export type ConversationInput = z.output<typeof conversationIn>;

/**
 * Everything a conversation refers to must be there for the person logging it: its participants, space
 * and grievances must be ones they may see (a hidden one is refused exactly like a missing one), and the
 * people who raised a grievance, made or received an ask, or started it must have taken part. Every
 * problem is named by its field, all at once, before anything is written.
 */
export async function checkConversation(
  db: Db,
  ws: number,
  viewer: Viewer,
  lang: Lang,
  input: ConversationInput,
): Promise<void> {
  const t = translator(FIELD_MESSAGES, lang);
  const problems: FieldProblem[] = [];
  const people = await visibleNames(db, ws, viewer, input.participants);
  const seen = new Set<string>();
  input.participants.forEach((id, i) => {
    if (!people.has(id)) problems.push({ field: `participants.${i}`, message: t('no_such_person', { id }) });
    else if (seen.has(id)) problems.push({ field: `participants.${i}`, message: t('listed_twice', { id }) });
    seen.add(id);
  });
  const tookPart = (field: string, id: string | null) => {
    if (id !== null && !seen.has(id)) problems.push({ field, message: t('not_a_participant', { id }) });
  };
  tookPart('initiatedBy', input.initiatedBy);
  if (input.space !== null && (await listSpaces(db, ws, viewer, [input.space])).length === 0) {
    problems.push({ field: 'space', message: t('no_such_space', { id: input.space }) });
  }
  const grievances = await visibleGrievancesAmong(
    db,
    ws,
    viewer,
    input.raised.map((r) => r.grievance),
  );
  input.raised.forEach((r, i) => {
    if (!grievances.has(r.grievance)) {
      problems.push({ field: `raised.${i}.grievance`, message: t('no_such_grievance', { id: r.grievance }) });
    }
    tookPart(`raised.${i}.by`, r.by);
  });
  input.newGrievances.forEach((g, i) => {
    if (!concernsViewer(viewer, g.unit)) problems.push(unitNotGranted(viewer, lang, `newGrievances.${i}.unit`));
    g.raisedBy.forEach((by, j) => tookPart(`newGrievances.${i}.raisedBy.${j}`, by));
  });
  input.asks.forEach((a, i) => {
    tookPart(`asks.${i}.by`, a.by);
    tookPart(`asks.${i}.to`, a.to);
  });
  const [first, ...rest] = problems;
  if (first) throw invalidInput([first, ...rest]);
}

/**
 * The log form's state and what it sends: rows of grievances raised and asks made, turned into the API's
 * conversation (POST /conversations), and the API's field problems (`raised.0.by`, `asks.1.what`) turned back
 * into problems of the rows the person sees. Pure functions, so the mapping is tested without a browser.
 */
import type {
  AskResponse,
  Comfort,
  FollowThrough,
  InteractionKind,
  Side,
  Wanted,
} from '../../../src/core/vocabulary.js';
import type { ConversationInput } from '../../api/records.api.js';

export const NEW_GRIEVANCE = '+new';

export interface Chosen {
  id: string;
  name: string;
}

export interface GrievanceRow {
  key: number;
  /** An existing grievance's id, NEW_GRIEVANCE, or '' before a choice. */
  grievance: string;
  title: string;
  unit: string;
  /** Who raised it: a participant's id, or '' when the record does not say. */
  by: string;
}

export interface AskRow {
  key: number;
  by: string;
  to: string;
  what: string;
  response: AskResponse;
  comfort: Comfort | '';
  wanted: Wanted;
  followedThrough: FollowThrough;
}

export interface LogForm {
  me: Chosen | null;
  others: Chosen[];
  occurredOn: string;
  kind: InteractionKind;
  space: string;
  initiatedBy: string;
  sides: Side[];
  grievances: GrievanceRow[];
  asks: AskRow[];
  notes: string;
}

/** Everyone taking part, the organizer first, each once. */
export function participantsOf(form: Pick<LogForm, 'me' | 'others'>): Chosen[] {
  const all = [...(form.me ? [form.me] : []), ...form.others];
  return all.filter((p, i) => all.findIndex((q) => q.id === p.id) === i);
}

/** Where each row's problems are keyed: `who`, `when`, `grievance.<key>.title`, `ask.<key>.what`, ... */
export type FormProblems = Record<string, string>;

export interface Built {
  input: ConversationInput;
  /** The API's field path prefix (`raised.0`, `newGrievances.1`, `asks.2`) for each row's problem key prefix. */
  paths: Record<string, string>;
}

export function buildConversation(form: LogForm): Built {
  const paths: Record<string, string> = {};
  const raised: NonNullable<ConversationInput['raised']> = [];
  const newGrievances: NonNullable<ConversationInput['newGrievances']> = [];
  for (const row of form.grievances) {
    if (row.grievance === NEW_GRIEVANCE) {
      paths[`newGrievances.${newGrievances.length}`] = `grievance.${row.key}`;
      newGrievances.push({
        title: row.title.trim(),
        unit: row.unit === '' ? null : row.unit,
        winnable: 'unknown',
        raisedBy: row.by ? [row.by] : [],
      });
    } else {
      paths[`raised.${raised.length}`] = `grievance.${row.key}`;
      raised.push({ grievance: row.grievance, by: row.by === '' ? null : row.by });
    }
  }
  const asks = form.asks.map((row, i) => {
    paths[`asks.${i}`] = `ask.${row.key}`;
    return {
      by: row.by,
      to: row.to,
      what: row.what.trim(),
      response: row.response,
      comfort: row.comfort === '' ? null : row.comfort,
      wanted: row.wanted,
      followedThrough: row.followedThrough,
    };
  });
  const notes = form.notes.trim();
  return {
    input: {
      occurredOn: form.occurredOn,
      participants: participantsOf(form).map((p) => p.id),
      kind: form.kind,
      sides: form.sides,
      initiatedBy: form.initiatedBy === '' ? null : form.initiatedBy,
      space: form.space === '' ? null : form.space,
      notes: notes === '' ? null : notes,
      raised,
      newGrievances,
      asks,
    },
    paths,
  };
}

/** The API's problems, keyed as the form shows them. */
export function formProblems(
  fields: Readonly<Record<string, string>>,
  paths: Readonly<Record<string, string>>,
): FormProblems {
  const out: FormProblems = {};
  const add = (key: string, message: string) => {
    out[key] = out[key] ? `${out[key]} ${message}` : message;
  };
  for (const [field, message] of Object.entries(fields)) {
    const parts = field.split('.');
    const head = parts[0] ?? '';
    if (head === 'participants') {
      add('who', message);
      continue;
    }
    if (head === 'raised' || head === 'newGrievances' || head === 'asks') {
      const row = paths[`${head}.${parts[1] ?? ''}`];
      const leaf = head === 'newGrievances' && parts[2] === 'raisedBy' ? 'by' : (parts[2] ?? '');
      if (row) {
        add(`${row}.${leaf === 'grievance' || leaf === '' ? 'grievance' : leaf}`, message);
        continue;
      }
    }
    add(head === '' ? 'form' : head, message);
  }
  return out;
}

/** Problems the form can see before sending anything. */
export function checkForm(
  form: LogForm,
  words: {
    whoNeeded: string;
    whoNeededTwo: string;
    titleNeeded: string;
    grievanceNeeded: string;
    askWhatNeeded: string;
    askPeopleNeeded: string;
  },
): FormProblems {
  const out: FormProblems = {};
  if (participantsOf(form).length < 2) out.who = form.me ? words.whoNeeded : words.whoNeededTwo;
  for (const row of form.grievances) {
    if (row.grievance === '') out[`grievance.${row.key}.grievance`] = words.grievanceNeeded;
    else if (row.grievance === NEW_GRIEVANCE && row.title.trim() === '')
      out[`grievance.${row.key}.title`] = words.titleNeeded;
  }
  for (const row of form.asks) {
    if (row.what.trim() === '') out[`ask.${row.key}.what`] = words.askWhatNeeded;
    if (row.by === '' || row.to === '') out[`ask.${row.key}.to`] = words.askPeopleNeeded;
  }
  return out;
}

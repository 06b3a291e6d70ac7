import { describe, expect, it } from 'vitest';
import { buildConversation, checkForm, formProblems, NEW_GRIEVANCE, participantsOf, type LogForm } from './log-form.js';

const words = {
  whoNeeded: 'who?',
  whoNeededTwo: 'two?',
  titleNeeded: 'title?',
  grievanceNeeded: 'which?',
  askWhatNeeded: 'what?',
  askPeopleNeeded: 'whom?',
};

function form(change: Partial<LogForm> = {}): LogForm {
  return {
    me: { id: 'p1', name: 'Ana' },
    others: [{ id: 'p2', name: 'Lei' }],
    occurredOn: '2025-03-01',
    kind: 'chat',
    space: '',
    initiatedBy: '',
    sides: [],
    grievances: [],
    asks: [],
    notes: '',
    ...change,
  };
}

describe('the log form', () => {
  it('a simple log is me and one person, a kind and a date, and nothing else', () => {
    const { input } = buildConversation(form());
    expect(input).toEqual({
      occurredOn: '2025-03-01',
      participants: ['p1', 'p2'],
      kind: 'chat',
      sides: [],
      initiatedBy: null,
      space: null,
      notes: null,
      raised: [],
      newGrievances: [],
      asks: [],
    });
    expect(checkForm(form(), words)).toEqual({});
  });

  it('adds the organizer once even when they also picked themselves', () => {
    expect(
      participantsOf(
        form({
          others: [
            { id: 'p1', name: 'Ana' },
            { id: 'p3', name: 'Sol' },
          ],
        }),
      ).map((p) => p.id),
    ).toEqual(['p1', 'p3']);
  });

  it('asks for the other person before sending, and for two people when nobody said who they are', () => {
    expect(checkForm(form({ others: [] }), words)).toEqual({ who: 'who?' });
    expect(checkForm(form({ me: null }), words)).toEqual({ who: 'two?' });
  });

  it('sends existing grievances as raised and new ones with who raised them, and places the server’s problems on their rows', () => {
    const f = form({
      grievances: [
        { key: 7, grievance: 'g-breaks', title: '', unit: '', by: 'p2' },
        { key: 8, grievance: NEW_GRIEVANCE, title: ' Parking fees ', unit: 'Site/Lab', by: 'p2' },
      ],
      asks: [
        {
          key: 9,
          by: 'p1',
          to: 'p2',
          what: ' Come to the meeting ',
          response: 'maybe',
          comfort: 'hesitant',
          wanted: 'unknown',
          followedThrough: 'pending',
        },
      ],
      notes: '  <b>not html</b> ',
    });
    const { input, paths } = buildConversation(f);
    expect(input.raised).toEqual([{ grievance: 'g-breaks', by: 'p2' }]);
    expect(input.newGrievances).toEqual([
      { title: 'Parking fees', unit: 'Site/Lab', winnable: 'unknown', raisedBy: ['p2'] },
    ]);
    expect(input.asks).toEqual([
      {
        by: 'p1',
        to: 'p2',
        what: 'Come to the meeting',
        response: 'maybe',
        comfort: 'hesitant',
        wanted: 'unknown',
        followedThrough: 'pending',
      },
    ]);
    expect(input.notes).toBe('<b>not html</b>');
    expect(
      formProblems(
        {
          'participants.1': 'no such person',
          'raised.0.by': 'did not take part',
          'newGrievances.0.title': 'at most 500 characters',
          'newGrievances.0.raisedBy.0': 'did not take part',
          'asks.0.what': 'this cannot be empty',
          occurredOn: 'a date is written YYYY-MM-DD',
        },
        paths,
      ),
    ).toEqual({
      who: 'no such person',
      'grievance.7.by': 'did not take part',
      'grievance.8.title': 'at most 500 characters',
      'grievance.8.by': 'did not take part',
      'ask.9.what': 'this cannot be empty',
      occurredOn: 'a date is written YYYY-MM-DD',
    });
  });

  it('asks for a title for a new grievance, a choice for an existing one, and what an ask was', () => {
    const f = form({
      grievances: [
        { key: 1, grievance: '', title: '', unit: '', by: '' },
        { key: 2, grievance: NEW_GRIEVANCE, title: '  ', unit: '', by: '' },
      ],
      asks: [
        {
          key: 3,
          by: 'p1',
          to: '',
          what: '',
          response: 'yes',
          comfort: '',
          wanted: 'unknown',
          followedThrough: 'unknown',
        },
      ],
    });
    expect(checkForm(f, words)).toEqual({
      'grievance.1.grievance': 'which?',
      'grievance.2.title': 'title?',
      'ask.3.what': 'what?',
      'ask.3.to': 'whom?',
    });
  });
});

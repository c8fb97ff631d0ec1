import { describe, expect, test } from 'vitest';
import { readSessionReport } from '../../scripts/ingest/read-session-report';
import { registry } from '../fixtures/ingest/pipeline-input';

// A DiploAI-style report in miniature: summary, speakers, full report, transcript, a
// per-speaker analysis card and the closing agreement analysis.
const REPORT = `Closure of the session

6 Dec 2024 20:00h - 23:00h

Session at a Glance

Summary

Brazil argued for a PoA. Chile: opposed to voting.

Speakers

– Chair: Chairperson of the meeting

– Brazil: Representative of Brazil

Full session report

Brazil: stressed the PoA in the reporter's words.

Session Transcript

Chair: The tenth meeting of the ninth substantive session is called to order. Brazil, please.

Brazil: Thank you, Chair. Brazil supports a Programme of Action.

Our second point concerns capacity building.

Chair: Thank you, Brasil. Columbia, please.

Colombia: Thank you, Chair. We support thematic groups.

B

Brazil

Speech speed

120 words per minute

Agreed with

Colombia: on thematic groups

Agreements

Agreement Points

Brazil: and Colombia agreed.

Disclaimer: This is not an official record of the session.
`;

const read = () => readSessionReport(REPORT, { registry: registry() });

describe('readSessionReport(text)', () => {
  test('reads only the "Session Transcript" turns, never the summary, full report or analysis', () => {
    const turns = read().turns.map((t) => [t.speaker, REPORT.slice(t.span[0], t.span[1])]);
    expect(turns).toEqual([
      ['Chair', 'The tenth meeting of the ninth substantive session is called to order. Brazil, please.'],
      ['Brazil', 'Thank you, Chair. Brazil supports a Programme of Action.\n\nOur second point concerns capacity building.'],
      ['Chair', 'Thank you, Brasil. Columbia, please.'],
      ['Colombia', 'Thank you, Chair. We support thematic groups.'],
    ]);
  });

  test('the date comes from the header; session and meeting from the Chair’s opening', () => {
    expect(read().meta).toMatchObject({ date: '2024-12-06', sessionNumber: 9, meeting: '10', title: 'Closure of the session' });
  });

  test('slips in the Chair’s names are accepted only with a warning naming both', () => {
    const messages = read().warnings.map((w) => w.message);
    expect(messages).toContain('"Columbia" read as Colombia (near match)');
    expect(messages).toContain('"Brasil" read as Brazil (near match)');
  });

  test('a machine digest without a transcript section gives no turns and says so', () => {
    const r = readSessionReport('Closure\n\nSession at a Glance\n\nSummary\n\nBrazil said things.\n', { registry: registry() });
    expect(r.turns).toEqual([]);
    expect(r.warnings[0]!.message).toBe('session report with machine analysis but without a "Session Transcript" section; nothing read');
  });
});

// A meeting summary as the UN and delegations write one: each paragraph reports one
// representative, first by name, then as "he" or "she", or in indirect speech with no subject.
const SUMMARY = `Seventh substantive session, second meeting

The Working Group continued its discussion of regular institutional dialogue.

The representative of Brazil said that his delegation favoured a single track. He added that the mechanism should decide by consensus. Meetings should be held in person, he said, with hybrid arrangements as an exception.

The representative of Kenya proposed a global threat repository. In the opinion of her delegation, stakeholders should take part in all formal meetings.

The room then broke for lunch.
`;

describe('readSessionReport(text) on a meeting summary (no transcript, no machine analysis)', () => {
  const turns = () => {
    const r = readSessionReport(SUMMARY, { registry: registry() });
    expect(r.warnings).toEqual([]);
    return r.turns.map((t) => ({ names: t.names, source: t.speakerSource, text: SUMMARY.slice(t.span[0], t.span[1]) }));
  };

  test('each paragraph is the turn of the representative it opens with, to its end', () => {
    expect(turns()).toEqual([
      {
        names: ['Brazil'],
        source: 'narrative',
        text: 'The representative of Brazil said that his delegation favoured a single track. He added that the mechanism should decide by consensus. Meetings should be held in person, he said, with hybrid arrangements as an exception.',
      },
      { names: ['Kenya'], source: 'narrative', text: 'The representative of Kenya proposed a global threat repository. In the opinion of her delegation, stakeholders should take part in all formal meetings.' },
    ]);
  });

  test("the summary's own sentences outside those paragraphs are no one's turn", () => {
    expect(turns().some((t) => /broke for lunch|continued its discussion/.test(t.text))).toBe(false);
  });
});

describe('readSessionReport(text) with time stamps', () => {
  test('"[00:01:02] Chair: ..." labels are read without the time stamp', () => {
    const text = 'Session at a Glance\n\nSession Transcript\n\n[00:01:02] Chair: Brazil, please.\n\n[00:01:10] Brazil: Thank you, Chair.\n';
    expect(readSessionReport(text, { registry: registry() }).turns.map((t) => [t.speaker, text.slice(t.span[0], t.span[1])])).toEqual([
      ['Chair', 'Brazil, please.'],
      ['Brazil', 'Thank you, Chair.'],
    ]);
  });
});

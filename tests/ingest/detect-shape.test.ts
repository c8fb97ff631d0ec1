import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { detectShape } from '../../scripts/ingest/detect-shape';
import { registry } from '../fixtures/ingest/pipeline-input';

const detect = (text: string) => detectShape(text, registry());

describe('detectShape(text)', () => {
  test('recognises each document of data/raw without the sources.yaml kind', () => {
    const kinds = ['000_f24963e147d875c6.txt', '001_6e5bf162c9870682.txt', '002_6d93753bb1e42c2c.txt', '003_ac224e70e6e409a6.txt'].map((f) => detect(readFileSync(`data/raw/${f}`, 'utf8')).kind);
    expect(kinds).toEqual(['statement', 'joint-statement', 'session-report', 'transcript']);
  });

  test('a report in reported speech is a "report"', () => {
    const text = 'Day 2 of the OEWG\n\nFrance highlighted the PoA. Brazil stressed consensus. Kenya called for capacity building. The day ended.';
    expect(detect(text)).toMatchObject({ kind: 'report', recognised: true });
  });

  test('a brief with a table of delegations\' positions is a "report", read row by row', () => {
    const text = 'Where the delegations stand\n\nThis brief compares positions.\n\n| Country | Treaty |\n|---|---|\n| Chile | yes |\n| Kenya | no |\n| Japan | no |\n';
    expect(detect(text)).toMatchObject({ kind: 'report', recognised: true, cue: 'a table with a row for each of 3 delegations' });
    expect(detect(text.replace('| Japan | no |\n', ''))).toMatchObject({ recognised: false });
  });

  test.each([
    'Non-paper submitted by Chile\n\nElements for the future mechanism\n\n- Two or three groups.\n- Hybrid meetings.',
    'Written contribution from Kenya on the regular institutional dialogue\n\nKenya supports a repository. It also wants hybrid meetings.',
    'Position paper of Japan\n\nJapan supports a single track.',
  ])('a delegation\'s paper, contribution or submission is a statement: %s', (text) => {
    expect(detect(text)).toMatchObject({ kind: 'statement', recognised: true });
  });

  test('a letter from the permanent representatives of several states is a joint statement; from one, it is not', () => {
    const text = 'Letter dated 11 December 2023 from the Permanent Representatives of Chile, Ghana and Ireland to the United Nations addressed to the Chair\n\nExcellency,\n\nWe have the honour to write to you on the modalities.';
    expect(detect(text)).toMatchObject({ kind: 'joint-statement', recognised: true });
    expect(detect(text.replace('Representatives of Chile, Ghana and Ireland', 'Representative of Chile'))).not.toMatchObject({ kind: 'joint-statement' });
  });

  test('a meeting summary, a paragraph to each representative, is a session report', () => {
    const text = [
      'Third meeting',
      'The representative of Brazil said that his delegation supported a single track. He added that consensus mattered.',
      'The representative of Kenya stressed capacity building.',
      'The representative of Chile called for hybrid meetings.',
    ].join('\n\n');
    expect(detect(text)).toMatchObject({ kind: 'session-report', recognised: true });
    // Reported speech in other words stays a report.
    expect(detect(text.replace(/The representative of /g, ''))).toMatchObject({ kind: 'report', recognised: true });
  });

  test('name lines heading their turns with no blank line between are a transcript\'s', () => {
    const text = 'Meeting 2, afternoon\n\nCHAIR\nGood afternoon. I give the floor to Kuwait.\n\nKUWAIT\nThank you, Mr. Chair. Kuwait supports consensus.\n\nCHAIR\nThank you. Pakistan, you have the floor.\n\nPAKISTAN\nThank you, Chair. Pakistan said so.';
    expect(detect(text)).toMatchObject({ kind: 'transcript', recognised: true });
  });

  test('a UN verbatim record, its labels naming the delegation in brackets ("Mr. Hwang (France) (spoke in French): ..."), is a transcript', () => {
    const text = 'General Assembly\nFirst Committee\n10th meeting\n\nThe Chair: I now give the floor to the representative of France.\n\nMr. Hwang (France) (spoke in French): France supports the Programme of Action.\n\nMs. Abascal (Cuba) (spoke in Spanish): Cuba supports a treaty.\n\nThe Chair: I give the floor to the representative of Kenya.\n\nMr. Kimani (Kenya): Kenya supports a repository.';
    expect(detect(text)).toMatchObject({ kind: 'transcript', recognised: true });
  });

  test('"Name: text" turns with floor-giving are a transcript', () => {
    const text = 'Chair: I give the floor to Brazil.\n\nBrazil: Thank you.\n\nChair: Thank you. Chile, please.\n\nChile: Thank you.';
    expect(detect(text)).toMatchObject({ kind: 'transcript', recognised: true });
  });

  test('an interview in questions and answers is a transcript, though its answers name delegations as a report does', () => {
    const text = 'An interview with the Ambassador of Indonesia\n\nQ: Where does Indonesia stand?\n\nA: Indonesia supports consensus. Brazil agrees, and Chile said so too.\n\nQ: And Kenya?\n\nA: Kenya proposed a repository, which Peru and Ghana backed.\n';
    expect(detect(text)).toMatchObject({ kind: 'transcript', recognised: true, cue: 'questions and answers ("Q:", "A:")' });
  });

  test('text with no known shape is not recognised (the generic reader and a warning follow)', () => {
    expect(detect('Some notes about lunch.\n\nNothing else.')).toMatchObject({ recognised: false });
  });
});

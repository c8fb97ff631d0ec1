import { describe, expect, test } from 'vitest';
import { observationsFromDataset } from '../../src/analysis/observations';
import { sessionWindow } from '../../src/analysis/session-window';
import { positionsInWindow } from '../../src/analysis/window-positions';
import { indexDataset } from '../../src/shared/dataset-index';
import { actorCode } from '../../src/shared/ids';
import { compareCsv, compareRows } from '../../src/views/compare/compare-model';
import { parseComparedActors } from '../../src/views/compare/compare-params';
import { roomDataset } from '../fixtures/room-dataset';
import { ROOM_SAID } from '../fixtures/room-said';

const index = indexDataset(roomDataset(ROOM_SAID));
const positions = positionsInWindow(observationsFromDataset(index.dataset), sessionWindow(1, 3));
const name = (n: number) => `S${n}`;

describe('compare model', () => {
  test('compareRows(index, positions, codes) gives one row per codebook issue, one cell per delegation', () => {
    const rows = compareRows(index, positions, [actorCode('DEU'), actorCode('IRN')]);
    expect(rows.map((r) => r.issue.id)).toEqual(['mechanism-format', 'stakeholder-veto', 'thematic-group-count', 'decision-making']);
    expect(rows[0]!.cells[0]!.stance!.quote).toBe('Germany reiterates its support for the PoA.');
    expect(rows[0]!.cells[1]).toBeUndefined();
    expect(rows.map((r) => r.status)).toEqual(['partial', 'partial', 'partial', 'partial']);
  });

  test('compareRows marks a row as differing when two positioned delegations hold different positions, even if a third is silent', () => {
    const rows = compareRows(index, positions, [actorCode('DEU'), actorCode('RUS'), actorCode('KEN')]);
    expect(rows[0]!.status).toBe('differ');
  });

  test('compareCsv(rows, codes) has a header and one row per issue with position, date, session, statements, quote and statement id', () => {
    const codes = [actorCode('DEU'), actorCode('USA')];
    const csv = compareCsv(compareRows(index, positions, codes), codes, name);
    expect(csv[0]).toEqual([
      'issue', 'question', 'status',
      'DEU position', 'DEU date', 'DEU session', 'DEU statements', 'DEU quote', 'DEU statement id',
      'USA position', 'USA date', 'USA session', 'USA statements', 'USA quote', 'USA statement id',
    ]);
    expect(csv).toHaveLength(5);
    expect(csv[3]).toEqual([
      'thematic-group-count', 'How many dedicated thematic groups should the permanent mechanism have?', 'Differ',
      '3', '2022-03-29', 'S2', '1', 'Three dedicated thematic groups are a good start.', 'room-14.txt#1',
      '2–3', '2022-07-26', 'S3', '1', 'Two or three groups would suffice.', 'room-15.txt#1',
    ]);
    expect(csv[4]!.slice(3, 9)).toEqual(['', '', '', '', '', '']);
  });

  test('parseComparedActors(params, index) keeps known delegations in order, drops duplicates, and caps at four', () => {
    const parsed = parseComparedActors(new URLSearchParams('actors=usa,DEU,USA,XXX,CHAIR,RUS,CHN,IRN'), index);
    expect(parsed.codes).toEqual(['USA', 'DEU', 'RUS', 'CHN']);
    expect(parsed.unknown).toEqual(['XXX', 'CHAIR']);
    expect(parsed.dropped).toEqual(['IRN']);
  });
});

import { describe, expect, test } from 'vitest';
import { cellReadings, columnTopic, namedPosition } from '../../scripts/tagging/table-readings';

describe('columnTopic(header)', () => {
  test('drops emphasis and spells out the abbreviations of briefs', () => {
    expect(columnTopic('**Separate IL group**')).toBe('separate international law group');
    expect(columnTopic('Dedicated CB group')).toBe('dedicated capacity building group');
    expect(columnTopic('LBI')).toBe('legally binding instrument');
  });
});

describe('cellReadings(header, cell)', () => {
  test('a verdict is said of the column\'s question', () => {
    expect(cellReadings('Binding instrument', 'opposes')).toEqual(['We oppose binding instrument.']);
    expect(cellReadings('Threat repository', '**Yes**')).toEqual(['We support threat repository.']);
    expect(cellReadings('Binding instrument', 'Open')).toEqual(['We are open to binding instrument.', 'We are flexible on binding instrument.']);
  });

  test('a value is what the delegation wants of the column, each part of a cell apart; a cell that opens with a verb is the delegation speaking', () => {
    expect(cellReadings('Thematic groups', 'three')).toEqual(['The thematic groups should be three.', 'We want three thematic groups.', 'We want three.']);
    expect(cellReadings('Vehicle', 'Permanent OEWG; rejects the Programme of Action')).toEqual([
      'The vehicle should be permanent oewg.',
      'We want permanent oewg vehicle.',
      'We want permanent oewg.',
      'We rejects the programme of action.',
    ]);
  });

  test('a dash, "n/a", "not stated" or "undecided" says nothing', () => {
    for (const cell of ['—', '-', 'n/a', 'Not stated', 'undecided', '?', '']) expect(cellReadings('Vehicle', cell)).toEqual([]);
  });
});

describe('namedPosition(cell, positions)', () => {
  test('a cell in the codebook\'s own words names its position', () => {
    expect(namedPosition('PoA', ['poa', 'open', 'oewg'])).toBe('poa');
    expect(namedPosition('open', ['poa', 'open', 'oewg'])).toBe('open');
    expect(namedPosition('none (ad hoc only)', ['value', 'limited', 'none', 'flexible'])).toBe('none');
    expect(namedPosition('In-person only', ['in-person', 'hybrid'])).toBe('in-person');
    expect(namedPosition('supports', ['support', 'open', 'oppose'])).toBe('support');
  });

  test('other words, a number, or a silent cell name none', () => {
    expect(namedPosition('openness', ['poa', 'open', 'oewg'])).toBeNull();
    expect(namedPosition('3', ['value', 'limited', 'none', 'flexible'])).toBeNull();
    expect(namedPosition('—', ['support', 'oppose'])).toBeNull();
    expect(namedPosition('supports', ['dedicated', 'integrated'])).toBeNull();
  });
});

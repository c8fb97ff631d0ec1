import { describe, expect, test } from 'vitest';
import { listItemAt, listItemReadings } from '../../scripts/tagging/list-items';

const spanOf = (text: string, s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];

describe('listItemAt(text, span)', () => {
  test('a sentence that opens a bullet is that bullet, without its marker', () => {
    const text = 'Modalities\n\n- Hybrid participation for all meetings.\n• New York as the venue.\n(b) Two groups.';
    expect(listItemAt(text, spanOf(text, '- Hybrid participation for all meetings.'))).toBe('Hybrid participation for all meetings.');
    expect(listItemAt(text, spanOf(text, '• New York as the venue.'))).toBe('New York as the venue.');
    // The marker may be left before the sentence's span.
    expect(listItemAt(text, spanOf(text, 'Two groups.'))).toBe('Two groups.');
  });

  test('prose, a numbered paragraph and a bullet\'s second sentence open none', () => {
    const text = 'We support hybrid meetings.\n\n1.2 The elements below go together.\n\n- Three groups. No more.';
    expect(listItemAt(text, spanOf(text, 'We support hybrid meetings.'))).toBeNull();
    expect(listItemAt(text, spanOf(text, '1.2 The elements below go together.'))).toBeNull();
    expect(listItemAt(text, spanOf(text, 'No more.'))).toBeNull();
  });
});

describe('listItemReadings(item)', () => {
  test('a bullet without a subject is what its author wants', () => {
    expect(listItemReadings('Two or three dedicated thematic groups; no more.')).toEqual(['We want Two or three dedicated thematic groups; no more.']);
  });

  test('a topic before a colon reads as a table cell under that heading', () => {
    expect(listItemReadings('Threat repository: opposed')).toEqual(['We oppose threat repository.']);
  });

  test('a bullet with a subject or a verb of its own is read as written, not read again', () => {
    expect(listItemReadings('We support three groups.')).toEqual([]);
    expect(listItemReadings('The European Union has proposed three groups.')).toEqual([]);
    expect(listItemReadings('Some delegations would prefer two groups.')).toEqual([]);
  });
});

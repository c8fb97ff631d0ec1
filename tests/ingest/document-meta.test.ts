import { describe, expect, test } from 'vitest';
import { dateIn, headerMeta, openingMeta, sessionIn } from '../../scripts/ingest/document-meta';

describe('document meta', () => {
  test.each([
    ['6 Dec 2024 20:00h - 23:00h', '2024-12-06'],
    ['New York, 1 April 2022', '2022-04-01'],
    ['April 1, 2022', '2022-04-01'],
    ['31st of December 2020', '2020-12-31'],
    ['2023-07-24', '2023-07-24'],
  ])('dateIn("%s") is %s', (s, d) => expect(dateIn(s)).toBe(d));

  test('dateIn refuses impossible dates', () => expect(dateIn('31 February 2022')).toBeUndefined());

  test.each([
    ['At the 2nd Substantive Session of the OEWG', 2],
    ['ninth substantive session', 9],
    ['the organizational session', 0],
  ])('sessionIn("%s") is %d', (s, n) => expect(sessionIn(s)).toBe(n));

  test('headerMeta reads "Session 2-8 Transcript" as session 2, meeting 8', () => {
    const text = 'Session 2-8 Transcript\n(OEWG 2021-25)';
    expect(headerMeta(text, [0, text.length])).toMatchObject({ sessionNumber: 2, meeting: '8', title: 'Session 2-8 Transcript' });
  });

  test('openingMeta reads "the tenth and final meeting of the ninth substantive session"', () => {
    const text = 'It’s the tenth and final meeting of the ninth substantive session of the OEWG.';
    expect(openingMeta(text, [0, text.length])).toEqual({ sessionNumber: 9, meeting: '10' });
  });
});

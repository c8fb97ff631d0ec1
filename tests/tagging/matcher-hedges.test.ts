// matchSentence: hedges give the issue's `open` position where it has one; elsewhere a willing
// hedge keeps the position at lower confidence and a tentative one gives nothing.
import { describe, expect, test } from 'vitest';
import { hits, tag } from './tagging-fixture';

describe('matchSentence: hedges', () => {
  test('"is open to" a binding instrument is the open position', () => {
    expect(tag('Our delegation is open to exploring a legally binding instrument in due course.')).toEqual(['legally-binding-instrument:open']);
  });

  test('"could also be considered" on an issue with an open position gives open', () => {
    expect(tag('The elaboration of legally binding obligations could also be considered at a later stage.')).toEqual(['legally-binding-instrument:open']);
  });

  test('"is worth considering" the PoA is open on the mechanism format', () => {
    expect(tag('A Programme of Action could be a useful option that is worth considering.')).toEqual(['mechanism-format:open']);
  });

  test('a willing hedge on an issue without an open position keeps the position, at lower confidence', () => {
    const [h] = hits('We are open to discussing whether meetings could also be held in locations other than New York.');
    expect(h).toMatchObject({ issue: 'meeting-venue', position: 'rotate' });
    expect(h!.confidence).toBeLessThanOrEqual(0.6);
  });

  test('the same cue without the hedge is more confident', () => {
    const [h] = hits('Meetings should also be held in locations other than New York.');
    expect(h).toMatchObject({ issue: 'meeting-venue', position: 'rotate' });
    expect(h!.confidence).toBeGreaterThan(0.6);
  });

  test('a tentative hedge on an issue without an open position gives nothing', () => {
    expect(tag('A thematic group on international law merits further consideration.')).toEqual([]);
  });

  test('a hedge in another clause does not soften the cue', () => {
    expect(tag('While we need to study the details further, we support a Programme of Action.')).toEqual(['mechanism-format:poa']);
  });
});

// matchSentence: negation turns a cue into its opposite (or into nothing), within its scope only.
import { describe, expect, test } from 'vitest';
import { tag } from './tagging-fixture';

describe('matchSentence: negation', () => {
  test('"should not" before a single-state veto is opposition to the veto', () => {
    expect(tag('We are of the view that one single state should not be allowed to block the participation of relevant stakeholders.')).toEqual(['stakeholder-veto:oppose']);
  });

  test('a veto described as "not tenable" after the cue is opposition to it', () => {
    expect(tag('The practice of allowing any single state to block accredited NGOs is not tenable.')).toEqual(['stakeholder-veto:oppose']);
  });

  test('a veto mentioned without negation is no position at all', () => {
    expect(tag('Under the current modalities a single state can block the accreditation of stakeholders.')).toEqual([]);
  });

  test('"is unacceptable" after a bias towards the PoA rejects the PoA', () => {
    expect(tag('Any bias in favour of the Programme of Action in the report is unacceptable.')).toEqual(['mechanism-format:oewg']);
  });

  test('"we do not view ... as the most effective way" turns a dedicated group into an integrated approach', () => {
    expect(tag('We do not view a separate group on international law as the most effective way forward.')).toEqual(['international-law-group:integrated']);
  });

  test('"cannot support" inside the cue\'s gap negates it', () => {
    expect(tag('We cannot support the Programme of Action as the future format.')).toEqual(['mechanism-format:oewg']);
  });

  test('"do not see the need for" a treaty is opposition to one', () => {
    expect(tag('We do not see the need for a new legally binding instrument on ICT security.')).toEqual(['legally-binding-instrument:oppose']);
  });

  test('a refusal and its reason ("which would ...") are both against the object, not a double negation', () => {
    expect(tag('We do not support the creation of a global repository of threats, which would duplicate existing channels.')).toEqual(['threat-repository:oppose']);
    expect(tag('We cannot support a Programme of Action, as it would duplicate the work of this Group.')).toEqual(['mechanism-format:oewg']);
  });

  test('a stance against the object and a bad word for it after it agree, where a plain "not" would cancel', () => {
    expect(tag('We are concerned that the possibility of voting would divide the membership.')).toEqual(['decision-making:consensus']);
    expect(tag('We are worried that hybrid meetings would undermine the negotiations.')).toEqual(['meeting-format:in-person']);
    expect(tag('We do not think that hybrid meetings would undermine the negotiations.')).toEqual(['meeting-format:hybrid']);
  });

  test('finding it difficult to attend meetings held elsewhere is a preference for New York', () => {
    expect(tag('As a small delegation, we would find it very difficult to follow meetings held in Geneva or Vienna.')).toEqual(['meeting-venue:new-york']);
  });

  test('a negative judgement the refusal itself governs still cancels it', () => {
    expect(tag('We do not think that hybrid meetings would undermine the negotiations.')).toEqual(['meeting-format:hybrid']);
  });

  test('"cannot accept" voting is a vote for consensus', () => {
    expect(tag('We cannot accept voting in the future mechanism.')).toEqual(['decision-making:consensus']);
  });

  test('"rather than" negates what follows it', () => {
    expect(tag('Rather than creating an additional platform, the UN should strengthen the existing initiatives on capacity building.')).toEqual(['capacity-building-coordination:oppose']);
  });

  test('reservations about hybrid meetings are a preference for meeting in person', () => {
    expect(tag('We have reservations about the cost and the effectiveness of hybrid meetings.')).toEqual(['meeting-format:in-person']);
  });

  test('a participle right after the cue ("should be rejected") reverses it', () => {
    expect(tag('The Programme of Action should be rejected.')).toEqual(['mechanism-format:oewg']);
  });

  test('a rejection of something else later in the sentence does not reverse the cue', () => {
    expect(tag('We call for a legally binding instrument and reject the idea of a Programme of Action.')).toEqual(['legally-binding-instrument:support', 'mechanism-format:oewg']);
  });

  test('"few delegations could" negates what follows; "a few delegations could" does not', () => {
    expect(tag('Few delegations could service five thematic groups.')).toEqual([]);
    expect(tag('We think that few of us could service five thematic groups.')).toEqual([]);
    expect(tag('We think that a few of us could service five thematic groups.')).toEqual(['thematic-group-count:value:5']);
    expect(tag('Our delegation could service five thematic groups.')).toEqual(['thematic-group-count:value:5']);
  });

  test('"not only" is not a negation', () => {
    expect(tag('We support not only the Programme of Action but also its early establishment.')).toEqual(['mechanism-format:poa']);
  });

  test('a negation in another clause does not reach the cue', () => {
    expect(tag('We do not have a national position on every detail yet, but we support the Programme of Action.')).toEqual(['mechanism-format:poa']);
  });

  test('"no" far before the cue is out of its scope', () => {
    expect(tag('No voluntary norm can ever substitute for the value of an international legally binding instrument, which is the only truly effective way forward.')).toEqual(['legally-binding-instrument:support']);
  });

  test('"non-binding" never reads as "binding"', () => {
    expect(tag('The framework should remain voluntary and non-binding in nature.')).toEqual(['legally-binding-instrument:oppose']);
  });

  test('negating a rule that spells out its own negation ("should not be overestimated") keeps its position', () => {
    expect(tag('The role of civil society and industry in this process should not be overestimated.')).toEqual(['stakeholder-participation:limit']);
  });
});

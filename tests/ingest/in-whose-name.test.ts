import { describe, expect, test } from 'vitest';
import { inWhoseName, speaksAgainFor } from '../../scripts/ingest/in-whose-name';
import { splitNationalCapacity } from '../../scripts/ingest/national-capacity';
import { registry } from '../fixtures/ingest/pipeline-input';

const whose = (text: string, speaker: string | null = null) => inWhoseName(text, [0, text.length], registry(), speaker as never);

describe('inWhoseName(text)', () => {
  test('"I have the honour to speak on behalf of the European Union and its member states": the EU', () => {
    expect(whose('Thank you, Chair. I have the honour to speak on behalf of the European Union and its member states.', 'EU').onBehalfOf).toEqual(['EU']);
  });

  test('"On behalf of the Non-Aligned Movement, we ...": NAM', () => {
    expect(whose('Thank you, Chair. On behalf of the Non-Aligned Movement, we wish to highlight cooperation.', 'IDN').onBehalfOf).toEqual(['NAM']);
  });

  test('"speaking for the Group of Arab States": the group', () => {
    expect(whose('Thank you, Chair. Speaking for the Arab Group, we favour consensus.', 'KWT').onBehalfOf).toEqual(['ARAB-GROUP']);
    expect(whose('Speaking for my delegation, we favour consensus.', 'KWT').onBehalfOf).toEqual([]);
  });

  test('on behalf of several states, and also of one’s own country', () => {
    const r = whose('I speak on behalf of Australia, Canada and New Zealand and my own country.', 'NZL');
    expect(r.onBehalfOf).toEqual(['AUS', 'CAN', 'NZL']);
    expect(r.alsoSelf).toBe(true);
  });

  test('"I have the honour to deliver this statement on behalf of the Group of Arab States": the group', () => {
    expect(whose('Thank you, Mr. Chair. I have the honour to deliver this statement on behalf of the Group of Arab States.', 'KWT').onBehalfOf).toEqual(['ARAB-GROUP']);
    expect(whose('I am pleased to make the present statement on behalf of the African Group.', 'NGA').onBehalfOf).toEqual(['AFRICAN-GROUP']);
    expect(whose('Allow me to read a joint statement on behalf of Chile, Fiji and Iceland.', 'CHL').onBehalfOf).toEqual(['CHL', 'FJI', 'ISL']);
  });

  test('"on behalf of my delegation" and someone else’s statement "delivered on behalf of" are not spoken for', () => {
    expect(whose('On behalf of my delegation, I thank you.', 'FRA').onBehalfOf).toEqual([]);
    expect(whose('We align ourselves with the statement delivered by Indonesia on behalf of the NAM.', 'SGP').onBehalfOf).toEqual([]);
  });

  test('alignment with a group statement is alignedWith the group, not its deliverer', () => {
    expect(whose('Singapore aligns ourselves with the statement delivered by Indonesia on behalf of NAM.', 'SGP').alignedWith).toEqual(['NAM']);
    expect(whose('The Philippines aligns itself with the statement delivered by ASEAN and the Non-Aligned Movement.', 'PHL').alignedWith).toEqual(['ASEAN', 'NAM']);
    expect(whose('Portugal aligns with your statement.', 'PRT').alignedWith).toEqual([]);
  });

  test('alignment with two statements, the EU’s and one delivered for a group, names both groups', () => {
    expect(whose('We associate ourselves with the statements delivered by the EU and by Indonesia on behalf of the NAM.', 'HRV').alignedWith).toEqual(['EU', 'NAM']);
  });

  test('"on behalf of the following countries: A, B and C" reads the list after the colon', () => {
    expect(whose('I speak on behalf of the following countries: Fiji, Samoa and Tonga. We support it.', 'FJI').onBehalfOf).toEqual(['FJI', 'WSM', 'TON']);
  });

  test('states that align themselves with this statement are `aligned`', () => {
    const r = whose('On behalf of the EU. The candidate countries Türkiye, North Macedonia and Albania align themselves with this statement.', 'EU');
    expect(r.aligned).toEqual(['TUR', 'MKD', 'ALB']);
  });

  test('a group spoken for may be named in lower case', () => {
    expect(whose('I have the honour to speak on behalf of the least developed countries. We call for a fund.', 'NPL').onBehalfOf).toEqual(['LDC']);
    expect(whose('I speak on behalf of my own country. We call for a fund.', 'NPL').onBehalfOf).toEqual([]);
  });

  test('... or with its content', () => {
    expect(whose('We ask for hybrid meetings. The following delegations associate themselves with its content: Fiji and Panama.', null).aligned).toEqual(['FJI', 'PAN']);
  });

  test('... or with this submission, contribution or paper', () => {
    const r = whose('We, Chile and Peru, ask for hybrid meetings. The following States align themselves with this submission: Albania, Fiji and Panama.', null);
    expect(r.aligned).toEqual(['ALB', 'FJI', 'PAN']);
  });
});

describe('splitNationalCapacity(text, turns)', () => {
  test('cuts a turn that opens for a group where it turns to the national capacity', () => {
    const text = 'On behalf of the Non-Aligned Movement, we call for cooperation. NAM reaffirms its views. Chair, on Indonesia’s national capacity, my delegation adds a point.';
    const turns = splitNationalCapacity(text, [{ speaker: 'Indonesia', speakerSource: 'floor', names: [], span: [0, text.length], line: 1 }], registry());
    expect(turns.map((t) => text.slice(t.span[0], t.span[1]))).toEqual([
      'On behalf of the Non-Aligned Movement, we call for cooperation. NAM reaffirms its views.',
      'Chair, on Indonesia’s national capacity, my delegation adds a point.',
    ]);
  });

  test('a statement headed by a group turns, at the national capacity, to the state that delivers it', () => {
    const heading = 'Statement of the Arab Group\ndelivered by the State of Qatar\n\n';
    const text = heading + 'The Group calls for cooperation. Allow me now a few remarks in my national capacity. We support the PoA.';
    const turns = splitNationalCapacity(text, [{ speaker: 'Arab Group', speakerSource: 'header', names: [], span: [heading.length, text.length], line: 4 }], registry());
    expect(turns.map((t) => [t.speaker, text.slice(t.span[0], t.span[1])])).toEqual([
      ['Arab Group', 'The Group calls for cooperation.'],
      ['Qatar', 'Allow me now a few remarks in my national capacity. We support the PoA.'],
    ]);
    // Named in the sentence itself, the state needs no heading.
    const named = 'The Group calls for cooperation. Speaking now in Oman’s national capacity, we support the PoA.';
    expect(splitNationalCapacity(named, [{ speaker: 'Arab Group', speakerSource: 'header', names: [], span: [0, named.length], line: 1 }], registry()).map((t) => t.speaker)).toEqual(['Arab Group', 'Oman']);
    // With no state to turn to, the group keeps the whole statement.
    const unnamed = 'The Group calls for cooperation. Allow me now a few remarks in my national capacity. We support the PoA.';
    expect(splitNationalCapacity(unnamed, [{ speaker: 'Arab Group', speakerSource: 'header', names: [], span: [0, unnamed.length], line: 1 }], registry())).toHaveLength(1);
  });

  test('a turn on behalf of several named states, itself among them, turns at "my national capacity" to the speaker alone', () => {
    const text = 'I speak on behalf of Bahrain, Kuwait, Oman and my own country, Qatar. We call for cooperation. Allow me now to add a few words in my national capacity. We support the PoA.';
    const turns = splitNationalCapacity(text, [{ speaker: 'Qatar', speakerSource: 'floor', names: [], span: [0, text.length], line: 1 }], registry());
    expect(turns.map((t) => [t.speaker, t.onBehalfOf ?? null, text.slice(t.span[0], t.span[1])])).toEqual([
      ['Qatar', null, 'I speak on behalf of Bahrain, Kuwait, Oman and my own country, Qatar. We call for cooperation.'],
      ['Qatar', [], 'Allow me now to add a few words in my national capacity. We support the PoA.'],
    ]);
    // "Our national capacity" is each of them speaking: no cut.
    const each = 'I speak on behalf of Bahrain, Kuwait and my own country, Qatar. We call for cooperation. We will each add remarks in our national capacity.';
    expect(splitNationalCapacity(each, [{ speaker: 'Qatar', speakerSource: 'floor', names: [], span: [0, each.length], line: 1 }], registry())).toHaveLength(1);
  });

  test('leaves a national statement that only mentions its national capacity whole', () => {
    const text = 'My delegation aligns itself with the EU and adds remarks in our national capacity. We support the PoA.';
    expect(splitNationalCapacity(text, [{ speaker: 'Finland', speakerSource: 'floor', names: [], span: [0, text.length], line: 1 }], registry())).toHaveLength(1);
  });
});

describe('speaksAgainFor(text, span, groups)', () => {
  const again = (text: string, groups: string[]) => speaksAgainFor(text, [0, text.length], registry(), groups as never);

  test('a speaker back on the floor whose first name is a group it spoke for speaks for it again', () => {
    expect(again('Thank you, Chair. On paragraph 39, the African Group proposes adding Nairobi.', ['AFRICAN-GROUP'])).toBe('AFRICAN-GROUP');
    expect(again('CARICOM also welcomes paragraph 42.', ['CARICOM'])).toBe('CARICOM');
  });

  test('not for a group it never spoke for, nor when another delegation comes first, nor nationally', () => {
    expect(again('The African Group proposes adding Nairobi.', [])).toBeNull();
    expect(again('Thank you. Like Brazil, the African Group proposes adding Nairobi.', ['AFRICAN-GROUP'])).toBeNull();
    expect(again('The African Group has spoken; now in my national capacity, we add a word.', ['AFRICAN-GROUP'])).toBeNull();
  });
});

// matchSentence: whose stance a sentence carries. The speaker's own words are its stance; an idea
// reported of someone else is not, unless the speaker endorses it; a named proposal with no
// content resolves through the codebook's table of known proposals.
import { describe, expect, test } from 'vitest';
import { mentionCodes, tag } from './tagging-fixture';

describe('matchSentence: the speaker', () => {
  test('"we" is the speaker', () => {
    expect(tag('We support a Programme of Action.')).toEqual(['mechanism-format:poa']);
  });

  test('"my delegation" is the speaker', () => {
    expect(tag('My delegation favours the meaningful participation of civil society in the thematic groups.')).toEqual(['stakeholder-participation:expand']);
  });

  test('the speaker\'s own name is the speaker', () => {
    expect(tag('Germany supports a Programme of Action.', 'DEU')).toEqual(['mechanism-format:poa']);
  });

  test('another delegation\'s name as the subject is not the speaker', () => {
    expect(tag('Germany supports a Programme of Action.', 'FRA')).toEqual([]);
  });

  test('names resolve with their long forms, possessives and adjectives', () => {
    expect(mentionCodes("The Islamic Republic of Iran welcomed Brazil’s idea and the Mexican proposal.")).toEqual(['IRN', 'BRA', 'MEX']);
  });

  test('a hyphenated name is one name: Guinea-Bissau is not Guinea', () => {
    expect(mentionCodes('Guinea-Bissau, Timor-Leste and the Non-Aligned Movement spoke after Guinea.')).toEqual(['GNB', 'TLS', 'NAM', 'GIN']);
  });

  test('a group whose name ends in a common noun is named with it: "the Nordic countries"', () => {
    expect(mentionCodes('The Nordic countries and the Benelux countries’ partners spoke; African countries did not.')).toEqual(['NORDIC', 'BENELUX']);
    expect(tag('The Nordic countries support a Programme of Action.', 'NORDIC')).toEqual(['mechanism-format:poa']);
  });

  test('a group named with a hyphen speaks for itself when it is the author', () => {
    expect(tag('Speaking on behalf of the Non-Aligned Movement, Azerbaijan said that the participation of non-governmental stakeholders should be confined to informal settings.', 'NAM', { narrative: true })).toEqual(['stakeholder-participation:limit']);
  });
});

describe('matchSentence: reported positions', () => {
  test('a suggestion reported of others is not the speaker\'s ("Brazil\'s suggestion, supported by Egypt")', () => {
    expect(tag("Brazil’s suggestion, supported by Egypt, was to hold meetings in Geneva as well.")).toEqual([]);
  });

  test('"as France proposed" is not the speaker\'s without an endorsement', () => {
    expect(tag('As France proposed, there could be three thematic groups.')).toEqual([]);
  });

  test('"some delegations called for" is not the speaker\'s', () => {
    expect(tag('Some delegations called for a dedicated group on international law.')).toEqual([]);
  });

  test('an endorsement makes the reported content the speaker\'s own', () => {
    expect(tag('We support the Mexican proposal to explore a flexible decision-making mechanism.')).toEqual(['decision-making:flexible']);
  });

  test('"like Thailand, we believe" is the speaker\'s own', () => {
    expect(tag('Like Thailand, we believe that international law should be addressed by a specialised group.')).toEqual(['international-law-group:dedicated']);
  });

  test('"as correctly pointed out by" endorses what follows', () => {
    expect(tag('As correctly pointed out by a number of delegations, capacity building is a cross-cutting issue for all thematic groups.')).toEqual(['capacity-building-group:cross-cutting']);
  });

  test('"many delegations, including mine" counts the speaker in', () => {
    expect(tag('Many delegations, including mine, called for a dedicated group on capacity building.')).toEqual(['capacity-building-group:dedicated']);
  });
});

describe('matchSentence: the table of known proposals', () => {
  test('endorsing France\'s proposal (after November 2024) means three cross-cutting groups', () => {
    expect(tag('We support the French proposal.', 'XXX', { date: '2024-12-06' })).toEqual(['thematic-group-count:value:3', 'thematic-group-structure:cross-cutting']);
  });

  test('France\'s proposal before that date does not resolve to the groups', () => {
    expect(tag('We support the French proposal.', 'XXX', { date: '2022-03-31' })).toEqual([]);
  });

  test('backing the OEWG format or its continuation is the OEWG; backing its work is not', () => {
    expect(tag('Nicaragua supports the continuation of this open-ended working group as a permanent body.', 'NIC')).toEqual(['mechanism-format:oewg']);
    expect(tag('We have always supported the open-ended working group format.')).toEqual(['mechanism-format:oewg']);
    expect(tag('We support the work of the open-ended working group.')).toEqual([]);
  });

  test('the Canada-Chile paper is broader stakeholder participation', () => {
    expect(tag('We fully support the proposal by Canada and Chile.')).toEqual(['stakeholder-participation:expand']);
  });

  test('the initiative of France and Egypt is the PoA', () => {
    expect(tag('We would like to express our support for the initiative presented by France and Egypt.')).toEqual(['mechanism-format:poa']);
  });

  test('naming a proposal without endorsing it gives nothing', () => {
    expect(tag('Canada and Chile presented their proposal this morning.')).toEqual([]);
  });

  test('a negated endorsement of a named proposal gives nothing', () => {
    expect(tag('We do not support the French proposal.', 'XXX', { date: '2024-12-06' })).toEqual([]);
  });
});

describe('matchSentence: what is no position', () => {
  test('merely mentioning a topic', () => {
    expect(tag('Today we discussed the Programme of Action and the threat repository.')).toEqual([]);
  });

  test('no common view on whether something is needed', () => {
    expect(tag('We have no common view on whether a new legally binding instrument is needed.')).toEqual([]);
    expect(tag('Delegations remain divided over whether new norms are required.')).toEqual([]);
  });

  test('thanking for a proposal', () => {
    expect(tag('We thank Canada and Chile for their paper on stakeholder modalities.')).toEqual([]);
  });

  test('noting a proposal', () => {
    expect(tag('We took note of the proposal for three groups on resilience, cooperation and stability.')).toEqual([]);
  });

  test('a question', () => {
    expect(tag('Should the future mechanism have a dedicated group on international law?')).toEqual([]);
  });

  test('asking the Secretariat about costs', () => {
    expect(tag('We would like to ask the Secretariat about the cost of hybrid meetings.')).toEqual([]);
  });

  test('a past event in Geneva is no view on where the mechanism should meet', () => {
    expect(tag('We held a national workshop in Geneva last year on cyber diplomacy.')).toEqual([]);
  });

  test('having studied a proposal is not supporting it', () => {
    expect(tag('We have studied the proposal for three thematic groups on resilience, cooperation and stability.')).toEqual([]);
  });

  test('a debate described is no position ("some proposed ..., while others prefer ...")', () => {
    expect(tag('Some states have proposed a legally binding instrument, while others prefer voluntary norms.')).toEqual([]);
  });

  test('the cybercrime convention is not a binding instrument on ICT security', () => {
    expect(tag('We support the early entry into force of the new convention against cybercrime.')).toEqual([]);
  });
});

describe('matchSentence: narrative reports', () => {
  test('"These delegations" speaks for the turn\'s authors', () => {
    expect(tag('These delegations raised concerns about a single state being able to veto stakeholder participation.', ['CHE', 'NZL'], { narrative: true })).toEqual(['stakeholder-veto:oppose']);
  });

  test('outside a narrative report "These delegations" are others', () => {
    expect(tag('These delegations raised concerns about a single state being able to veto stakeholder participation.')).toEqual([]);
  });

  test('a narrative turn naming several authors gives the position to all of them', () => {
    expect(tag('Russia, China and Iran insisted that all decisions be taken by consensus.', ['RUS', 'CHN', 'IRN'], { narrative: true })).toEqual(['decision-making:consensus']);
  });

  test('unnamed delegations then named ("Some delegations, among them Peru and Chile, ...") are those named, not others reported', () => {
    expect(tag('Some delegations, among them Peru and Chile, were of the view that capacity-building deserved a dedicated group.', ['PER', 'CHL'], { narrative: true })).toEqual(['capacity-building-group:dedicated']);
    expect(tag('Others, such as Peru and the Philippines, said they were not wedded to either proposal and could support any single-track mechanism.', ['PER', 'PHL'], { narrative: true })).toEqual(['mechanism-format:open']);
    // Outside a report they are others whose view is told.
    expect(tag('Some delegations, among them Peru and Chile, were of the view that capacity-building deserved a dedicated group.', ['PER', 'CHL'])).toEqual([]);
  });

  test('"Opposing, Russia said ..." sets the speaker against the one before, not against what it says', () => {
    expect(tag('Opposing, Russia said the groups should follow the pillars of the mandate.', 'RUS', { narrative: true })).toEqual(['thematic-group-structure:pillar-based']);
    expect(tag('Iran, opposing, said hybrid meetings should remain the exception.', 'IRN', { narrative: true })).toEqual(['meeting-format:in-person']);
    // Opposing a thing is still against it.
    expect(tag('Opposing any bias towards the Programme of Action, Iran said the future mechanism should be a permanent OEWG.', 'IRN', { narrative: true })).toEqual(['mechanism-format:oewg']);
  });

  test('capitals in a list as the subject of a report are their governments', () => {
    expect(tag('Moscow, Beijing and Tehran want every decision taken by consensus.', ['RUS', 'CHN', 'IRN'], { narrative: true })).toEqual(['decision-making:consensus']);
  });

  test('a people as the subject of a report is its delegation', () => {
    expect(tag('The Russians want new norms.', 'RUS', { narrative: true })).toEqual(['norms-development:develop-new']);
    expect(tag('The Russians want new norms.', 'CHN', { narrative: true })).toEqual([]);
  });

  test('"Some argue that ..." reports others', () => {
    expect(tag('Some argue that what the world needs is a new legally binding treaty.')).toEqual([]);
    expect(tag('Many would say that hybrid meetings are the future.')).toEqual([]);
  });

  test('a delegation named as the author raising concerns is its position', () => {
    expect(tag('Switzerland raised concerns about a single state being able to veto stakeholder participation.', 'CHE', { narrative: true })).toEqual(['stakeholder-veto:oppose']);
  });

  test('a capital as the subject of a report is its government', () => {
    const sentence = 'Canberra remains open to a binding instrument in the long term.';
    expect(tag(sentence, 'AUS', { narrative: true })).toEqual(['legally-binding-instrument:open']);
    // Another government's capital is someone else.
    expect(tag(sentence, 'NZL', { narrative: true })).toEqual([]);
  });

  test('the pronoun opening what a delegation said is the delegation: "Peru said that it could not accept ..."', () => {
    expect(tag('Peru said that it could not accept a binding treaty at this stage.', 'PER', { narrative: true })).toEqual(['legally-binding-instrument:oppose']);
    expect(tag('Chile and Fiji explained that they were ready to back a global threat repository.', ['CHL', 'FJI'], { narrative: true })).toEqual(['threat-repository:support']);
    // Outside a report, the same words report someone else's view.
    expect(tag('Peru said that it could not accept a binding treaty at this stage.', 'CHL')).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { readMeetingSummary, readNarrative } from '../../scripts/ingest/read-narrative';
import { registry } from '../fixtures/ingest/pipeline-input';

const read = (text: string, reader = readNarrative) => {
  const r = reader(text, { registry: registry() });
  return r.turns.map((t) => ({ names: t.names, text: text.slice(t.span[0], t.span[1]), source: t.speakerSource }));
};

describe('readNarrative(text) on reported speech', () => {
  test('a sentence crediting one delegation is its turn', () => {
    expect(read('France highlighted that the mechanism should be action-oriented.')).toEqual([
      { names: ['France'], text: 'France highlighted that the mechanism should be action-oriented.', source: 'narrative' },
    ]);
  });

  test('delegations named in an aside after the subject speak with it: "Brazil, supported by Argentina and Chile, called for ..."', () => {
    expect(read('Brazil, supported by Argentina and Chile, called for three thematic groups.')[0]!.names).toEqual(['Brazil', 'Argentina', 'Chile']);
    expect(read('Kenya, with the support of Ghana, proposed sessions in Nairobi.')[0]!.names).toEqual(['Kenya', 'Ghana']);
    // A proposal supported by others names them after the verb: only the subject speaks.
    expect(read('Kenya presented a proposal supported by Ghana.')[0]!.names).toEqual(['Kenya']);
  });

  test('a relative clause whose subject is named is its clause ("..., which Ghana and Cote d\'Ivoire supported")', () => {
    expect(read("Kenya reiterated its proposal for a threat repository, which Ghana and Cote d'Ivoire supported.").map((t) => [t.names, t.text])).toEqual([
      [['Kenya'], 'Kenya reiterated its proposal for a threat repository'],
      [['Ghana', "Cote d'Ivoire"], "which Ghana and Cote d'Ivoire supported."],
    ]);
    expect(read('Canada objected. She was joined on that point by the representatives of Ireland and Chile.').map((t) => t.names)).toEqual([['Canada'], ['Ireland', 'Chile']]);
    // A relative clause about the thing is no one's clause.
    expect(read('Kenya reiterated its proposal for a threat repository, which would be voluntary.').map((t) => t.names)).toEqual([['Kenya']]);
  });

  test('an apposition crediting others with the view just reported is their clause ("..., a point echoed by El Salvador", "..., a call that Iran supported")', () => {
    expect(read('The EU backs remote participation, a point echoed by El Salvador and Papua New Guinea.')).toEqual([
      { names: ['EU'], text: 'The EU backs remote participation', source: 'narrative' },
      { names: ['El Salvador', 'Papua New Guinea'], text: 'a point echoed by El Salvador and Papua New Guinea.', source: 'narrative' },
    ]);
    expect(read('Egypt called for a treaty, a call that Iran supported from the floor.').map((t) => t.names)).toEqual([['Egypt'], ['Iran']]);
    // A thing named in the apposition's own words is no one's turn: "a point made by the report".
    expect(read('Egypt called for a treaty, a point made by the report of the Chair.').map((t) => t.names)).toEqual([['Egypt']]);
  });

  test('an opening participle is no verb of the subject, and names in it are not the subject ("Echoing that view, the speaker for Egypt said")', () => {
    expect(read('Echoing that view, the speaker for Egypt said that a Programme of Action was preferable.')[0]!.names).toEqual(['Egypt']);
    expect(read('Taking a different view, the delegate of the Russian Federation said that the Group should continue.')[0]!.names).toEqual(['Russian Federation']);
    expect(read('Associating herself with the EU, the representative of Ireland said that the Programme of Action was right.')[0]!.names).toEqual(['Ireland']);
  });

  test('a note\'s line labelled with delegations and a colon is theirs to its end; a group in brackets speaks for it, one aligned with does not', () => {
    const note = [
      '## Interventions',
      '',
      '- **Egypt** (Arab Group): all decisions by consensus. Hybrid only as an exception.',
      '- Germany (aligned with EU, national add-on): no single state should veto an NGO.',
      '- Japan, Korea: implementation first.',
      '- Chair: closing remarks, no summary.',
    ].join('\n');
    expect(read(note, readMeetingSummary)).toEqual([
      { names: ['Arab Group'], text: '- **Egypt** (Arab Group): all decisions by consensus. Hybrid only as an exception.', source: 'narrative' },
      { names: ['Germany'], text: '- Germany (aligned with EU, national add-on): no single state should veto an NGO.', source: 'narrative' },
      { names: ['Japan', 'Korea'], text: '- Japan, Korea: implementation first.', source: 'narrative' },
    ]);
    // A topic before the colon is no label: what follows is read as reported speech.
    expect(read('Repository: Kenya said that it still wanted one.').map((t) => t.names)).toEqual([['Kenya']]);
  });

  test('the parties spoken for: a list runs to the comma after its "and"; parties that are no names leave the speaker', () => {
    expect(read('The representative of Canada, speaking on behalf of Australia, Canada and New Zealand, said that no State should veto a stakeholder.')[0]!.names).toEqual(['Australia', 'Canada', 'New Zealand']);
    expect(read('Speaking on behalf of ASEAN, Malaysia said the Association was flexible.')[0]!.names).toEqual(['ASEAN']);
    expect(read('The representative of the European Union, speaking on behalf of its 27 member States, said that the Programme of Action was right.')[0]!.names).toEqual(['European Union']);
  });

  test('"While the representative of A held that X, the delegate of B said that Y" is two clauses; "Also expressing support for X were the representatives of A and B" credits A and B', () => {
    expect(read('While the representative of Israel held that a repository was not a priority, the delegate of Thailand said that Thailand would contribute to one.').map((t) => t.names)).toEqual([['Israel'], ['Thailand']]);
    expect(read('Also expressing support for hybrid participation were the representatives of Tonga and Barbados.')[0]!.names).toEqual(['Tonga', 'Barbados']);
  });

  test('a state speaking for a group ("Fiji, for the Pacific Islands Forum, and the Maldives called ...") is not credited with the group\'s words', () => {
    expect(read('Fiji, for the Pacific Islands Forum, and the Maldives called for hybrid meetings.')[0]!.names).toEqual(['Pacific Islands Forum', 'Maldives']);
    expect(read('Thailand, for ASEAN, said the Association was flexible on the number of groups.')[0]!.names).toEqual(['ASEAN']);
  });

  test('capitals in a list as the whole subject are their governments ("Moscow, Beijing and Tehran want ...")', () => {
    expect(read('Moscow, Beijing and Tehran want every decision taken by consensus.')[0]!.names).toEqual(['Russian Federation', 'China', 'Iran (Islamic Republic of)']);
    expect(read('Canberra and Ottawa, for their part, repeated their call for stakeholder participation.')[0]!.names).toEqual(['Australia', 'Canada']);
    expect(read('Washington and its allies continue to insist that no new treaty is needed.')[0]!.names).toEqual(['United States']);
    // A list with a place that is no capital is no list of governments.
    expect(read('Geneva, Vienna and Nairobi proposed sessions of their own.')).toEqual([]);
  });

  test('a people as the whole subject is its delegation ("The Russians want ...", "The Europeans ...")', () => {
    expect(read('The Russians want new norms.')[0]!.names).toEqual(['Russian Federation']);
    expect(read('The Swiss, for their part, insisted on hybrid meetings.')[0]!.names).toEqual(['Switzerland']);
    expect(read('The Europeans want a dedicated group on international law.')[0]!.names).toEqual(['European Union']);
    // A word that names no people is no one.
    expect(read('The Chairs want shorter statements.')).toEqual([]);
  });

  test('"delegates from A, B and C" credits all three', () => {
    expect(read('Delegates from Chile, Thailand and Kenya reiterated their support for thematic groups.')[0]!.names).toEqual(['Chile', 'Thailand', 'Kenya']);
  });

  test.each([
    ['Germany and Japan preferred to keep the groups few.', ['Germany', 'Japan']],
    ['China and Russia repeated that decisions must be taken by consensus.', ['China', 'Russia']],
    ['Russia, Belarus and Nicaragua went further, insisting on a binding treaty.', ['Russia', 'Belarus', 'Nicaragua']],
    ['Kenya renewed its offer to host meetings in Nairobi.', ['Kenya']],
    ['Estonia resisted a stand-alone group.', ['Estonia']],
    ['Peru made clear that stakeholders should take part.', ['Peru']],
    ['Beijing would like a limited number of groups, and refused to name a figure.', ['China']],
    ['Chile wished to see stakeholders in every meeting.', ['Chile']],
  ])('past-tense reporting verbs credit the subject: %s', (text, names) => {
    expect(read(text).map((t) => t.names)).toEqual([names]);
  });

  test('"These delegations ..." continues the turn of the delegations just named', () => {
    const turns = read('Delegates from Chile and Kenya reiterated their support. These delegations voiced concern about the burden.');
    expect(turns).toHaveLength(1);
    expect(turns[0]!.text).toBe('Delegates from Chile and Kenya reiterated their support. These delegations voiced concern about the burden.');
  });

  test('"She said", "In the opinion of his delegation", "The Movement also", "The Community" continue the turn', () => {
    for (const next of ['She said that it should be permanent.', 'In the opinion of his delegation, it should be permanent.', 'The Movement also called for a permanent mechanism.', 'The Community also called for a permanent mechanism.', 'The Forum stressed that it should be permanent.']) {
      const text = `Indonesia stressed capacity building. ${next}`;
      expect(read(text).map((t) => t.text)).toEqual([text]);
    }
  });

  test('a delegation named by its adjective is credited: "The French delegate added ..."', () => {
    expect(read('The French delegate added that the arrangement should be replaced.').map((t) => t.names)).toEqual([['France']]);
    expect(read('The American delegation also resisted proposals for a new fund.').map((t) => t.names)).toEqual([['United States']]);
    // Only as the whole subject: a delegate's remark about a proposal is still the speaker's.
    expect(read('Chile welcomed the French delegate’s remarks.').map((t) => t.names)).toEqual([['Chile']]);
    expect(read('A French-speaking delegate stressed the cost.')).toEqual([]);
  });

  test('"Iran\'s delegate rejected ..." credits Iran, and "He was equally firm ..." goes on with it', () => {
    const text = "Iran's delegate rejected the proposal. He was equally firm that every decision should require consensus.";
    expect(read(text)).toEqual([{ names: ['Iran (Islamic Republic of)'], text, source: 'narrative' }]);
    expect(read('Vanuatu was equally clear that hybrid participation should be available.').map((t) => t.names)).toEqual([['Vanuatu']]);
    // A long name with "of" before the possessive.
    expect(read("The Islamic Republic of Iran's representative rejected the proposal.").map((t) => t.names)).toEqual([['Iran (Islamic Republic of)']]);
    expect(read("The Republic of Korea's delegate said that two groups would suffice.").map((t) => t.names)).toEqual([['Republic of Korea']]);
  });

  test('a delegation set against the subject is not the subject: "India, unlike Egypt, considered"', () => {
    expect(read('India, unlike Egypt, which did not address the point, considered that meetings should be held in person.').map((t) => t.names)).toEqual([['India']]);
    expect(read('Unlike Egypt, India considered that meetings should be held in person.').map((t) => t.names)).toEqual([['India']]);
    expect(read('India, like Egypt, considered that meetings should be held in person.').map((t) => t.names)).toEqual([['India', 'Egypt']]);
  });

  test('a delegation\'s paper speaks for it: "Sweden\'s paper argues", "The submission of the African Group stresses"', () => {
    expect(read("Sweden's paper argues that implementation comes first.").map((t) => t.names)).toEqual([['Sweden']]);
    expect(read('The United Kingdom’s written submission, circulated in March, suggests two groups.').map((t) => t.names)).toEqual([['United Kingdom']]);
    expect(read('The Brazilian non-paper favours two groups.').map((t) => t.names)).toEqual([['Brazil']]);
    expect(read('The submission of the African Group stresses that the label matters less.').map((t) => t.names)).toEqual([['African Group']]);
    expect(read('A paper by Chile argues that two groups suffice.').map((t) => t.names)).toEqual([['Chile']]);
    // Only as the whole subject: a paper someone else talks about is still theirs to talk about.
    expect(read('Chile welcomed the paper of France.').map((t) => t.names)).toEqual([['Chile']]);
    expect(read("Chile welcomed Sweden's paper.").map((t) => t.names)).toEqual([['Chile']]);
  });

  test('a capital as the whole subject is its government: "Beijing, however, reiterated ..."', () => {
    expect(read('Beijing, however, reiterated its call for a treaty.').map((t) => t.names)).toEqual([['China']]);
    expect(read('Tokyo, for its part, warned against a veto.').map((t) => t.names)).toEqual([['Japan']]);
    // Spelled without its accent, and Washington without "D.C.".
    expect(read('Brasilia favoured rotation. Washington countered that consensus must stay.').map((t) => t.names)).toEqual([['Brazil'], ['United States']]);
    // A capital that is a place, or only part of the subject, credits no one.
    expect(read('Meetings in Vienna were proposed by no one in particular.')).toEqual([]);
    expect(read('The Nairobi office stressed its readiness.')).toEqual([]);
    expect(read('Geneva, however, reiterated its offer.')).toEqual([]);
  });

  test.each([
    ['Paris, the original author of the idea, insists the mechanism is a Programme of Action in all but name.', ['France']],
    ['Tokyo, like most of its partners, argues that the norms should be implemented first.', ['Japan']],
    ['Tehran, for its part, never saw the point of standing groups.', ['Iran (Islamic Republic of)']],
    ['Havana has made clear it will not accept a vote.', ['Cuba']],
    ['Seoul had hoped for fewer groups.', ['Republic of Korea']],
    ['Canberra remains unpersuaded by the repository.', ['Australia']],
    ['New Delhi, somewhat unexpectedly, has come round to the idea.', ['India']],
    ['The Egyptians, meanwhile, remain wary of hybrid formats.', ['Egypt']],
    ['The Dutch would still like a third group.', ['Netherlands']],
    ['The Swiss delegation, unsurprisingly, keeps making the case for Geneva.', ['Switzerland']],
    ['Beijing still thinks pillars would have been better.', ['China']],
    ['Tehran has gone further, warning against a repository.', ['Iran (Islamic Republic of)']],
  ])('a capital or a people with an aside, an auxiliary or a verb of attitude is the subject: %s', (text, names) => {
    expect(read(text).map((t) => t.names)).toEqual([names]);
  });

  test('a comparison with capitals credits them too, as it does states ("Minsk, like Moscow, wants ...")', () => {
    expect(read('Minsk, like Moscow, wants stakeholders heard only between sessions.')[0]!.names).toEqual(['Belarus', 'Russian Federation']);
    expect(read('Minsk, like Moscow and Beijing, wants fewer groups.')[0]!.names).toEqual(['Belarus', 'Russian Federation', 'China']);
    // A comparison with what is no capital credits no one more.
    expect(read('Tokyo, like most of its partners, argues for fewer groups.')[0]!.names).toEqual(['Japan']);
  });

  test('countries the EU speaks "also on behalf of" as candidates align and are not credited', () => {
    const text = 'Mr. Lemaire (Observer for the European Union), speaking also on behalf of the candidate countries Albania, Montenegro and Ukraine, and, in addition, Georgia, said that the mechanism should build on the programme of action.';
    expect(read(text).map((t) => t.names)).toEqual([['European Union']]);
    // Parties named otherwise are still spoken for.
    expect(read('The representative of Australia, also speaking on behalf of Canada and New Zealand, said that hybrid meetings were needed.')[0]!.names).toEqual(['Australia', 'Canada', 'New Zealand']);
  });

  test('"Brussels" as the whole subject is the European Union', () => {
    expect(read('Brussels, speaking for the 27, described the programme of action as the only realistic way.').map((t) => t.names)).toEqual([['European Union']]);
  });

  test('a place with an aside is still no one ("Geneva, home to many agencies, offers ...")', () => {
    expect(read('Geneva, home to many agencies, has hosted such meetings before.')).toEqual([]);
    expect(read('Geneva, however, remains the obvious venue.')).toEqual([]);
  });

  test('an aside after the delegate does not hide the delegation: "The Swiss delegation, unsurprisingly, welcomed"', () => {
    expect(read('The Swiss delegation, unsurprisingly, welcomed the offer.').map((t) => t.names)).toEqual([['Switzerland']]);
    // The first verb may lie in the aside ("advocate", "had argued").
    expect(read("The Kenyan delegation, the idea's keenest advocate, presented a paper.").map((t) => t.names)).toEqual([['Kenya']]);
    expect(read('The Mexican delegation, which had argued for five groups, one per pillar, now accepted three.').map((t) => t.names)).toEqual([['Mexico']]);
  });

  test.each([
    ['Santiago took the opposite view.', ['Chile']],
    ['The Ghanaian delegate made the point more forcefully than anyone: the fund matters.', ['Ghana']],
    ['On the other side of the room, the Polish delegation called the rule outdated.', ['Poland']],
    ['By the third session, the Peruvian delegate was arguing for a vote.', ['Peru']],
    ['On venues, Nairobi argued for rotation.', ['Kenya']],
    ["Lima's representative warned against delay.", ['Peru']],
    ['Chile was content with the compromise.', ['Chile']],
    ['Latvia sided firmly with Vilnius.', ['Latvia']],
    ['Ghana went a step further and called for a fund.', ['Ghana']],
    ['The Danish delegate also returned to the theme of the fund, arguing for it.', ['Denmark']],
  ])('reports name their speakers in many ways: %s', (text, names) => {
    expect(read(text).map((t) => t.names)).toEqual([names]);
  });

  test('"speaking for the Movement, the representative said": the group', () => {
    expect(read('The representative of Indonesia, speaking for the Non-Aligned Movement, said that consensus was essential.').map((t) => t.names)).toEqual([['Non-Aligned Movement']]);
  });

  test('a line taken, a guarded tone, a statement delivered: each credits its subject', () => {
    expect(read('Peru took a harder line on the veto.').map((t) => t.names)).toEqual([['Peru']]);
    expect(read('Chile was more guarded about the fund.').map((t) => t.names)).toEqual([['Chile']]);
    expect(read('Guyana, speaking on behalf of CARICOM, delivered a statement on venues.').map((t) => t.names)).toEqual([['CARICOM']]);
  });

  test('"In a later meeting, she recalled ..." and "The statement also ..." go on with the turn', () => {
    for (const next of ['In a later meeting, she recalled that it should be permanent.', 'The statement also welcomed a permanent mechanism.']) {
      const text = `Ghana called for a single track. ${next}`;
      expect(read(text).map((t) => t.text)).toEqual([text]);
    }
  });

  test('"Its delegate said" goes on with the delegation just named', () => {
    const text = 'Germany spoke next. Its delegate said Berlin could live with two groups.';
    expect(read(text).map((t) => t.text)).toEqual([text]);
  });

  test('states that only align with a statement get no turn, and the statement\'s turn goes on', () => {
    const text = 'Indonesia stressed capacity building. Chile and Peru aligned themselves with the statement. It also called for a permanent mechanism.';
    expect(read(text)).toEqual([{ names: ['Indonesia'], text, source: 'narrative' }]);
    expect(read('Chile associated itself with the statement.')).toEqual([]);
  });

  test('a state that aligns and then speaks for itself has its turn', () => {
    expect(read('Latvia aligned itself with the statement of the European Union and, in its national capacity, said that hybrid participation should stay.').map((t) => t.names)).toEqual([['Latvia']]);
    expect(read('The representative of Austria, also aligning himself with the European Union, added that voting should remain available.').map((t) => t.names)).toEqual([['Austria']]);
    // A comma that only introduces whose statement it was does not make the aligning state speak.
    expect(read('Chile associated itself with the statement delivered by Peru, on behalf of a group of states.')).toEqual([]);
  });

  test('in a news report a sentence with no subject of its own is the reporter\'s, even in the same paragraph', () => {
    expect(read('Kenya stressed capacity building. Meetings should be held in person.').map((t) => t.text)).toEqual(['Kenya stressed capacity building.']);
  });

  test('a sentence of the reporter’s own is no one’s turn and closes the one before', () => {
    const turns = read('Kenya stressed capacity building. The room was quiet afterwards. They left early.');
    expect(turns.map((t) => t.text)).toEqual(['Kenya stressed capacity building.']);
  });

  test('in a meeting summary, a sentence whose subject the report does not name ends the turn before', () => {
    for (const next of ['One delegation wondered whether a fund was needed.', 'A small number of delegations asked for more time.', 'Others cautioned against haste.', 'On the budget, several other States requested estimates.', 'The Chair observed that views were converging.']) {
      const text = `The representative of Peru supported a fund. ${next}`;
      expect(read(text, readMeetingSummary).map((t) => t.text)).toEqual(['The representative of Peru supported a fund.']);
    }
    // Without a reporting verb, or with a subject the turn's own, the sentence goes on with it.
    const own = 'The representative of Peru supported a fund. The Chair’s paper was, in her view, a good basis.';
    expect(read(own, readMeetingSummary).map((t) => t.text)).toEqual([own]);
  });

  test('speakers named after the verb: "Also speaking in favour of ... were the representatives of A and B"', () => {
    expect(read('Also speaking in favour of a fund were the representatives of Fiji, Ghana and Peru.').map((t) => t.names)).toEqual([['Fiji', 'Ghana', 'Peru']]);
    expect(read('Also speaking were the delegates of Chile and Nepal.').map((t) => t.names)).toEqual([['Chile', 'Nepal']]);
  });

  test('a representative speaking "in his national capacity" after a group speaks for the country named next', () => {
    const text = 'Speaking on behalf of ASEAN, the representative of Malaysia said capacity building came first. In her national capacity, she added that Malaysia favoured a fund. Speaking nationally, he said the Philippines wanted two groups.';
    expect(read(text, readMeetingSummary).map((t) => t.names)).toEqual([['ASEAN'], ['Malaysia'], ['Philippines']]);
    // Not any country named after a verb: "she said Chile's paper" is the group's turn going on.
    const on = 'Speaking on behalf of ASEAN, the representative of Malaysia said capacity building came first. She said Chile’s paper was useful.';
    expect(read(on, readMeetingSummary).map((t) => t.names)).toEqual([['ASEAN']]);
  });

  test('the state that carries a group\'s words is not its author: "The African Group, through Ghana, said ..."', () => {
    expect(read('The African Group, through Ghana, said that capacity building came first.').map((t) => t.names)).toEqual([['African Group']]);
    expect(read('The Caribbean Community, represented by the delegation of Jamaica, asked for a vote.').map((t) => t.names)).toEqual([['Caribbean Community']]);
    // A state named alone stays the speaker.
    expect(read('Through its ambassador, Ghana said that capacity building came first.').map((t) => t.names)).toEqual([['Ghana']]);
  });

  test('a sentence that says its speaker again in a parenthetical ("..., he added.") goes on with the turn', () => {
    const text = 'Peru said a fund was needed. The fund should be voluntary, she added. She also called for hybrid meetings.';
    expect(read(text).map((t) => t.text)).toEqual([text]);
    // A parenthetical of the reporter's own does not.
    expect(read('Peru said a fund was needed. The fund, as everyone knows, was debated.').map((t) => t.text)).toEqual(['Peru said a fund was needed.']);
  });

  test('"..., with Chile adding that ..." is Chile\'s turn', () => {
    const turns = read('Peru and Chile favoured a fund, with Chile adding that it should be voluntary.');
    expect(turns.map((t) => [t.names, t.text])).toEqual([
      [['Peru', 'Chile'], 'Peru and Chile favoured a fund'],
      [['Chile'], 'Chile adding that it should be voluntary.'],
    ]);
  });

  test('a group named with a lower-case last word is found: "the Nordic countries", "the Benelux countries"', () => {
    expect(read('Speaking on behalf of the Nordic countries, the representative of Iceland said a fund was needed.').map((t) => t.names)).toEqual([['Nordic countries']]);
    expect(read('The Benelux countries welcomed the paper.').map((t) => t.names)).toEqual([['Benelux countries']]);
    // Not any capitalised word before "countries".
    expect(read('The Caribbean countries welcomed the paper.')).toEqual([]);
  });

  test('"thanked" is a reporting verb: the one thanked is not a speaker', () => {
    expect(read('The representative of Chile thanked Kenya for its paper and said a repository was welcome.').map((t) => t.names)).toEqual([['Chile']]);
  });

  test('two reported clauses in one sentence are two turns ("..., while China opposed it")', () => {
    const turns = read('Brazil and India stressed consensus, while China and the Russian Federation opposed any voting.');
    expect(turns.map((t) => [t.names, t.text])).toEqual([
      [['Brazil', 'India'], 'Brazil and India stressed consensus'],
      [['China', 'Russian Federation'], 'China and the Russian Federation opposed any voting.'],
    ]);
  });

  test('"X, on behalf of the NAM, ..." credits the group, not the state that delivered it', () => {
    expect(read('Indonesia, on behalf of the Non-Aligned Movement, called for capacity building.')[0]!.names).toEqual(['Non-Aligned Movement']);
  });

  test('"Speaking on behalf of ASEAN, Malaysia said ..." credits the group only', () => {
    expect(read('Speaking on behalf of ASEAN, Malaysia said that capacity building should be cross-cutting.')[0]!.names).toEqual(['ASEAN']);
  });

  test('a group spoken for may be named in lower case ("speaking on behalf of the least developed countries"); "its member States" is no group', () => {
    expect(read('Nepal, speaking on behalf of the least developed countries, asked for a focal point.')[0]!.names).toEqual(['the least developed countries']);
    expect(read('Speaking on behalf of small island developing States, Fiji called for hybrid meetings.')[0]!.names).toEqual(['small island developing States']);
    expect(read('Nepal, speaking on behalf of its member States, asked for a focal point.')[0]!.names).toEqual(['Nepal']);
  });

  test('"was sought by", "drew support from" credit the agents; "In their view," continues their turn', () => {
    expect(read('A dedicated group was sought by Senegal and Ecuador.')[0]!.names).toEqual(['Senegal', 'Ecuador']);
    expect(read('The repository drew broad support from Rwanda and Kenya.')[0]!.names).toEqual(['Rwanda', 'Kenya']);
    const turns = read('Lithuania and Austria called for open accreditation. In their view, no single State should block it.');
    expect(turns).toHaveLength(1);
    expect(turns[0]!.text).toBe('Lithuania and Austria called for open accreditation. In their view, no single State should block it.');
  });

  test('a name that belongs to a proposal in the subject is not credited', () => {
    expect(read('Supporting the proposal of France, Egypt stressed the need for a PoA.')[0]!.names).toEqual(['Egypt']);
  });

  test('passive ("was supported by Mexico and Uruguay") and "According to X," credit the agents', () => {
    expect(read('The idea of a repository was supported by Mexico and Uruguay.')[0]!.names).toEqual(['Mexico', 'Uruguay']);
    expect(read('According to Egypt, the proposal deserves attention.')[0]!.names).toEqual(['Egypt']);
  });

  test('a verb\'s form used as an adjective or a noun is no reporting verb: "On the proposed repository, several delegations, including A, ...", "Delegations from small island developing states, including A, ..."', () => {
    expect(read('On the proposed global threat repository, several delegations, including Kenya and Nigeria, reiterated support for it.')[0]!.names).toEqual(['Kenya', 'Nigeria']);
    expect(read('Delegations from small island developing states, including Fiji and Vanuatu, stressed that hybrid participation should be available.')[0]!.names).toEqual(['Fiji', 'Vanuatu']);
    expect(read('With regard to venues, Austria and Peru took up the question of Geneva.')[0]!.names).toEqual(['Austria', 'Peru']);
    expect(read('Italy continued to regard a Programme of Action as the most suitable format.')[0]!.names).toEqual(['Italy']);
  });

  test('the header gives the date and session', () => {
    const r = readNarrative('OEWG ninth substantive session: day 3\nPublished on 4 December 2024\n\nFrance highlighted the mechanism.', { registry: registry() });
    expect(r.meta).toMatchObject({ date: '2024-12-04', sessionNumber: 9 });
  });
});

describe('readNarrative(text) on a table with a row per delegation', () => {
  test('each row naming a delegation is its turn, the whole row; other rows and the table\'s lines are no one\'s', () => {
    const text = 'Positions at a glance.\n\n| Delegation | Treaty |\n|---|---|\n| Chile | supports |\n| Average | n/a |\n| Kenya and Ghana | opposes |\n\nFrance highlighted the PoA.';
    expect(read(text)).toEqual([
      { names: ['Chile'], text: '| Chile | supports |', source: 'narrative' },
      { names: ['Kenya', 'Ghana'], text: '| Kenya and Ghana | opposes |', source: 'narrative' },
      { names: ['France'], text: 'France highlighted the PoA.', source: 'narrative' },
    ]);
  });
});

describe('readNarrative(text): analysts\' ways of reporting', () => {
  test('"put the emphasis on", "would have liked", "have been the most insistent that" report their subjects', () => {
    expect(read('The Republic of Korea and Japan also put the emphasis on implementation.')[0]!.names).toEqual(['Republic of Korea', 'Japan']);
    expect(read('Mexico would also have liked to see a rule allowing votes.')[0]!.names).toEqual(['Mexico']);
    expect(read('Germany and France have been the most insistent that stakeholders be admitted.')[0]!.names).toEqual(['Germany', 'France']);
  });

  test('a possessive call or preference opening a clause is its possessor\'s ("Thailand\'s call for four groups"); a possessor elsewhere is not', () => {
    expect(read("Thailand's call for four or five groups stands at one end; Türkiye's preference for no groups stands at the other.").map((t) => t.names)).toEqual([['Thailand'], ['Türkiye']]);
    expect(read("Brazil's proposal, which Kenya backed, was discussed.").map((t) => t.names)).toEqual([['Kenya']]);
  });

  test('a sentence "..., for his delegation, ..." goes on with the turn before; one aligning in an aside and then backing speaks', () => {
    expect(read('The representative of Peru said consensus mattered. The right to object was, for his delegation, a red line.')).toHaveLength(1);
    expect(read('The representative of Peru said consensus mattered. The right to object was, for his delegation, a red line.')[0]!.text).toMatch(/red line\.$/);
    expect(read("Nigeria, aligning itself with the African Group, backed Kenya's proposal.")[0]!.names).toEqual(['Nigeria']);
  });
});

describe('readNarrative(text) on sections headed by a delegation\'s name', () => {
  test('a section in the delegation\'s own words is its turn, whoever it names; a heading of another kind ends it', () => {
    const text = [
      'Explanations of position after the adoption of the report',
      '-----\nIslamic Republic of Iran\n-----',
      'Mr. Chair, my delegation joined the consensus.',
      'As Egypt said, capacity building deserves a group of its own.',
      '## Canada',
      'We support hybrid meetings.',
      'CLOSING OF THE MEETING',
      'The Chair thanked delegations.',
    ].join('\n\n');
    expect(read(text).map((t) => [t.names, t.text])).toEqual([
      [['Islamic Republic of Iran'], 'Mr. Chair, my delegation joined the consensus.\n\nAs Egypt said, capacity building deserves a group of its own.'],
      [['Canada'], 'We support hybrid meetings.'],
    ]);
  });

  test('in a section in reported speech, what no one else is credited with is the heading\'s delegation\'s', () => {
    const text = '## Kenya\n\nKenya proposed a global repository of threats. Nigeria backed it.\n\nA voluntary repository would help small States.';
    expect(read(text).map((t) => [t.names, t.text])).toEqual([
      [['Kenya'], 'Kenya proposed a global repository of threats.'],
      [['Nigeria'], 'Nigeria backed it.'],
      [['Kenya'], 'A voluntary repository would help small States.'],
    ]);
  });
});


import { describe, expect, test } from 'vitest';
import { detectShape } from '../../scripts/ingest/detect-shape';
import { readJointStatement } from '../../scripts/ingest/read-joint-statement';
import { readStatement } from '../../scripts/ingest/read-statement';
import { registry } from '../fixtures/ingest/pipeline-input';

const ctx = () => ({ registry: registry() });

describe('readStatement(text)', () => {
  const text = `Please check against delivery

Statement by Ms. Jane Doe, Counsellor

Permanent Mission of the Republic of Kenya to the United Nations
At the Ninth Substantive Session of the OEWG

New York, 3 December 2024

Mr. Chair,

Kenya supports a single-track mechanism.

Thank you.`;

  test('the delegation comes from the header, the speech from the salutation to the end', () => {
    const [turn] = readStatement(text, ctx()).turns;
    expect([turn!.speaker, turn!.speakerSource]).toEqual(['Republic of Kenya', 'header']);
    expect(text.slice(turn!.span[0], turn!.span[1])).toBe('Mr. Chair,\n\nKenya supports a single-track mechanism.\n\nThank you.');
  });

  test('date and session come from the header, not the body', () => {
    expect(readStatement(text, ctx()).meta).toMatchObject({ date: '2024-12-03', sessionNumber: 9 });
  });

  test('a delegation named by its adjective in the header or the opening is the speaker ("Statement by the Chinese Delegation")', () => {
    const header = 'Statement by the Chinese Delegation on the Second Revision\n\nNew York, 8 July 2025\n\nMr. Chair,\n\nWe support consensus.';
    expect(readStatement(header, ctx()).turns[0]).toMatchObject({ speaker: 'China', speakerSource: 'header' });
    const opening = 'Eleventh session\n\nMr. Chair,\n\nThe Kenyan delegation thanks you for the revision. We support it.';
    expect(readStatement(opening, ctx()).turns[0]).toMatchObject({ speaker: 'Kenya', speakerSource: 'self' });
    // An adjective that names no delegation is no speaker.
    expect(readStatement('Statement by the Youth Delegation\n\nMr. Chair,\n\nWe support hybrid meetings.', ctx()).turns[0]).toMatchObject({ speakerSource: 'unknown' });
  });

  test('"on behalf of" in the header names the group spoken for', () => {
    const t = 'Statement by South Africa on behalf of the African Group\n\nMr. President,\n\nWe support capacity building.';
    expect(readStatement(t, ctx()).turns[0]).toMatchObject({ speaker: 'South Africa', onBehalfOf: ['African Group'] });
  });

  test('"Thank you, Chair," opens the speech, and aligning with a group statement is not speaking for the group', () => {
    const t = 'Permanent Mission of the Republic of Kenya\n\nNew York, 13 December 2023\n\nThank you, Chair,\n\nKenya associates itself with the statement delivered by Egypt on behalf of the African Group.\n\nChair,\n\nKenya supports a dedicated group on capacity building.';
    const [turn] = readStatement(t, ctx()).turns;
    expect(t.slice(turn!.span[0], turn!.span[0] + 17)).toBe('Thank you, Chair,');
    expect(turn!.speaker).toBe('Republic of Kenya');
    expect(turn!.onBehalfOf).toBeUndefined();
    const header = 'Permanent Mission of Kenya\nKenya associates itself with the statement delivered by Egypt on behalf of the African Group\n\nMr. Chair,\n\nWe support it.';
    expect(readStatement(header, ctx()).turns[0]!.onBehalfOf).toBeUndefined();
  });

  test('without a header the opening self-identification names the speaker; else unknown with a warning', () => {
    expect(readStatement('Mr. Chair,\n\nJapan strongly believes in the framework.', ctx()).turns[0]).toMatchObject({ speaker: 'Japan', speakerSource: 'self' });
    const r = readStatement('Mr. Chair,\n\nWe believe in the framework.', ctx());
    expect(r.turns[0]!.speakerSource).toBe('unknown');
    expect(r.warnings).toHaveLength(1);
  });
});

describe('readJointStatement(text)', () => {
  test('signatories come from the title "Joint statement by A, B and C on ..."', () => {
    const t = '**Joint statement by the Republic of Cuba, the Russian Federation and the Bolivarian Republic of Venezuela on the draft report**\n\nMr. Chair,\n\nWe note the draft.';
    const [turn] = readJointStatement(t, ctx()).turns;
    expect(turn!.names).toEqual(['Republic of Cuba', 'Russian Federation', 'Bolivarian Republic of Venezuela']);
    expect(turn!.speakerSource).toBe('signatories');
  });

  test('comments on a draft put their signatories in the title too: "JOINT COMMENTS BY A, B AND C ON ...", "Joint submission by ..."', () => {
    const t = 'JOINT COMMENTS BY CHILE, CZECHIA, THE DOMINICAN REPUBLIC AND FIJI ON THE DRAFT ELEMENTS\n\nDelivered by Fiji, 4 December 2024\n\n1. We propose three thematic groups.';
    expect(readJointStatement(t, ctx()).turns[0]!.names).toEqual(['CHILE', 'CZECHIA', 'DOMINICAN REPUBLIC', 'FIJI']);
    const u = 'Joint working paper by Brazil and Mexico on stakeholders\n\nMr. Chair,\n\nWe support their participation.';
    expect(readJointStatement(u, ctx()).turns[0]!.names).toEqual(['Brazil', 'Mexico']);
    expect(detectShape(t, registry())).toMatchObject({ kind: 'joint-statement', recognised: true });
  });

  test('signatories come from the opening "We, A, B and C, express ..."', () => {
    const t = 'Joint statement on the report\n\nMr. Chair,\n\nWe, Australia, Canada and New Zealand, express our support for the report on the Programme of Action.';
    expect(readJointStatement(t, ctx()).turns[0]!.names).toEqual(['Australia', 'Canada', 'New Zealand']);
  });

  test('signatories come from the opening "I have the honour to deliver this statement on behalf of A, B and my own country, C", to the end of that sentence', () => {
    const names = (opening: string) => readJointStatement(`Joint statement on inclusion\n\nThank you, Chair.\n\n${opening} We support a UN portal, as Kenya proposed.`, ctx()).turns[0]!.names;
    expect(names('I have the honour to deliver this statement on behalf of Cabo Verde, Colombia, Fiji and my own country, Mongolia.')).toEqual(['Cabo Verde', 'Colombia', 'Fiji', 'Mongolia']);
    expect(names('I speak on behalf of a cross-regional group of three countries: Chile, Fiji and Ghana.')).toEqual(['Chile', 'Fiji', 'Ghana']);
  });

  test('a closing list of supporting delegations is read and left out of the speech', () => {
    const t = 'Joint statement on gender\n\nMr. Chair,\n\nWe welcome the fellowship.\n\nThis statement is supported by: Chile, Mexico, Uruguay.';
    const r = readJointStatement(t, ctx());
    expect(r.turns[0]!.names).toEqual(['Chile', 'Mexico', 'Uruguay']);
    expect(t.slice(r.turns[0]!.span[0], r.turns[0]!.span[1])).toBe('Mr. Chair,\n\nWe welcome the fellowship.');
  });

  test('a closing list headed "Co-sponsors:" is read and left out of the speech', () => {
    const t = 'Joint statement on access\n\nChair,\n\nWe ask for hybrid meetings.\n\nCo-sponsors: Albania, Fiji, Panama.';
    const r = readJointStatement(t, ctx());
    expect(r.turns[0]!.names).toEqual(['Albania', 'Fiji', 'Panama']);
    expect(t.slice(r.turns[0]!.span[0], r.turns[0]!.span[1])).toBe('Chair,\n\nWe ask for hybrid meetings.');
  });

  test('a closing list of states that align themselves with the text names no signatory and stays in the speech', () => {
    const t = 'Joint submission by Chile and Peru on access\n\nWe, Chile and Peru, ask for hybrid meetings.\n\nThe following States align themselves with this submission: Albania, Fiji and Panama.';
    const r = readJointStatement(t, ctx());
    expect(r.turns[0]!.names).toEqual(['Chile', 'Peru']);
    expect(t.slice(r.turns[0]!.span[0], r.turns[0]!.span[1])).toMatch(/align themselves with this submission: Albania, Fiji and Panama\.$/);
  });

  test('a letter from several permanent representatives is signed by the states its title names; states that associate themselves with its content are not', () => {
    const t = 'Letter dated 11 December 2023 from the Permanent Representatives of Chile, Ghana and Ireland to the United Nations addressed to the Chair\n\nExcellency,\n\nWe ask for hybrid meetings.\n\nThe following delegations associate themselves with its content: Fiji and Panama.';
    const r = readJointStatement(t, ctx());
    expect(r.turns[0]!.names).toEqual(['Chile', 'Ghana', 'Ireland']);
    expect(t.slice(r.turns[0]!.span[0], r.turns[0]!.span[1])).toMatch(/^Excellency,/);
  });

  test('a text that lists no signatories takes them from its sources.yaml title', () => {
    const t = 'Mr. Chair,\n\nWe speak together today in support of an inclusive mechanism.';
    const r = readJointStatement(t, { ...ctx(), title: 'Joint statement by Chile, Georgia and Ghana on an inclusive mechanism' });
    expect(r.turns[0]!.names).toEqual(['Chile', 'Georgia', 'Ghana']);
    expect(r.turns[0]!.speakerSource).toBe('signatories');
    expect(r.warnings).toEqual([]);
  });

  test('signatories the text lists win over the sources.yaml title', () => {
    const t = 'Joint statement on the report\n\nMr. Chair,\n\nWe, Australia, Canada and New Zealand, express our support for the report.';
    expect(readJointStatement(t, { ...ctx(), title: 'Joint statement by Chile and Peru on the report' }).turns[0]!.names).toEqual(['Australia', 'Canada', 'New Zealand']);
  });

  test('fewer than two signatories found is a warning', () => {
    expect(readJointStatement('Joint statement\n\nMr. Chair,\n\nWe support it.', ctx()).warnings[0]!.message).toMatch(/joint statement with 0 signatory/);
    expect(readJointStatement('Joint statement\n\nMr. Chair,\n\nWe support it.', { ...ctx(), title: 'Joint statement on the report' }).warnings[0]!.message).toMatch(/joint statement with 0 signatory .*sources\.yaml title/);
  });
});

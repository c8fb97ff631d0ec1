// The five shapes of the record, each dropped in without a sources.yaml entry: the detector
// picks the reader, and the statements carry the right authors, alignments and dates.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/shared/dataset-schema';
import { runPipeline } from '../../scripts/pipeline/run-pipeline';
import { file, pipelineInput } from '../fixtures/ingest/pipeline-input';

const STATEMENT = `Check against delivery

Statement by the Delegation of the Republic of Chile
Open-ended Working Group on ICTs, Eighth Substantive Session
New York, 9 July 2024

Madam Chair,

Chile aligns itself with the statement delivered on behalf of the Group of Latin American and Caribbean States. We support a permanent mechanism.

Thank you.
`;

const JOINT = `Joint Statement by Australia, Canada and New Zealand on capacity building

Mr. Chair,

We, Australia, Canada and New Zealand, reaffirm our commitment to the framework.
`;

const REPORT = `OEWG fourth substantive session, day two
7 March 2023

Delegates turned to capacity building.

Mexico underlined that capacity building must be demand-driven. Delegations from Ghana, Kenya and Senegal echoed this call. They also stressed gender.

Egypt, speaking on behalf of the Arab Group, called for a UN fund.
`;

const TRANSCRIPT = `Session 6-3 Transcript (OEWG 2021-25)

This is an unofficial transcript

Chair

Good morning. The third meeting of the sixth substantive session is called to order. I give the floor to the European Union.

European Union

Thank you, Chair. I have the honour to speak on behalf of the European Union and its Member States. The candidate countries Albania and Montenegro align themselves with this statement. We support the PoA.

Chair

Thank you. Spain, please.


Thank you, Chair. Spain aligns itself with the statement of the European Union. We add remarks in our national capacity.
`;

const SESSION_REPORT = `Opening of the session

11 Dec 2023 10:00h - 13:00h

Session at a Glance

Summary

Brazil said many things the reporter summarised.

Session Transcript

Chair: Good morning, the first meeting of the sixth substantive session is called to order. Brazil, please.

Brazil: Thank you, Chair. Brazil supports a single-track mechanism.

Chair: Thank you, Brazil.

B

Brazil

Speech speed

130 words per minute
`;

let dataset: Dataset;
beforeAll(async () => {
  const out = await runPipeline(
    pipelineInput([file('a-statement.txt', STATEMENT), file('b-joint.md', JOINT), file('c-report.md', REPORT), file('d-transcript.txt', TRANSCRIPT), file('e-diplo.txt', SESSION_REPORT)]),
  );
  dataset = out.dataset!;
}, 120_000);

const doc = (id: string) => dataset.documents.find((d) => d.id === id)!;
const statements = (id: string) => dataset.statements.filter((s) => s.document === id);

describe('runPipeline on the five shapes, without sources.yaml', () => {
  test('each document is detected as its shape', () => {
    expect(['a-statement.txt', 'b-joint.md', 'c-report.md', 'd-transcript.txt', 'e-diplo.txt'].map((id) => doc(id).kind)).toEqual(['statement', 'joint-statement', 'report', 'transcript', 'session-report']);
  });

  test('statement: Chile, aligned with GRULAC, dated and placed from its header', () => {
    const [s] = statements('a-statement.txt');
    expect([s!.actor, s!.authors, s!.alignedWith, s!.date, s!.session]).toEqual(['CHL', ['CHL'], ['GRULAC'], '2024-07-09', 'oewg-2021-2025-s8']);
  });

  test('joint statement: one statement by its signatories, here every member of CANZ and no one else: the group', () => {
    expect(statements('b-joint.md').map((s) => s.authors)).toEqual([['CANZ']]);
  });

  test('report: each reported clause is credited to the delegations it names, the group spoken for included', () => {
    expect(statements('c-report.md').map((s) => [s.speakerSource, s.authors])).toEqual([
      ['narrative', ['MEX']],
      ['narrative', ['GHA', 'KEN', 'SEN']],
      ['narrative', ['ARAB-GROUP']],
    ]);
    expect([doc('c-report.md').date, doc('c-report.md').session]).toEqual(['2023-03-07', 'oewg-2021-2025-s4']);
  });

  test('transcript: the EU speaks for itself with aligned candidates; Spain, given the floor, aligns with the EU', () => {
    const [chair, eu, , spain] = statements('d-transcript.txt');
    expect([chair!.actor, chair!.authors]).toEqual(['CHAIR', []]);
    expect([eu!.authors, eu!.onBehalfOf, eu!.aligned]).toEqual([['EU'], ['EU'], ['ALB', 'MNE']]);
    expect([spain!.speakerSource, spain!.authors, spain!.alignedWith]).toEqual(['floor', ['ESP'], ['EU']]);
    expect([doc('d-transcript.txt').session, doc('d-transcript.txt').meeting]).toEqual(['oewg-2021-2025-s6', '3']);
  });

  test('session report: only the transcript turns, dated from the header', () => {
    expect(statements('e-diplo.txt').map((s) => s.actor)).toEqual(['CHAIR', 'BRA', 'CHAIR']);
    expect([doc('e-diplo.txt').date, doc('e-diplo.txt').session, doc('e-diplo.txt').meeting]).toEqual(['2023-12-11', 'oewg-2021-2025-s6', '1']);
  });
});

// A session report written as a meeting summary, declared as one in sources.yaml.
const SUMMARY = `Eighth substantive session, third meeting

The Working Group resumed its discussion of the future mechanism.

The representative of Kenya said that her delegation supported a global threat repository. She added that the mechanism should take its decisions by consensus.

The representative of Chile said that capacity building deserved a dedicated group. Meetings should be held in person, he said.

The representative of Brazil stressed that the mechanism should be single-track.
`;

describe('runPipeline on a meeting summary declared as a session report', () => {
  test('each paragraph is its representative\'s, with their stances, and no warning that it reads like a report', async () => {
    const out = await runPipeline(pipelineInput([file('summary.txt', SUMMARY)], '- file: summary.txt\n  kind: session-report\n  date: 2024-07-10\n'));
    const d = out.dataset!;
    expect(d.statements.map((s) => [s.speakerSource, s.authors])).toEqual([
      ['narrative', ['KEN']],
      ['narrative', ['CHL']],
      ['narrative', ['BRA']],
    ]);
    expect(d.stances.map((s) => `${s.actors.join('+')} ${s.issue}:${s.position}`).sort()).toEqual([
      'CHL capacity-building-group:dedicated',
      'CHL meeting-format:in-person',
      'KEN decision-making:consensus',
      'KEN threat-repository:support',
    ]);
    expect(out.problems.map((p) => p.message)).toEqual([]);
  }, 60_000);
});

const BACK_ON_THE_FLOOR = `Chair: Kenya, on behalf of the African Group.

Kenya: Thank you, Chair. I speak on behalf of the African Group. The Group supports a global threat repository.

Chair: Thank you. Kenya again.

Kenya: Thank you, Chair. On venues, the African Group proposes that some sessions be held in Nairobi, on a rotating basis.

Chair: Kenya.

Kenya: Now in my national capacity: Kenya favours hybrid participation in all meetings.
`;

describe('runPipeline on a transcript where a speaker comes back for the group it spoke for', () => {
  test('the later turn naming the group first is the group\'s; a turn in the national capacity is the speaker\'s', async () => {
    const out = await runPipeline(pipelineInput([file('transcript.txt', BACK_ON_THE_FLOOR)], '- file: transcript.txt\n  kind: transcript\n  date: 2024-07-10\n'));
    expect(out.dataset!.statements.filter((s) => s.actor === 'KEN').map((s) => s.authors)).toEqual([['AFRICAN-GROUP'], ['AFRICAN-GROUP'], ['KEN']]);
  }, 60_000);
});

const ECHOES = `Chair: Malaysia.

Malaysia: Thank you, Chair. Malaysia can support paragraph 33 and the three thematic groups it contains. We also support a global threat repository.

Chair: Ghana.

Ghana: We support a global threat repository, and we want hybrid participation in all meetings. Sessions should rotate among the regions.

Chair: Korea.

Republic of Korea: We agree with Malaysia on paragraph 33.

Chair: Ireland.

Ireland: We agree with Ghana on venues.

Chair: Spain.

Spain: We align ourselves with the statement of the European Union. We share the view of Ghana.

Chair: Norway.

Norway: We agree with what Ghana said, on all three points.

Chair: Chile.

Chile: We agree with Malaysia on the need for an estimate of the costs.

Chair: Viet Nam.

Viet Nam: Same as Malaysia.

Chair: South Africa.

South Africa: Chair, South Africa is where Ghana is on venues.

Chair: Kenya.

Kenya: We stand with Ghana on the repository.

Chair: Fiji.

Fiji: We support what Ghana said on hybrid participation.
`;

describe('runPipeline on a transcript where delegations take up each other\'s views', () => {
  test('"we agree with X on paragraph N" takes up X\'s stance from that paragraph, with both sentences as evidence', async () => {
    const out = await runPipeline(pipelineInput([file('echo.txt', ECHOES)], '- file: echo.txt\n  kind: transcript\n  date: 2025-07-09\n'));
    const d = out.dataset!;
    const of = (code: string) => d.stances.filter((s) => s.actors.includes(code as never)).map((s) => `${s.issue}:${s.value ?? s.position}`).sort();
    expect(of('KOR')).toEqual(['thematic-group-count:3']);
    // Named issues only: Ghana's venue, not its other stances.
    expect(of('IRL')).toEqual(['meeting-venue:rotate']);
    // Taking up a named view with no topic of its own takes up all of it; aligning with a statement takes up nothing.
    expect(of('ESP')).toEqual(['meeting-format:hybrid', 'meeting-venue:rotate', 'threat-repository:support']);
    // Agreeing in full ("on all three points", "on every word") says no more than agreeing.
    expect(of('NOR')).toEqual(['meeting-format:hybrid', 'meeting-venue:rotate', 'threat-repository:support']);
    // Agreeing on a point no issue names takes up nothing.
    expect(of('CHL')).toEqual([]);
    // Short replies in a round of the floor: "Same as X", "where X is", "stand with X", "support what X said".
    expect(of('VNM')).toEqual(['thematic-group-count:3', 'threat-repository:support']);
    expect(of('ZAF')).toEqual(['meeting-venue:rotate']);
    expect(of('KEN')).toEqual(['threat-repository:support']);
    expect(of('FJI')).toEqual(['meeting-format:hybrid']);
    const kor = d.stances.find((s) => s.actors.includes('KOR' as never))!;
    expect(kor.quote).toBe('We agree with Malaysia on paragraph 33.');
    expect(kor.evidence.map((e) => ECHOES.slice(e.span[0], e.span[1]))).toEqual(['We agree with Malaysia on paragraph 33.', 'Malaysia can support paragraph 33 and the three thematic groups it contains.']);
  }, 60_000);
});

const SHARED_VIEWS = `OEWG ninth substantive session, day three
4 December 2024

The representative of Japan said that meetings should stay in New York. He added that a Programme of Action was the right model for the future mechanism. The delegations of Belarus and Nicaragua voiced similar objections.

Senegal backed a global threat repository. It also called for hybrid meetings. Ghana took a similar line on the repository.

Egypt said the new body should elaborate a legally binding instrument, a call that Iran supported from the floor. The EU backs keeping remote participation, a point echoed by El Salvador and Papua New Guinea.

Brazil supported a Programme of Action, which Mexico and Peru backed.

The representative of Canada said that no single State should be able to block an organisation's participation. She was joined on that point by the representatives of Ireland and Uruguay.
`;

describe('runPipeline on a report whose delegations share the view reported before theirs', () => {
  test('"voiced similar objections", "took a similar line on X", "a point echoed by Y": the clause before gives its last sentence\'s stances, with both sentences as evidence', async () => {
    const out = await runPipeline(pipelineInput([file('report.txt', SHARED_VIEWS)], '- file: report.txt\n  kind: report\n'));
    const d = out.dataset!;
    const of = (code: string) => d.stances.filter((s) => s.actors.includes(code as never)).map((s) => `${s.issue}:${s.position}`).sort();
    expect(of('JPN')).toEqual(['mechanism-format:poa', 'meeting-venue:new-york']);
    // The view just reported (the last sentence of Japan's turn), not Japan's earlier one.
    expect(of('BLR')).toEqual(['mechanism-format:poa']);
    expect(of('NIC')).toEqual(['mechanism-format:poa']);
    // Narrowed to the issue it names, which need not be in the clause's last sentence.
    expect(of('SEN')).toEqual(['meeting-format:hybrid', 'threat-repository:support']);
    expect(of('GHA')).toEqual(['threat-repository:support']);
    // An apposition is a clause of its own, crediting the delegations it names.
    expect(of('IRN')).toEqual(['legally-binding-instrument:support']);
    expect(of('EGY')).toEqual(['legally-binding-instrument:support']);
    expect(of('SLV')).toEqual(['meeting-format:hybrid']);
    expect(of('PNG')).toEqual(['meeting-format:hybrid']);
    // So is a relative clause whose subject is named: "..., which Mexico and Peru backed".
    expect(of('MEX')).toEqual(['mechanism-format:poa']);
    expect(of('PER')).toEqual(['mechanism-format:poa']);
    // "She was joined on that point by ..." credits those it names with her view.
    expect(of('CAN')).toEqual(['stakeholder-veto:oppose']);
    expect(of('IRL')).toEqual(['stakeholder-veto:oppose']);
    expect(of('URY')).toEqual(['stakeholder-veto:oppose']);
    const blr = d.stances.find((s) => s.actors.includes('BLR' as never))!;
    expect(blr.quote).toBe('The delegations of Belarus and Nicaragua voiced similar objections.');
    expect(blr.evidence.map((e) => SHARED_VIEWS.slice(e.span[0], e.span[1]))).toEqual([blr.quote, 'He added that a Programme of Action was the right model for the future mechanism.']);
  }, 60_000);
});

const SUMMARY_ECHOES = `Summary record of the 3rd meeting
10 July 2024

Mr. Smith (Australia) said that procedural matters should be decided by a vote when consensus could not be reached.

Ms. Tremblay (Canada) said that her delegation agreed with the representative of Australia on decision-making.

Mr. Li (China) said that his delegation shared the views expressed by the representative of Australia concerning decisions.
`;

describe('runPipeline on a summary record whose speakers take up each other\'s views in the past tense', () => {
  test('"her delegation agreed with the representative of X on ...", "shared the views expressed by the representative of X" take up X\'s stance', async () => {
    const out = await runPipeline(pipelineInput([file('record.txt', SUMMARY_ECHOES)], '- file: record.txt\n  kind: session-report\n'));
    const of = (code: string) => out.dataset!.stances.filter((s) => s.actors.includes(code as never)).map((s) => `${s.issue}:${s.position}`).sort();
    expect(of('AUS')).toEqual(['decision-making:flexible']);
    expect(of('CAN')).toEqual(['decision-making:flexible']);
    expect(of('CHN')).toEqual(['decision-making:flexible']);
  }, 60_000);
});

const JOINT_THEN_NATIONAL = `Joint statement on hybrid meetings

Delivered by Fiji on behalf of Fiji, Nepal and Peru

Thank you, Chair.

On decision-making, we will each speak in our national capacity. We support hybrid participation in all meetings.

Let me add a few words in my national capacity. Fiji favours rotating sessions among the regions.
`;

describe('runPipeline on a joint statement whose deliverer ends in its national capacity', () => {
  test('the national part is the deliverer\'s alone; "we will each speak in our national capacity" is not that turn', async () => {
    const out = await runPipeline(pipelineInput([file('joint.txt', JOINT_THEN_NATIONAL)], '- file: joint.txt\n  kind: joint-statement\n  date: 2025-02-19\n'));
    const d = out.dataset!;
    expect(d.statements.map((s) => [...s.authors].sort())).toEqual([['FJI', 'NPL', 'PER'], ['FJI']]);
    const of = (code: string) => d.stances.filter((s) => s.actors.includes(code as never)).map((s) => `${s.issue}:${s.position}`).sort();
    expect(of('NPL')).toEqual(['meeting-format:hybrid']);
    expect(of('FJI')).toEqual(['meeting-format:hybrid', 'meeting-venue:rotate']);
  }, 60_000);
});

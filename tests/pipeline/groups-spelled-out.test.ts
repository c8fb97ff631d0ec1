// A group named by its members speaks as the group, in every shape of the record; states that
// only happen to be named together (a report's subject, a joint statement of a few members)
// stay themselves.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/shared/dataset-schema';
import { runPipeline } from '../../scripts/pipeline/run-pipeline';
import { file, pipelineInput } from '../fixtures/ingest/pipeline-input';

const TRANSCRIPT = `Chair: I give the floor to Norway, on behalf of the Nordic countries.

Norway: Thank you, Chair. I speak on behalf of Denmark, Finland, Iceland, Sweden and my own country, Norway. Stakeholders should take part in the formal meetings.

Chair: Qatar, please.

Qatar: Thank you, Mr. Chair. I have the honour to deliver this statement on behalf of the member states of the Cooperation Council for the Arab States of the Gulf, namely the Kingdom of Bahrain, the State of Kuwait, the Sultanate of Oman, the Kingdom of Saudi Arabia, the United Arab Emirates and my own country, the State of Qatar. Decisions should be taken by consensus.

Chair: Kenya, please.

Kenya: Thank you. I speak on behalf of the African Group and in my national capacity. We support a Programme of Action.

Chair: Australia.

Australia: I speak on behalf of Canada and my own country. We support a Programme of Action.
`;

const REPORT = `OEWG ninth substantive session, day three

Speaking on behalf of Australia, Canada and New Zealand, the representative of New Zealand said that stakeholders should take part in formal meetings.

The representative of Estonia, speaking also on behalf of Latvia and Lithuania, said that a dedicated group on international law was needed.

Australia, Canada and New Zealand supported a Programme of Action.
`;

const JOINT = `Joint Statement by Belgium and the Netherlands on capacity building

We, Belgium and the Netherlands, support a Programme of Action.
`;

let dataset: Dataset;
beforeAll(async () => {
  const kinds = { 'transcript.txt': 'transcript', 'report.md': 'report', 'joint.md': 'joint-statement' };
  const sources = Object.entries(kinds).map(([f, kind]) => `- file: ${f}\n  kind: ${kind}\n  date: 2024-12-03\n`);
  const out = await runPipeline(pipelineInput([file('transcript.txt', TRANSCRIPT), file('report.md', REPORT), file('joint.md', JOINT)], sources.join('')));
  dataset = out.dataset!;
}, 120_000);

const authors = (doc: string) => dataset.statements.filter((s) => s.document === doc && s.authors.length > 0 && s.speakerSource !== 'floor').map((s) => s.authors);

describe('a group named by its members speaks as the group', () => {
  test('transcript: every member, the speaker included ("and my own country, Norway"), is the group; so is a group with its members listed after "namely"', () => {
    const [nordic, gulf] = dataset.statements.filter((s) => s.document === 'transcript.txt' && (s.actor === 'NOR' || s.actor === 'QAT'));
    expect([nordic!.authors, nordic!.onBehalfOf]).toEqual([['NORDIC'], ['NORDIC']]);
    expect([gulf!.authors, gulf!.onBehalfOf]).toEqual([['GCC'], ['GCC']]);
  });

  test("transcript: a group and the speaker's national capacity, or some members only, stay as named", () => {
    const kenya = dataset.statements.find((s) => s.document === 'transcript.txt' && s.actor === 'KEN')!;
    expect([...kenya.authors].sort()).toEqual(['AFRICAN-GROUP', 'KEN']);
    const australia = dataset.statements.find((s) => s.document === 'transcript.txt' && s.actor === 'AUS')!;
    expect([...australia.authors].sort()).toEqual(['AUS', 'CAN']);
  });

  test('report: the parties spoken for are the group; "also speaking for" keeps the speaker; states that are only the subject stay states', () => {
    expect(authors('report.md')).toEqual([['CANZ'], ['EST', 'LVA', 'LTU'], ['AUS', 'CAN', 'NZL']]);
  });

  test('joint statement: signatories that are some members of a group stay states', () => {
    expect(authors('joint.md').map((a) => [...a].sort())).toEqual([['BEL', 'NLD']]);
  });
});

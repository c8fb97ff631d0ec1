// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { Evidence } from '../../src/components/Evidence';
import { takenUpFrom } from '../../src/components/taken-up-from';
import { splitDataset } from '../../src/shared/client-dataset';
import { indexDataset } from '../../src/shared/dataset-index';
import { actorCode, documentId, statementId } from '../../src/shared/ids';
import { makeDataset, makeStance, makeStatement } from '../fixtures/make-dataset';

// Ghana speaks first; France then takes up its view, in a turn of two sentences.
const GHANA = 'We support a Programme of Action.';
const FRANCE_1 = 'We agree with Ghana on this point.';
const FRANCE_2 = 'A Programme of Action is what we want.';
const TEXT = `${GHANA} ${FRANCE_1} ${FRANCE_2}`;
const doc = documentId('doc-a.txt');
const at = (s: string): [number, number] => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length];

function room() {
  const ghana = makeStatement({ id: statementId(doc, 1), order: 1, speaker: 'Ghana', actor: actorCode('GHA'), authors: [actorCode('GHA')], span: at(GHANA), sentences: [at(GHANA)] });
  const france = makeStatement({ id: statementId(doc, 2), order: 2, span: [at(FRANCE_1)[0], TEXT.length], sentences: [at(FRANCE_1), at(FRANCE_2)] });
  const own = makeStance({ id: 'doc-a.txt#1/mechanism-format', statement: ghana.id, actors: [actorCode('GHA')], evidence: [{ span: at(GHANA), rule: 'poa-support' }], quote: GHANA });
  const echoed = makeStance({ id: 'doc-a.txt#2/mechanism-format', statement: france.id, evidence: [{ span: at(FRANCE_1), rule: 'ec-agree-with' }, { span: at(GHANA), rule: 'poa-support' }], quote: FRANCE_1 });
  const twoOfItsOwn = makeStance({ ...echoed, evidence: [{ span: at(FRANCE_2), rule: 'poa-support' }, { span: at(FRANCE_1), rule: 'poa-support' }], quote: FRANCE_2 });
  const base = makeDataset();
  const dataset = makeDataset({
    actors: [...base.actors, { code: actorCode('GHA'), name: 'Ghana', kind: 'state', region: 'African', eu: false, members: [] }],
    documents: [{ ...base.documents[0]!, text: TEXT }],
    statements: [ghana, france],
    stances: [own, echoed],
  });
  return { index: indexDataset(splitDataset(dataset).dataset), own, echoed, twoOfItsOwn };
}

describe('Evidence of a stance taken up from another delegation', () => {
  test('shows the other delegation’s sentence, linked to its statement', () => {
    const { index, echoed } = room();
    render(<Evidence stance={echoed} index={index} />);
    const source = screen.getByTestId('evidence-source');
    expect(source.textContent).toBe(`taking up what Ghana said earlier: “${GHANA}”`);
    expect(source.querySelector('a')!.getAttribute('href')).toBe(`/sources/doc-a.txt#${encodeURIComponent('doc-a.txt#1')}`);
    expect(screen.getByTestId('evidence').querySelector('blockquote')!.textContent).toBe(`“${FRANCE_1}”`);
  });

  test('finds the stance taken up, and nothing for a stance of the speaker’s own', () => {
    const { index, own, echoed, twoOfItsOwn } = room();
    expect(takenUpFrom(echoed, index)?.id).toBe(own.id);
    expect(takenUpFrom(own, index)).toBeNull();
    // Two sentences of the same turn are both the speaker's.
    expect(takenUpFrom(twoOfItsOwn, index)).toBeNull();
    render(<Evidence stance={own} index={index} />);
    expect(screen.queryByTestId('evidence-source')).toBeNull();
  });
});

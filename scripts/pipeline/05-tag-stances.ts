// Step 5: statements -> stances, by the codebook's cue rules (scripts/tagging/).
// Whose stance: a statement's authors that carry stances (never the Chair, secretariat or
// briefers; countries that only align get nothing). A narrative report's turn is already the
// clause that credits its delegations (scripts/ingest/read-narrative.ts), continued by "These
// delegations ..." / "They ..."; the matcher reads those openings as the authors speaking.
// (The machine analysis of a session report is never a turn: read-session-report.ts.)
import type { Codebook } from '../../src/shared/codebook-schema';
import type { DatasetDocument, Stance, Statement } from '../../src/shared/dataset-schema';
import { actorCode, issueId, positionId } from '../../src/shared/ids';
import type { ActorRegistry } from '../ingest/actor-registry';
import { findMentions, nameResolver } from '../tagging/actor-mentions';
import { chooseStances, type LocatedHit } from '../tagging/choose-stances';
import { compiledCodebook } from '../tagging/compile-codebook';
import { matchSentence } from '../tagging/match-sentence';
import type { Problem } from './types';

export interface TagInput {
  documents: DatasetDocument[];
  statements: Statement[];
  codebook: Codebook;
  registry: ActorRegistry;
}

export interface TagResult {
  stances: Stance[];
  problems: Problem[];
}

export function tagStances(input: TagInput): TagResult {
  const cb = compiledCodebook(input.codebook);
  const resolve = nameResolver(input.registry);
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  const issueOrder = cb.issues.map((i) => i.id);
  const stances: Stance[] = [];

  for (const st of input.statements) {
    const doc = docs.get(st.document);
    if (!doc) continue;
    const authors: string[] = [...new Set(st.authors)].filter((a) => input.registry.carriesStances(a)).sort();
    if (authors.length === 0) continue;
    const narrative = st.speakerSource === 'narrative';

    const hits: LocatedHit[] = [];
    const self = new Set(authors);
    for (const span of st.sentences) {
      const sentence = doc.text.slice(span[0], span[1]);
      const mentions = findMentions(sentence, resolve);
      for (const h of matchSentence(cb, sentence, mentions, { self, date: st.date, narrative })) {
        hits.push({ ...h, holders: authors, span });
      }
    }

    for (const c of chooseStances(hits, issueOrder)) {
      const first = c.evidence[0]!;
      const all = c.holders.length === authors.length;
      stances.push({
        id: `${st.id}/${c.issue}${all ? '' : '/' + c.holders.join('+')}`,
        statement: st.id,
        document: st.document,
        actors: c.holders.map(actorCode),
        issue: issueId(c.issue),
        position: positionId(c.position),
        value: c.value,
        confidence: c.confidence,
        source: 'tagger',
        evidence: c.evidence,
        quote: doc.text.slice(first.span[0], first.span[1]),
        override: null,
      });
    }
  }
  return { stances, problems: [] };
}

// Step 5: statements -> stances, by the codebook's cue rules.
import type { Codebook } from '../../src/shared/codebook-schema';
import type { DatasetDocument, Stance, Statement } from '../../src/shared/dataset-schema';
import type { ActorRegistry } from '../ingest/actor-registry';
import type { Problem } from './types';

export interface TagInput {
  documents: DatasetDocument[];
  statements: Statement[];
  codebook: Codebook;
  registry: ActorRegistry;
}

export function tagStances(_input: TagInput): { stances: Stance[]; problems: Problem[] } {
  return { stances: [], problems: [] };
}

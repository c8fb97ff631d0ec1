// What every reader is: a pure function from a document's text (and the names it may
// meet) to its turns, the facts it states about itself, and warnings with line numbers.
import type { DocumentMeta, Turn } from '../pipeline/types';
import type { ActorRegistry } from './actor-registry';

export interface ReaderWarning {
  line: number;
  message: string;
}

export interface ReaderResult {
  turns: Turn[];
  meta: DocumentMeta;
  warnings: ReaderWarning[];
}

export interface ReaderContext {
  registry: ActorRegistry;
  /** The document's title in sources.yaml, if it has one. */
  title?: string;
}

export type Reader = (text: string, context: ReaderContext) => ReaderResult;

// Plain data passed between the numbered pipeline steps. Every step is a function of
// these values; only scripts/build-data.ts touches argv and the disk.
import type { DocumentKind, Span } from '../../src/shared/dataset-schema';
import type { DocumentId } from '../../src/shared/ids';

/** A file of the input folder, as bytes. `path` is relative to the folder, with forward slashes. */
export interface InputFile {
  path: string;
  bytes: Uint8Array;
  /** Size on disk when the shell did not read the bytes (a file over the size limit). */
  size?: number;
  /** Why the shell could not read the file (permissions, a broken link). */
  unreadable?: string;
}

/** One entry of sources.yaml, with the line it starts on (for error messages). */
export interface SourceEntry {
  file: string;
  line: number;
  /** The sources.yaml the entry comes from, as named in messages. */
  origin?: string;
  title?: string;
  kind?: DocumentKind;
  date?: string;
  session?: string;
  meeting?: string;
  agenda?: string;
  url?: string;
  /** The delegation a statement without a header is by, as written. */
  speaker?: string;
}

/** A problem found in the input; `line` is 1-based, 0 when it concerns the whole file. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

export interface ReadDocument {
  id: DocumentId;
  file: string;
  format: 'txt' | 'md' | 'pdf' | 'docx';
  text: string;
  sha256: string;
  source: SourceEntry | null;
}

export type SpeakerSource = 'label' | 'floor' | 'self' | 'header' | 'signatories' | 'narrative' | 'unknown';

/** A turn as a reader finds it: who (as written) and where its text is. */
export interface Turn {
  speaker: string;
  speakerSource: SpeakerSource;
  /** Names credited with the turn besides the speaker (joint signatories, reported-speech subjects). */
  names: string[];
  span: Span;
  /** 1-based line of the document where the turn's text starts. */
  line: number;
  /** The reader knows the speaker presides (a chair whose name the registry lacks). */
  chair?: boolean;
  /** Groups or states spoken for, as a header names them ("on behalf of the Group of 77"), or as
   *  a report does ("Speaking on behalf of A, B and C, the representative of C said"). */
  onBehalfOf?: string[];
}

/** What the text says about itself (all optional; sources.yaml and sessions.yaml fill gaps). */
export interface DocumentMeta {
  title?: string;
  date?: string; // YYYY-MM-DD
  sessionNumber?: number;
  meeting?: string;
  agenda?: string;
}

export interface SplitDocument {
  document: ReadDocument;
  kind: DocumentKind;
  meta: DocumentMeta;
  turns: Turn[];
}

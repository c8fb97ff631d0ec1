// Which of the record's shapes a text is, from cues every such document carries.
import type { DocumentKind } from '../../src/shared/dataset-schema';
import type { DocumentMeta, Turn } from '../pipeline/types';
import { readGeneric } from './read-generic';

export interface ReaderResult {
  turns: Turn[];
  meta: DocumentMeta;
  warnings: { line: number; message: string }[];
}
export type Reader = (text: string) => ReaderResult;

export interface Detection {
  kind: DocumentKind;
  recognised: boolean;
}

export function detectShape(text: string): Detection {
  const head = text.slice(0, 4000);
  if (/^\s*Session Transcript\s*$/m.test(text) && /Session at a Glance/i.test(head)) return { kind: 'session-report', recognised: true };
  if (/unofficial transcript/i.test(head)) return { kind: 'transcript', recognised: true };
  if (/\bjoint statement\b/i.test(head.slice(0, 800))) return { kind: 'joint-statement', recognised: true };
  if (/^\s*(?:Statement|Remarks|Intervention)\b.*\bby\b/im.test(head) || /Permanent Mission of/i.test(head)) {
    return { kind: 'statement', recognised: true };
  }
  return { kind: 'statement', recognised: false };
}

const generic: Reader = (text) => ({ turns: readGeneric(text), meta: {}, warnings: [] });

export function readerFor(_kind: DocumentKind, _detection: Detection): Reader {
  return generic;
}

// Ids that must not mix get distinct nominal types. Each has one constructor that
// validates; everything else receives the branded type and trusts it.
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ActorCode = Brand<string, 'ActorCode'>;
export type IssueId = Brand<string, 'IssueId'>;
export type PositionId = Brand<string, 'PositionId'>;
export type DocumentId = Brand<string, 'DocumentId'>;
export type StatementId = Brand<string, 'StatementId'>;
export type SessionId = Brand<string, 'SessionId'>;

// States by ISO 3166-1 alpha-3 (DEU), the EU as EU, groups by short codes (ARAB-GROUP),
// and the non-delegation roles (CHAIR, SECRETARIAT, BRIEFER-…).
const ACTOR_CODE = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/;
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DOCUMENT_ID = /^[a-z0-9][a-z0-9._-]*$/;
const STATEMENT_ID = /^[a-z0-9][a-z0-9._-]*#\d+$/;

function check(kind: string, pattern: RegExp, value: string): void {
  if (!pattern.test(value)) throw new Error(`invalid ${kind} "${value}"`);
}

export function actorCode(value: string): ActorCode {
  check('actor code', ACTOR_CODE, value);
  return value as ActorCode;
}
export function issueId(value: string): IssueId {
  check('issue id', KEBAB_ID, value);
  return value as IssueId;
}
export function positionId(value: string): PositionId {
  check('position id', KEBAB_ID, value);
  return value as PositionId;
}
export function documentId(value: string): DocumentId {
  check('document id', DOCUMENT_ID, value);
  return value as DocumentId;
}
/** A statement is the n-th turn (1-based) of its document: `<document id>#<n>`. */
export function statementId(document: DocumentId, order: number): StatementId {
  const value = `${document}#${order}`;
  check('statement id', STATEMENT_ID, value);
  return value as StatementId;
}
export function sessionId(value: string): SessionId {
  check('session id', KEBAB_ID, value);
  return value as SessionId;
}

/** Turns a path relative to the input folder into a document id (lower case, url-safe). */
export function documentIdFromPath(path: string): DocumentId {
  const id = path
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+/g, '-');
  return documentId(id || 'document');
}

export const CHAIR = actorCode('CHAIR');
export const SECRETARIAT = actorCode('SECRETARIAT');

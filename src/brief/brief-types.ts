// The chair's brief as data: everything a renderer needs, already counted, chosen and
// worded, so that the screen, the Markdown and the Word file say exactly the same thing.
//
// Wording policy: text the tool writes is marked as generated (GENERATED_LABEL at the top,
// GENERATED_PREFIX before every generated sentence); quote marks surround only `KeyQuote.text`,
// which is a stance's `quote`, an exact substring of its document.
import type { Interval } from '../analysis/interval';
import type { SessionWindow } from '../analysis/session-window';
import type { StanceValue } from '../shared/dataset-schema';
import type { ActorCode, DocumentId, IssueId, PositionId, StatementId } from '../shared/ids';

export const GENERATED_LABEL = 'Drafted by Common Ground from the tagged record; check before use.';
export const GENERATED_PREFIX = 'Generated summary:';

/** What the brief should cover; the same options always give the same brief. */
export interface BriefOptions {
  readonly issues: readonly IssueId[]; // in the order the brief presents them
  readonly window: SessionWindow; // session numbers, inclusive
  // Only these delegations count (all measures, quotes and the annex); undefined: all.
  readonly groups?: readonly ActorCode[];
  readonly groupsLabel?: string; // how the filter reads, e.g. "WEOG; EU and member states"
  readonly quotesPerPosition?: number; // default 3
  readonly bridging?: BridgingChoice; // default 'auto'
}

/** auto: blocs when clustering finds at least two, otherwise the UN regional groups. */
export type BridgingChoice = 'auto' | 'blocs' | 'regions';

export interface SessionRef {
  readonly number: number;
  readonly id: string;
  readonly label: string; // "9th substantive session"
  readonly process: string; // "OEWG 2021-2025"
  readonly start: string; // YYYY-MM-DD
  readonly end: string;
}

export interface Brief {
  readonly title: string;
  readonly label: string; // GENERATED_LABEL
  readonly period: { readonly window: SessionWindow; readonly from: SessionRef; readonly to: SessionRef };
  readonly delegations: {
    readonly label: string; // "all delegations" or the filter's label
    readonly filtered: boolean;
    readonly chosen: number | null; // delegations the filter lets through (null: no filter)
    readonly positioned: number; // delegations with a position on at least one chosen issue
  };
  readonly record: { readonly contentHash: string; readonly codebookVersion: string; readonly latestEvidence: string | null };
  readonly bridging: BridgingBasis;
  readonly method: readonly string[]; // generated notes on how to read the measures
  readonly issues: readonly IssueSection[];
  readonly annex: Annex;
}

export interface IssueSection {
  readonly id: IssueId;
  readonly label: string;
  readonly question: string;
  readonly n: number; // delegations positioned on the issue in the window
  readonly polarisation: number | undefined; // issuePolarisation, [0, 1]; undefined below 2
  readonly majority: MajorityShare | undefined;
  readonly trend: Trend;
  readonly positions: readonly PositionSection[]; // the most held first
  readonly bridging: readonly BridgingEntry[]; // best first
  readonly bridgingNote: string; // generated: which groups the entries are measured across
  readonly open: readonly OpenPoint[];
  readonly summary: readonly string[]; // generated sentences, each starting with GENERATED_PREFIX
}

export interface MajorityShare {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  readonly n: number;
  readonly share: number; // count / n, (0, 1]
  readonly absolute: boolean; // share > 1/2
  readonly tied: boolean; // another position has as many holders
}

export type TrendDirection = 'converging' | 'diverging' | 'no clear change' | 'unchanged';

export type Trend =
  | { readonly kind: 'none'; readonly reason: string }
  | {
      readonly kind: 'measured';
      readonly first: SessionRef; // first session in the window with evidence on the issue
      readonly last: SessionRef; // last one
      readonly panel: number; // delegations positioned in both (the balanced panel)
      readonly before: number | undefined; // polarisation of the panel at `first`
      readonly after: number | undefined; // at `last`
      readonly change: number | undefined; // after - before; < 0 converging
      readonly interval: Interval | undefined; // bootstrap 95%
      readonly direction: TrendDirection | undefined; // undefined: panel below 2
    };

export interface PositionSection {
  readonly key: string; // positionKey: what "same position" means
  readonly position: PositionId;
  readonly value: StanceValue | null;
  readonly label: string; // "Programme of Action", "A number: 3"
  readonly description: string;
  readonly count: number;
  readonly share: number; // of the issue's n
  readonly majority: boolean; // the majority (most held) position
  readonly holders: readonly Holder[]; // by name
  readonly quotes: readonly KeyQuote[];
}

export interface Holder {
  readonly code: ActorCode;
  readonly name: string;
  readonly date: string | null; // date of the last evidence
  readonly session: number; // placed session of the last evidence
  readonly sessionLabel: string | null; // its label, "5th substantive session"
  readonly statements: number; // statements behind the position
  readonly carried: boolean; // all evidence predates the window
  readonly jointOnly: boolean;
}

export interface KeyQuote {
  readonly stance: string;
  readonly text: string; // stance.quote: exact source text, the only text put in quote marks
  readonly confidence: number;
  readonly delegations: readonly ActorCode[]; // holders of the position this stance speaks for
  readonly delegationNames: string; // "France", "Argentina, Chile and 10 other signatories"
  readonly speaker: string; // as written in the document
  readonly document: DocumentId;
  readonly documentTitle: string;
  readonly statement: StatementId;
  readonly session: string; // "9th substantive session (OEWG 2021-2025)" or "session unknown"
  readonly date: string | null;
}

export interface BridgingBasis {
  readonly kind: 'blocs' | 'regions' | 'none';
  readonly groups: ReadonlyArray<{ readonly label: string; readonly members: readonly ActorCode[] }>;
  readonly note: string; // generated: what the groups are and who is left out
}

export interface BridgingEntry {
  readonly key: string;
  readonly label: string;
  readonly score: number; // geometric mean of smoothed support over the groups, (0, 1)
  readonly majority: boolean;
  readonly support: ReadonlyArray<{ readonly group: string; readonly agree: number; readonly positioned: number }>;
}

export type OpenPointKind = 'no-evidence' | 'few-delegations' | 'no-majority' | 'tie' | 'thin-evidence' | 'carried' | 'joint-only';

export interface OpenPoint {
  readonly kind: OpenPointKind;
  readonly text: string; // generated
  readonly actors: readonly ActorCode[]; // the delegations concerned, when any
}

export interface Annex {
  readonly issues: ReadonlyArray<{ readonly id: IssueId; readonly label: string }>;
  readonly rows: readonly AnnexRow[]; // by delegation name
}

export interface AnnexRow {
  readonly code: ActorCode;
  readonly name: string;
  readonly cells: ReadonlyArray<AnnexCell | null>; // per annex issue; null: no position (silence)
}

export interface AnnexCell {
  readonly label: string;
  readonly date: string | null;
  readonly sessionLabel: string | null; // the session of the evidence, shown when the date is unknown
  readonly carried: boolean;
  readonly statements: number;
}

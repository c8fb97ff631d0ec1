// The position drift model: where each delegation stands on each issue at each session.
// This is the generator's ground truth; the writers only put it into words.
//
// Model (latent value x in [-1, 1] per delegation, issue and session):
//   x = bloc location at the session + the delegation's own offset + session noise,
// where the bloc location moves from its first to its last value (issues.ts) along a
// smoothstep between sessions 2 and 10, the offset is drawn once (sd by bloc; the middle
// bloc's offsets shrink by 40% as it converges) and the noise is AR(1) (rho 0.5, sd 0.1).
// The EU and the groups sit at their bloc's location with half the noise. x is read as the
// position whose equal-width bin on the issue's axis contains it. A few states (8%) are
// "flexible" on the number of thematic groups whatever their x.
//
// Numeric policy: one stream per delegation (forked by code from the seed), drawn in issue
// order then session order, so the truth does not depend on the corpus scale.
import { ISSUES, type IssueId, type IssueModel } from './issues';
import { Rng } from './prng';
import { ROSTER, type Bloc, type Delegation } from './roster';

export interface HeldPosition {
  session: number;
  actor: string;
  issue: IssueId;
  position: string;
  /** thematic-group-count `value` only: a number or an inclusive range. */
  value?: number | [number, number];
}

const SPREAD: Record<Bloc, number> = { west: 0.25, sov: 0.12, arab: 0.25, middle: 0.35 };

function progress(session: number): number {
  const t = Math.min(1, Math.max(0, (session - 2) / 8));
  return t * t * (3 - 2 * t);
}

function readAxis(issue: IssueModel, x: number): { position: string; value?: number | [number, number] } {
  const n = issue.axis.length;
  const token = issue.axis[Math.min(n - 1, Math.max(0, Math.floor(((x + 1) / 2) * n)))] as string;
  if (/^\d$/.test(token)) return { position: 'value', value: Number(token) };
  const range = /^(\d)-(\d)$/.exec(token);
  if (range) return { position: 'value', value: [Number(range[1]), Number(range[2])] };
  return { position: token };
}

export class PositionBook {
  // actor -> issue -> session -> position
  private readonly held = new Map<string, Map<string, Map<number, HeldPosition>>>();
  readonly sessions: readonly number[];

  constructor(seed: number, sessions: readonly number[]) {
    this.sessions = [...sessions].sort((a, b) => a - b);
    const root = new Rng(seed).fork('drift');
    for (const d of ROSTER) this.drift(root.fork(d.code), d);
  }

  private drift(rng: Rng, d: Delegation): void {
    const isGroup = d.kind !== 'state';
    const flexible = !isGroup && rng.chance(0.08);
    for (const issue of ISSUES) {
      const offset = isGroup ? 0 : rng.normal() * SPREAD[d.bloc];
      let noise = 0;
      for (const session of this.sessions) {
        noise = 0.5 * noise + rng.normal() * (isGroup ? 0.05 : 0.1);
        if (session < issue.from) continue;
        const p = progress(session);
        const [first, last] = issue.blocs[d.bloc];
        const shrink = d.bloc === 'middle' ? 1 - 0.4 * p : 1;
        const x = Math.max(-1, Math.min(0.999, first + (last - first) * p + offset * shrink + noise));
        const read = flexible && issue.id === 'thematic-group-count' ? { position: 'flexible' } : readAxis(issue, x);
        let byIssue = this.held.get(d.code);
        if (!byIssue) this.held.set(d.code, (byIssue = new Map()));
        let bySession = byIssue.get(issue.id);
        if (!bySession) byIssue.set(issue.id, (bySession = new Map()));
        bySession.set(session, { session, actor: d.code, issue: issue.id, ...read });
      }
    }
  }

  /** The position `actor` holds on `issue` at `session`; undefined before the issue is on the table. */
  get(actor: string, issue: IssueId, session: number): HeldPosition | undefined {
    return this.held.get(actor)?.get(issue)?.get(session);
  }

  /** Every held position, by session, then actor code, then issue. */
  all(): HeldPosition[] {
    const all: HeldPosition[] = [];
    for (const byIssue of this.held.values()) for (const bySession of byIssue.values()) all.push(...bySession.values());
    return all.sort(
      (a, b) => a.session - b.session || (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0) || (a.issue < b.issue ? -1 : a.issue > b.issue ? 1 : 0),
    );
  }
}

/** Same position (and value) on the issue. */
export function samePosition(a: HeldPosition | undefined, b: HeldPosition | undefined): boolean {
  return !!a && !!b && a.position === b.position && JSON.stringify(a.value) === JSON.stringify(b.value);
}

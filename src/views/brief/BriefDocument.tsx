// The brief on screen (and on paper, through brief-print.css): the same model and the same
// sentences as the Markdown and Word exports; quotes through <Evidence>, so quote marks
// only ever surround a stance's exact quote.
import type { Brief, IssueSection, PositionSection } from '../../brief/brief-types';
import {
  ANNEX_EMPTY,
  ANNEX_TITLE,
  annexCellText,
  annexIntro,
  bridgingLine,
  citationText,
  headerLines,
  holdersLine,
  levelLines,
  majorityHeading,
  NO_OTHER_POSITION,
  NO_QUOTE,
  OPEN_INTRO,
  OPEN_NONE,
} from '../../brief/brief-wording';
import { Evidence } from '../../components/Evidence';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { Stance } from '../../shared/dataset-schema';

export function BriefDocument({ brief, index, stances }: { brief: Brief; index: DatasetIndex; stances: ReadonlyMap<string, Stance> }) {
  return (
    <article className="brief-document" data-testid="brief-document" aria-labelledby="brief-title">
      <header>
        <h2 id="brief-title">{brief.title}</h2>
        <p className="brief-generated-label" data-testid="brief-generated-label">
          {brief.label}
        </p>
        <ul className="brief-header-lines">
          {headerLines(brief).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </header>
      <section className="brief-method">
        <h3>How to read this brief</h3>
        <p>Notes written by Common Ground:</p>
        <ul>
          {brief.method.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </section>
      {brief.issues.map((s, i) => (
        <IssueBlock key={s.id} section={s} number={i + 1} index={index} stances={stances} />
      ))}
      <section className="brief-annex" data-testid="brief-annex">
        <h3>{ANNEX_TITLE}</h3>
        {brief.annex.rows.length === 0 ? (
          <p>{ANNEX_EMPTY}</p>
        ) : (
          <>
            <p>{annexIntro(brief.annex.rows.length)}</p>
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Annex table (scrolls sideways)">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Delegation</th>
                    {brief.annex.issues.map((i) => (
                      <th scope="col" key={i.id}>
                        {i.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {brief.annex.rows.map((row) => (
                    <tr key={row.code} data-actor={row.code}>
                      <th scope="row">
                        {row.name} ({row.code})
                      </th>
                      {row.cells.map((c, k) => (
                        <td key={brief.annex.issues[k]!.id}>{c ? annexCellText(c) : <span className="visually-hidden">no position</span>}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </article>
  );
}

function IssueBlock({ section: s, number, index, stances }: { section: IssueSection; number: number; index: DatasetIndex; stances: ReadonlyMap<string, Stance> }) {
  const [first, ...others] = s.positions;
  return (
    <section className="brief-issue" data-testid="brief-issue" data-issue={s.id}>
      <h3>
        {number}. {s.label}
      </h3>
      <p>
        <strong>Question:</strong> {s.question}
      </p>
      <h4>Level of convergence</h4>
      <ul>
        {levelLines(s).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {s.summary.map((line) => (
        <p key={line} className="brief-generated">
          {line}
        </p>
      ))}
      {first && (
        <>
          <h4>
            {majorityHeading(s)}: {first.label} ({first.count} of {s.n})
          </h4>
          <PositionBlock position={first} index={index} stances={stances} />
          <h4>Other positions</h4>
          {others.length === 0 && <p>{NO_OTHER_POSITION}</p>}
          {others.map((p) => (
            <div key={p.key}>
              <h5>
                {p.label} ({p.count} of {s.n})
              </h5>
              <PositionBlock position={p} index={index} stances={stances} />
            </div>
          ))}
        </>
      )}
      <h4>Bridging positions</h4>
      <p>{s.bridgingNote}</p>
      {s.bridging.length > 0 && (
        <ul>
          {s.bridging.map((e) => (
            <li key={e.key}>{bridgingLine(e)}</li>
          ))}
        </ul>
      )}
      <h4>Points still open</h4>
      <p className="brief-generated">{s.open.length ? OPEN_INTRO : OPEN_NONE}</p>
      {s.open.length > 0 && (
        <ul data-testid="brief-open">
          {s.open.map((p) => (
            <li key={p.kind}>{p.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PositionBlock({ position: p, index, stances }: { position: PositionSection; index: DatasetIndex; stances: ReadonlyMap<string, Stance> }) {
  return (
    <div className="brief-position" data-position={p.key}>
      <p className="brief-holders">{holdersLine(p.holders)}</p>
      {p.quotes.length === 0 && <p className="muted">{NO_QUOTE}</p>}
      {p.quotes.map((q) => {
        const stance = stances.get(q.stance);
        return (
          <div key={q.stance} className="brief-quote">
            {stance && <Evidence stance={stance} index={index} />}
            <p className="brief-citation small">Cited as: {citationText(q)}</p>
          </div>
        );
      })}
    </div>
  );
}

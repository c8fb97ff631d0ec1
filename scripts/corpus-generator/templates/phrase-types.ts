// The shape of the phrasebook: how a position on an issue can be put into words.

export interface PositionPhrases {
  /** Propositions that commit the speaker to the position, subject-neutral, no final stop:
   *  framed as "We believe that {c}." or "France stressed that {c}." or said bare. */
  clauses: readonly string[];
  /** Noun phrases whose support commits to the position ("We support {np}."). */
  favour?: readonly string[];
  /** Noun phrases whose rejection commits to the position ("We cannot support {np}."). */
  against?: readonly string[];
  /** Noun phrases taken up with openness ("We are open to {np}."): `open`-type positions. */
  open?: readonly string[];
  /** Propositions whose denial commits to the position ("We do not believe that {c}."). */
  denied?: readonly string[];
  /** Whole sentences for positions the frames cannot carry; {self} is the speaker as it
   *  stands mid-sentence, {S} a reported subject, {its}/{it}/{was} its pronouns. */
  own?: { first?: readonly string[]; reported?: readonly string[] };
  /** Short argument titles, as the analysis cards of a session report write them. */
  headlines: readonly string[];
}

export interface IssuePhrases {
  /** How a speaker names the issue in a lead-in: "On {topic}, we believe ...". */
  topic: readonly string[];
  /** Noun phrases that mention the issue without taking a side. */
  mention: readonly string[];
  /** Discussion point heading of the analysis layer. */
  heading: string;
  positions: Readonly<Record<string, PositionPhrases>>;
}

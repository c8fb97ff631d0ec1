// Frames that turn a phrase of the phrasebook into a sentence, by voice: a delegation in
// the first person ({self} is its name as it stands mid-sentence), a joint statement
// (first person plural, no {self}), or a reporter ({S} is the subject, {its}/{it}/{was}
// agree with it). {c} is a clause, {np} a noun phrase. Hedged frames ("We would be
// inclined to support") still commit the speaker; that is the codebook's reading.

export interface FrameSet {
  clause: readonly string[];
  favour: readonly string[];
  against: readonly string[];
  open: readonly string[];
  denied: readonly string[];
}

export const FIRST_PERSON: FrameSet = {
  clause: [
    '{C}.', '{C}.', '{C}.',
    'We believe that {c}.', 'We are of the view that {c}.', 'It is our firm belief that {c}.', 'In our view, {c}.',
    'My delegation is convinced that {c}.', 'We remain convinced that {c}.', '{self} considers that {c}.', '{self} is of the view that {c}.',
    '{self} firmly believes that {c}.', 'We continue to believe that {c}.', 'We would like to stress that {c}.', '{self} reiterates that {c}.',
    'For my delegation, {c}.', 'We wish to underline that {c}.', 'Let me be clear: {c}.', 'We strongly feel that {c}.',
    'We tend to think that {c}.', 'On balance, we feel that {c}.', 'It is the position of {self} that {c}.',
  ],
  favour: [
    'We support {np}.', 'We fully support {np}.', '{self} strongly supports {np}.', 'We call for {np}.', 'We are in favour of {np}.',
    'We would favour {np}.', 'My delegation advocates {np}.', 'We see merit in {np}.', '{self} supports {np}.',
    'We continue to support {np}.', 'We would be inclined to support {np}.', 'We insist on {np}.', 'We welcome and support {np}.',
    'We are firmly in favour of {np}.', '{self} is a strong supporter of {np}.',
  ],
  against: [
    'We cannot support {np}.', 'We do not see the need for {np}.', 'We are not in favour of {np}.', 'We cannot agree to {np}.', '{self} opposes {np}.',
    'We reject {np}.', 'We have serious reservations about {np}.', '{self} does not support {np}.', 'We are not convinced of the need for {np}.',
    'We would caution against {np}.', 'My delegation is opposed to {np}.', 'We see no merit in {np}.',
  ],
  open: [
    'We are open to {np}.', 'We could consider {np}.', 'We remain open to {np}.', 'My delegation would be willing to consider {np}.',
    'We do not exclude {np}.', '{self} is open to {np}.', 'We are ready to explore {np}.',
  ],
  denied: [
    'We do not believe that {c}.', 'We are not convinced that {c}.', 'We do not share the view that {c}.', '{self} does not agree that {c}.',
    'We cannot accept the idea that {c}.',
  ],
};

export const JOINT: FrameSet = {
  clause: [
    '{C}.', '{C}.', 'We believe that {c}.', 'We are of the view that {c}.', 'It is our firm belief that {c}.', 'In our view, {c}.',
    'We remain convinced that {c}.', 'We continue to believe that {c}.', 'We would like to stress that {c}.', 'Our delegations are convinced that {c}.',
    'We underline that {c}.', 'We reiterate that {c}.',
  ],
  favour: ['We support {np}.', 'We call for {np}.', 'We are in favour of {np}.', 'We jointly support {np}.', 'Our delegations advocate {np}.', 'We insist on {np}.'],
  against: ['We cannot support {np}.', 'We reject {np}.', 'We do not see the need for {np}.', 'Our delegations oppose {np}.', 'We cannot accept {np}.'],
  open: ['We are open to {np}.', 'We remain open to {np}.', 'We could consider {np}.'],
  denied: ['We do not believe that {c}.', 'We do not share the view that {c}.', 'We cannot accept the idea that {c}.'],
};

export const REPORTED: FrameSet = {
  clause: [
    '{S} highlighted that {c}.', '{S} stressed that {c}.', '{S} argued that {c}.', '{S} underlined that {c}.', '{S} emphasised that {c}.',
    '{S} reiterated that {c}.', '{S} maintained that {c}.', '{S} took the view that {c}.', '{S} insisted that {c}.', 'According to {S}, {c}.',
    '{S} expressed the view that {c}.', '{S} pointed out that {c}.', '{S} said that {c}.', '{S} noted that, in {its} view, {c}.',
  ],
  favour: [
    '{S} supported {np}.', '{S} voiced support for {np}.', '{S} called for {np}.', '{S} reiterated {its} support for {np}.', '{S} spoke in favour of {np}.',
    '{S} advocated {np}.', '{S} backed {np}.', '{S} expressed {its} support for {np}.',
  ],
  against: [
    '{S} opposed {np}.', '{S} rejected {np}.', '{S} saw no need for {np}.', '{S} expressed reservations about {np}.', '{S} cautioned against {np}.',
    '{S} spoke against {np}.', '{S} voiced {its} opposition to {np}.',
  ],
  open: ['{S} expressed openness to {np}.', '{S} said {it} {was} open to {np}.', '{S} indicated {its} willingness to consider {np}.'],
  denied: ['{S} did not believe that {c}.', '{S} rejected the notion that {c}.', '{S} disputed that {c}.'],
};

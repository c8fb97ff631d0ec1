import { describe, expect, test } from 'vitest';
import { readTranscript } from '../../scripts/ingest/read-transcript';
import { registry } from '../fixtures/ingest/pipeline-input';

const read = (text: string) => readTranscript(text, { registry: registry() });
const speakers = (text: string) => read(text).turns.map((t) => `${t.speaker}/${t.speakerSource}`);

const header = 'Session 3-2 Transcript\n(OEWG 2021-25)\n\nThis is an unofficial transcript\n\n';

describe('readTranscript(text)', () => {
  test('a name line names the turn below it; the page header is no turn', () => {
    const text = `${header}Ambassador Gafoor\n\nGood morning. I give the floor to Brazil.\n\nBrazil\n\nThank you, Chair. Brazil supports the PoA.\n`;
    expect(speakers(text)).toEqual(['Ambassador Gafoor/label', 'Brazil/label']);
  });

  test('a name line heading its turn\'s text with no blank line between ("CHAIR\\nGood afternoon") names that turn', () => {
    const text = `${header}CHAIR\nGood afternoon. I give the floor to Kuwait.\n\nKUWAIT (ON BEHALF OF THE ARAB GROUP)\nThank you, Mr. Chair. The Group supports consensus.\nIn my national capacity, Kuwait supports hybrid meetings.\n\nNETHERLANDS (KINGDOM OF THE)\nThank you, Chair. We support a Programme of Action.\n`;
    const turns = read(text).turns;
    expect(turns.map((t) => `${t.speaker}/${t.speakerSource}`)).toEqual(['CHAIR/label', 'KUWAIT (ON BEHALF OF THE ARAB GROUP)/label', 'NETHERLANDS (KINGDOM OF THE)/label']);
    expect(text.slice(turns[1]!.span[0], turns[1]!.span[1])).toBe('Thank you, Mr. Chair. The Group supports consensus.\nIn my national capacity, Kuwait supports hybrid meetings.');
    // A first line that names no one stays in its paragraph.
    expect(read(`${header}CHAIR\nGood afternoon.\n\nBrazil\n\nThe Programme of Action\nis what we support.\n`).turns.map((t) => t.speaker)).toEqual(['CHAIR', 'Brazil']);
  });

  test('a label in Markdown bold, its colon inside the bold ("**Chair:** ..."), names the turn', () => {
    const text = `${header}**Chair:** Good afternoon. I give the floor to Azerbaijan.\n\n**Azerbaijan (on behalf of the Non-Aligned Movement):** Thank you, Mr. Chair. The Movement supports consensus.\n\n__Brazil:__ Thank you, Chair. We support a Programme of Action.\n`;
    const turns = read(text).turns;
    expect(turns.map((t) => `${t.speaker}/${t.speakerSource}`)).toEqual(['Chair/label', 'Azerbaijan (on behalf of the Non-Aligned Movement)/label', 'Brazil/label']);
    expect(text.slice(turns[1]!.span[0], turns[1]!.span[1])).toBe('Thank you, Mr. Chair. The Movement supports consensus.');
  });

  test('a label with the role in lower case, as the UN writes it ("The representative of China: ..."), names the turn', () => {
    const text = `${header}The Chair: Thank you. The representative of China.\n\nThe representative of China: Thank you, Mr. Chair. We support a permanent OEWG.\n\nThe Chair: Thank you. The delegate of Fiji.\n\nThe delegate of Fiji: Bula vinaka. Fiji supports hybrid meetings.\n`;
    const turns = read(text).turns;
    expect(turns.map((t) => `${t.speaker}/${t.speakerSource}`)).toEqual(['The Chair/label', 'The representative of China/label', 'The Chair/label', 'The delegate of Fiji/label']);
    expect(text.slice(turns[1]!.span[0], turns[1]!.span[1])).toBe('Thank you, Mr. Chair. We support a permanent OEWG.');
    // A long official name: its connectors ("of", "the", "and") do not make it too long for a name.
    const uk = `${header}The Chair: Thank you.\n\nThe representative of the United Kingdom of Great Britain and Northern Ireland: Thank you. We support hybrid meetings.\n`;
    expect(read(uk).turns.map((t) => t.speakerSource)).toEqual(['label', 'label']);
  });

  test('a turn without a name line goes to the delegation the Chair gave the floor to last', () => {
    const text = `${header}Ambassador Gafoor\n\nThank you. Pakistan to be followed by Saudi Arabia. Pakistan, please.\n\n\nThank you, Chair. We believe in capacity building.\n`;
    expect(speakers(text)).toEqual(['Ambassador Gafoor/label', 'Pakistan/floor']);
  });

  test('the Chair’s correction wins over the call it corrects', () => {
    const text = `${header}Ambassador Gafoor\n\nThank you. I give the floor to Bangladesh. Bangladesh, please. Sorry, my apologies, its the Russian Federation now, please.\n\n\nThank you, Chair. Distinguished colleagues.\n`;
    expect(speakers(text)[1]).toBe('Russian Federation/floor');
  });

  test('"X has already spoken" cancels a call to X', () => {
    const text = `${header}Ambassador Gafoor\n\nI believe Pakistan has already spoken. I give the floor now to Bangladesh.\n\n\nThank you, Mr. Chair. My delegation believes in collective action.\n`;
    expect(speakers(text)[1]).toBe('Bangladesh/floor');
  });

  test('"Thank you, X" and "X, to be followed by Y" do not give the floor to X or Y', () => {
    const text = `${header}Ambassador Gafoor\n\nThank you, Sri Lanka. Chile, please, to be followed by Japan.\n\n\nThank you, Chair. For Chile, capacity building is a priority.\n`;
    expect(speakers(text)[1]).toBe('Chile/floor');
  });

  test('without a floor call, the speaker naming itself in its opening is the speaker', () => {
    const text = `${header}Ambassador Gafoor\n\nThe meeting is resumed.\n\n\nThank you, Chair. Kenya places great importance on capacity building.\n`;
    expect(speakers(text)[1]).toBe('Kenya/self');
  });

  test('a clear self-identification against the floor call wins, with a warning naming both', () => {
    const text = `${header}Ambassador Gafoor\n\nThank you. Ghana, please.\n\n\nThank you, Mr. Chair. The delegation of Nigeria believes in capacity building.\n`;
    const r = read(text);
    expect(r.turns[1]!.speaker).toBe('Nigeria');
    expect(r.warnings[0]!.message).toBe('the Chair gave the floor to "Ghana" but the speaker names itself "Nigeria"; read as Nigeria');
  });

  test('a state only mentioned in the opening is not a self-identification', () => {
    const text = `${header}Ambassador Gafoor\n\nThank you. Poland, please.\n\n\nMr. Chair, it is deplorable that we witness a military aggression of Russia against Ukraine.\n`;
    expect(speakers(text)[1]).toBe('Poland/floor');
  });

  test('a speaker nobody names is read as unknown, with a warning', () => {
    const text = `${header}Ambassador Gafoor\n\nThe meeting is resumed.\n\n\nThank you, Chair. We support the report.\n`;
    const r = read(text);
    expect(r.turns[1]!.speakerSource).toBe('unknown');
    expect(r.warnings.map((w) => w.message)).toContain('turn without a name line, floor call or self-identification; speaker unknown');
  });

  test('a following paragraph without a name continues the same turn', () => {
    const text = `${header}Brazil\n\nThank you, Chair. First point.\n\nSecond point, on the PoA.\n\nAmbassador Gafoor\n\nThank you.\n`;
    const r = read(text);
    expect(r.turns).toHaveLength(2);
    expect(text.slice(r.turns[0]!.span[0], r.turns[0]!.span[1])).toBe('Thank you, Chair. First point.\n\nSecond point, on the PoA.');
  });

  test('website debris after the meeting is dropped', () => {
    const body = 'Thank you, Chair. Brazil supports the PoA. '.repeat(20);
    const text = `${header}Brazil\n\n${body}\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nComment\n\nName *\n`;
    const r = read(text);
    expect(r.turns).toHaveLength(1);
    expect(text.slice(r.turns[0]!.span[0], r.turns[0]!.span[1])).toBe(body.trim());
  });

  test('a presiding officer the registry does not know is recognised by giving the floor', () => {
    const text = `${header}Ambassador Lauber\n\nI give the floor to Brazil.\n\nBrazil\n\nThank you.\n\nAmbassador Lauber\n\nThank you, Brazil. I give the floor to Chile.\n\n\nThank you, Chair. Chile supports it.\n`;
    const r = read(text);
    expect(r.turns.map((t) => [t.speaker, t.chair ?? false])).toEqual([
      ['Ambassador Lauber', true],
      ['Brazil', false],
      ['Ambassador Lauber', true],
      ['Chile', false],
    ]);
  });

  test('a near match in a floor call is accepted with a warning that names both', () => {
    const text = `${header}Ambassador Gafoor\n\nThank you. Columbia, please.\n\n\nThank you, Chair. We want to take advantage of ICTs.\n`;
    const r = read(text);
    expect(r.turns[1]!.speaker).toBe('Columbia');
    expect(r.warnings.map((w) => w.message)).toContain('"Columbia" read as Colombia (near match)');
  });

  test('session and meeting come from the title "Session 2-8 Transcript"', () => {
    expect(read('Session 2-8 Transcript\n(OEWG 2021-25)\n\nAmbassador Gafoor\n\nGood afternoon.\n').meta).toMatchObject({ sessionNumber: 2, meeting: '8' });
  });

  test('every span is offsets-exact: it points at the turn’s text, labels excluded', () => {
    const text = `${header}Brazil\n\nThank you, Chair.\n\nChile: Thank you too.\n`;
    const r = read(text);
    expect(r.turns.map((t) => text.slice(t.span[0], t.span[1]))).toEqual(['Thank you, Chair.', 'Thank you too.']);
    expect(r.turns.map((t) => t.line)).toEqual([8, 10]);
  });

  test('a name that opens the Chair\'s sentence after thanks, alone or saying only what about or how briefly, gives the floor', () => {
    const calls = ['Thank you, Mexico. Singapore.', 'Thank you. The Islamic Republic of Iran.', 'Thank you. Kenya, on venue, and I believe also on the repository.', 'Thank you. Iran, briefly.', 'Thank you. The Russian Federation, on a point of order.', 'Thank you. Syria, you asked for the floor.', 'Thank you. Venezuela, and then I will close the list on this question.'];
    const text = header + calls.map((c) => `Chair: ${c}\n\nThank you, Chair. We agree.\n\n`).join('');
    expect(speakers(text).filter((s) => !s.startsWith('Chair'))).toEqual(['Singapore/floor', 'Islamic Republic of Iran/floor', 'Kenya/floor', 'Iran/floor', 'Russian Federation/floor', 'Syria/floor', 'Venezuela/floor']);
    // A name that goes on to say something else is no call.
    expect(speakers(`${header}Chair: Thank you. Kenya, as you know, has proposed a repository.\n\nThank you, Chair. We agree.\n`)).toEqual(['Chair/label', '/unknown']);
  });
});

describe('readTranscript(text) when the Chair gives no floor', () => {
  test('a paragraph addressing the Chair after the Chair’s own turn is a new speaker: the one announced earlier', () => {
    const text = `${header}Ambassador Gafoor\n\nThank you. Brazil, to be followed by Chile. Brazil, please.\n\nBrazil\n\nThank you, Chair. Brazil supports it.\n\nAmbassador Gafoor\n\nThank you for the statement.\n\nMr. Chair, my delegation welcomes the report.\n`;
    expect(speakers(text)).toEqual(['Ambassador Gafoor/label', 'Brazil/label', 'Ambassador Gafoor/label', 'Chile/floor']);
  });

  test('"Over to you, X" and "The floor is yours, X" give the floor', () => {
    const over = `${header}Ambassador Gafoor\n\nThank you. Over to you, Mexico.\n\n\nThank you, Chair. We agree.\n`;
    const yours = `${header}Ambassador Gafoor\n\nThank you. The floor is yours, Peru.\n\n\nThank you, Chair. We agree.\n`;
    expect([speakers(over)[1], speakers(yours)[1]]).toEqual(['Mexico/floor', 'Peru/floor']);
  });
});

describe('readTranscript(text) of an interview in questions and answers', () => {
  const interview = (title: string) =>
    `${title}\nRecorded in New York on 8 July 2025.\n\nQ: Ambassador, Russia wants consensus on everything. Do you agree?\n\nA: On that point, yes. All decisions should be taken by consensus.\n\nThat is how this Group has worked.\n\n**Q:** And the threat repository?\n\n**A:** We support it.\n`;

  test('the answers are the interviewee\'s, whom the header names; the questions are no one\'s turns', () => {
    const text = interview('AN INTERVIEW WITH THE AMBASSADOR OF INDONESIA');
    const { turns, warnings } = read(text);
    expect(turns.map((t) => `${t.speaker}/${t.speakerSource}`)).toEqual(['Indonesia/header', 'Indonesia/header']);
    // An answer runs on over the paragraphs that follow it, up to the next question.
    expect(text.slice(turns[0]!.span[0], turns[0]!.span[1])).toBe('On that point, yes. All decisions should be taken by consensus.\n\nThat is how this Group has worked.');
    expect(text.slice(turns[1]!.span[0], turns[1]!.span[1])).toBe('We support it.');
    expect(warnings).toEqual([]);
  });

  test('a header that names no delegation, or several, leaves the answers\' speaker unknown, with a warning', () => {
    for (const title of ['AN INTERVIEW WITH A SENIOR DIPLOMAT', 'Brazil and Chile: an interview with two negotiators']) {
      const { turns, warnings } = read(interview(title));
      expect(turns.map((t) => t.speakerSource)).toEqual(['unknown', 'unknown']);
      expect(warnings).toEqual([{ line: 4, message: expect.stringMatching(/^interview whose header names (no delegation|several delegations \(BRA, CHL\)); the answers' speaker is unknown$/) }]);
    }
  });

  test('one answer is no interview ("A." can head a list): the text is read as a transcript', () => {
    const text = `${header}Chair: I give the floor to Brazil.\n\nQ: a question.\n\nA. We support a Programme of Action.\n`;
    expect(speakers(text)).toEqual(['Chair/label', 'Brazil/floor']);
  });
});

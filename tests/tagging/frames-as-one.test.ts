// Each kind of frame is also compiled as one pattern (compile-codebook.ts: framesAsOne,
// commits), which the matcher asks instead of the frames one by one. It must answer exactly
// as they do, on whole sentences and on the pieces assess() cuts from them.
import { describe, expect, test } from 'vitest';
import { compileCodebook, type CompiledFrame, type FrameName } from '../../scripts/tagging/compile-codebook';
import { anyFrame } from '../../scripts/tagging/assess-cue';
import { patternText } from '../../scripts/tagging/match-sentence';
import { codebook, compiled, mentionCodes, normalised } from './tagging-fixture';

function oneByOne(frames: CompiledFrame[], text: string): boolean {
  return frames.some((f) => {
    f.regex.lastIndex = 0;
    return f.regex.test(text);
  });
}

/** The texts: every example of the codebook as the patterns see it, with each of its
 *  prefixes and suffixes cut at a space (a cue's lead and its tail, where the anchored frames
 *  look). */
const examples = [
  ...codebook.issues.flatMap((i) => i.positions.flatMap((p) => p.cues.map((c) => c.example))),
  ...Object.values(codebook.frames).flatMap((list) => list.map((f) => f.example)),
  ...codebook.proposals.map((p) => p.example),
];
const texts = [
  ...new Set(
    // As written, with the delegations it names as placeholders (@gha), which some frames need,
    // and as theirs (@self: a report's clause, which the sameView frames need).
    examples.flatMap((example) =>
      [patternText(example, [], new Set()), normalised(example), normalised(example, mentionCodes(example))].flatMap((text) => {
        const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
        return [text, ...spaces.flatMap((at) => [text.slice(0, at + 1), text.slice(at)])];
      }),
    ),
  ),
];

describe('frames joined into one pattern', () => {
  test('there is something to compare', () => {
    expect(examples.length).toBeGreaterThan(200);
    expect(texts.length).toBeGreaterThan(5000);
  });

  test.each(Object.keys(compiled.frames) as FrameName[])('%s: one pattern matches exactly where one of its frames does', (kind) => {
    const frames = compiled.frames[kind];
    const found = texts.filter((t) => oneByOne(frames, t));
    expect(found.length).toBeGreaterThan(0);
    for (const t of texts) expect(anyFrame(compiled, kind, t), t).toBe(oneByOne(frames, t));
  });

  test('commits: a commit or an endorse frame', () => {
    for (const t of texts) expect(compiled.commits!.test(t), t).toBe(oneByOne(compiled.frames.commit, t) || oneByOne(compiled.frames.endorse, t));
  });

  test('frames that share a named group still join, and a kind without frames matches nothing', () => {
    const counted = (id: string, pattern: string) => ({ id, pattern, example: pattern, against: false, acrossCue: false });
    const { compiled: cb, problems } = compileCodebook({
      ...codebook,
      frames: { ...codebook.frames, hedgeWeak: [counted('hw-a', 'maybe {count} groups'), counted('hw-b', '{count} tracks at most')], reportedLead: [] },
    });
    expect(problems).toEqual([]);
    expect(anyFrame(cb, 'hedgeWeak', ' we want maybe three groups ')).toBe(true);
    expect(anyFrame(cb, 'hedgeWeak', ' two tracks at most ')).toBe(true);
    expect(anyFrame(cb, 'hedgeWeak', ' three groups ')).toBe(false);
    expect(cb.framesAsOne.reportedLead).toBeNull();
    expect(anyFrame(cb, 'reportedLead', ' as france proposed , we agree ')).toBe(false);
  });
});

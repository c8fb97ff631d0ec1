import { describe, expect, it } from 'vitest';
import { parseWindowLabel, sessionWindow, sessionWindows, windowLabel } from '../../src/analysis/session-window';

describe('sessionWindow(from, to)', () => {
  it('is an inclusive range of session numbers', () => {
    expect(sessionWindow(0, 11)).toEqual({ from: 0, to: 11 });
    expect(sessionWindow(5, 5)).toEqual({ from: 5, to: 5 });
  });

  it('rejects to < from, negative and fractional numbers, naming the window', () => {
    expect(() => sessionWindow(3, 2)).toThrow('invalid session window [3, 2]');
    expect(() => sessionWindow(-1, 2)).toThrow(/invalid session window/);
    expect(() => sessionWindow(1.5, 2)).toThrow(/invalid session window/);
  });
});

describe('windowLabel(window)', () => {
  it('names a window "S<from>-S<to>", a single session "S5-S5"', () => {
    expect(windowLabel(sessionWindow(1, 3))).toBe('S1-S3');
    expect(windowLabel(sessionWindow(5, 5))).toBe('S5-S5');
  });

  it('is inverted by parseWindowLabel, which rejects other strings', () => {
    expect(parseWindowLabel('S0-S11')).toEqual(sessionWindow(0, 11));
    expect(() => parseWindowLabel('1-3')).toThrow('invalid window label "1-3"');
  });
});

describe('sessionWindows(from, to)', () => {
  it('gives one single-session window per session', () => {
    expect(sessionWindows(1, 3).map(windowLabel)).toEqual(['S1-S1', 'S2-S2', 'S3-S3']);
  });
});

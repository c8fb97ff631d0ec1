import countries from 'i18n-iso-countries';
import { describe, expect, test } from 'vitest';
import { ARAB_GROUP, delegation, EU_CODE, NAM_GROUP, ROSTER, STATES } from '../../scripts/corpus-generator/roster';

describe('ROSTER', () => {
  test('holds the 193 UN member states, each under a distinct ISO 3166-1 alpha-3 code', () => {
    expect(STATES).toHaveLength(193);
    expect(new Set(STATES.map((s) => s.code)).size).toBe(193);
    for (const s of STATES) expect(countries.isValid(s.code), s.code).toBe(true);
  });

  test('puts every state in a UN regional group with the known group sizes', () => {
    const count = (r: string) => STATES.filter((s) => s.region === r).length;
    expect(count('African')).toBe(54);
    expect(count('Eastern European')).toBe(23);
    expect(count('GRULAC')).toBe(33);
    expect(count('Asia-Pacific') + count('WEOG')).toBe(83);
  });

  test('adds the EU with its 27 members and two groups that speak for their members', () => {
    expect(delegation(EU_CODE).members).toHaveLength(27);
    expect(delegation(NAM_GROUP).members.length).toBeGreaterThan(90);
    expect(delegation(ARAB_GROUP).members).toContain('EGY');
    expect(ROSTER.filter((d) => d.kind !== 'state').map((d) => d.code)).toEqual([EU_CODE, NAM_GROUP, ARAB_GROUP]);
  });

  test('the group code for the Non-Aligned Movement does not collide with Namibia (NAM)', () => {
    expect(NAM_GROUP).not.toBe('NAM');
    expect(delegation('NAM').names[0]).toBe('Namibia');
  });

  test('knows the UN forms of names the record uses', () => {
    const names = (code: string) => delegation(code).names;
    expect(names('IRN')).toContain('Islamic Republic of Iran');
    expect(names('VNM')).toContain('Viet Nam');
    expect(names('KOR')).toContain('Republic of Korea');
    expect(names('NLD')).toContain('Kingdom of the Netherlands');
    expect(names('CIV')).toContain('Côte d’Ivoire');
    expect(names('TUR')).toContain('Türkiye');
    expect(names('LAO')).toContain('Lao PDR');
    expect(delegation('VEN').formal).toBe('the Bolivarian Republic of Venezuela');
  });

  test('no name in running text is ambiguous between two states or written as "X, Republic of"', () => {
    const owner = new Map<string, string>();
    for (const s of STATES) {
      for (const n of s.names) {
        expect(n, `${s.code}: ${n}`).not.toMatch(/[,()]/);
        expect(owner.get(n) ?? s.code, `"${n}" names ${owner.get(n)} and ${s.code}`).toBe(s.code);
        owner.set(n, s.code);
      }
    }
  });
});

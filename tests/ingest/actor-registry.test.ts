import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { registry } from '../fixtures/ingest/pipeline-input';

const code = (name: string) => registry().resolve(name)?.actor.code ?? null;

describe('data/actors.yaml', () => {
  const entries = parse(readFileSync('data/actors.yaml', 'utf8')) as { code: string; iso?: string; kind: string; region?: string; eu?: boolean }[];
  const members = entries.filter((e) => e.kind === 'state' && !['VAT', 'PSE'].includes(e.code));

  test('lists the 193 UN member states, each with an ISO alpha-3 code (Namibia’s, NAM, in `iso`: NAM is the Non-Aligned Movement) and a UN regional group', () => {
    expect(members).toHaveLength(193);
    expect(new Set(members.map((m) => m.code)).size).toBe(193);
    for (const m of members) expect([m.iso ?? m.code, m.region]).toEqual([expect.stringMatching(/^[A-Z]{3}$/), expect.stringMatching(/^(African|Asia-Pacific|Eastern European|GRULAC|WEOG)$/)]);
    const byRegion: Record<string, number> = {};
    for (const m of members) byRegion[m.region!] = (byRegion[m.region!] ?? 0) + 1;
    expect(byRegion).toEqual({ African: 54, 'Asia-Pacific': 54, 'Eastern European': 23, GRULAC: 33, WEOG: 29 });
  });

  test('marks the 27 EU members and has the EU, groups and roles', () => {
    expect(members.filter((m) => m.eu).map((m) => m.code).sort()).toHaveLength(27);
    const kinds = new Map(entries.map((e) => [e.code, e.kind]));
    expect([kinds.get('EU'), kinds.get('NAM'), kinds.get('ARAB-GROUP'), kinds.get('AU'), kinds.get('ASEAN'), kinds.get('OAS'), kinds.get('G77')]).toEqual(['eu', 'group', 'group', 'group', 'group', 'organisation', 'group']);
    expect([kinds.get('CHAIR'), kinds.get('SECRETARIAT'), kinds.get('BRIEFER-UNIDIR')]).toEqual(['chair', 'secretariat', 'briefer']);
  });

  test('codes are unique', () => {
    expect(new Set(entries.map((e) => e.code)).size).toBe(entries.length);
  });
});

describe('registry.resolve(name)', () => {
  test.each([
    ['the Islamic Republic of Iran', 'IRN'],
    ['the Bolivarian Republic of Venezuela', 'VEN'],
    ['Kingdom of Netherlands', 'NLD'],
    ['Republic of Korea', 'KOR'],
    ["the Democratic People's Republic of Korea", 'PRK'],
    ['DPRK', 'PRK'],
    ['Lao PDR', 'LAO'],
    ['Côte d’Ivoire', 'CIV'],
    ["Cote d'Ivoire", 'CIV'],
    ['Côte d‘Ivoire', 'CIV'],
    ['Viet Nam', 'VNM'],
    ['Türkiye', 'TUR'],
    ['Russian Federation', 'RUS'],
    ['Syrian Arab Republic', 'SYR'],
    ["People's Republic of China", 'CHN'],
    ['Republic of Belarus', 'BLR'],
    ['Congo', 'COG'],
    ['Democratic Republic of Congo', 'COD'],
    ['the Republic of Nicaragua', 'NIC'],
    ['Representative of Argentina', 'ARG'],
    ['the EU and its member states', 'EU'],
    ['Non-Aligned Movement', 'NAM'],
    ['Ambassador Gafoor', 'CHAIR'],
    ['Namibia', 'NAMIBIA'],
    ['NAM', 'NAM'],
    ['Mr. President', 'CHAIR'],
  ])('"%s" is %s', (name, expected) => expect(code(name)).toBe(expected));

  test('never guesses: a slip does not resolve exactly', () => {
    expect(code('Columbia')).toBeNull();
  });
});

describe('registry.resolveNear(name)', () => {
  test('accepts a unique close spelling, flagged near', () => {
    expect(registry().resolveNear('Columbia')).toMatchObject({ actor: { code: 'COL' }, near: true });
  });

  test('refuses short names and ties ("Irak" is as close to Iran as to Iraq)', () => {
    expect(registry().resolveNear('Irak')).toBeNull();
    expect(registry().resolveNear('Speaker 1')).toBeNull();
  });

  test('soundsLike accepts a slip only for the actor the context expects', () => {
    expect(registry().soundsLike('Chiquilla', 'CZE' as never)).toBe(true);
    expect(registry().soundsLike('Chiquilla', 'KEN' as never)).toBe(false);
    expect(registry().soundsLike('Excellency', 'ECU' as never)).toBe(false);
  });
});

describe('registry.carriesStances(code)', () => {
  test('the Chair, the secretariat and briefers never carry stances; states, the EU, groups and organisations do', () => {
    const r = registry();
    expect(['CHAIR', 'SECRETARIAT', 'BRIEFER-UNIDIR'].map((c) => r.carriesStances(c as never))).toEqual([false, false, false]);
    expect(['FRA', 'EU', 'NAM', 'OAS'].map((c) => r.carriesStances(c as never))).toEqual([true, true, true, true]);
  });
});

describe('registry.resolve(label) with a description around the name', () => {
  test.each([
    ['Brazil (Ambassador Ana Costa)', 'BRA'],
    ['Ambassador Ana Costa (Brazil)', 'BRA'],
    ['Mr. John Smith, United Kingdom', 'GBR'],
    ['Iran (Islamic Republic of)', 'IRN'],
  ])('"%s" is %s', (name, expected) => expect(code(name)).toBe(expected));
});

describe('registry.capitalOf / registry.demonymOf (the world-countries data)', () => {
  test('a capital names its state, through the same codes as names (Windhoek is Namibia, not the NAM)', () => {
    const r = registry();
    expect(['Canberra', 'Brasilia', 'Brasília', 'Washington', 'Windhoek'].map((n) => r.capitalOf(n))).toEqual(['AUS', 'BRA', 'BRA', 'USA', 'NAMIBIA']);
    expect(['Geneva', 'New York', 'Europe'].map((n) => r.capitalOf(n))).toEqual([undefined, undefined, undefined]);
  });

  test('an adjective names its state unless two states share it', () => {
    const r = registry();
    expect(['Peruvian', 'Malagasy', 'Namibian', 'Swiss'].map((n) => r.demonymOf(n))).toEqual(['PER', 'MDG', 'NAMIBIA', 'CHE']);
    expect(['Congolese', 'Dominican', 'European'].map((n) => r.demonymOf(n))).toEqual([undefined, undefined, undefined]);
  });
});

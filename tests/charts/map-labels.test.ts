import { describe, expect, test } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { sessionWindow } from '../../src/analysis/session-window';
import { labelledPaths, mapLabels } from '../../src/charts/map/map-labels';
import type { MapPath } from '../../src/charts/map/map-model';
import type { MapScales } from '../../src/charts/map/MapRender';
import { actorCode } from '../../src/shared/ids';

// 1 unit = 1 px, so points are given in pixels.
const scales: MapScales = { x: scaleLinear().domain([0, 100]).range([0, 100]), y: scaleLinear().domain([0, 100]).range([0, 100]), unit: 1 };

function at(actor: string, x: number, y: number, chosen = false): MapPath {
  const point = { window: sessionWindow(1, 1), label: 'S1-S1', x, y };
  return { actor: actorCode(actor), name: actor, points: [point], current: point, chosen };
}

describe('mapLabels(paths, scales)', () => {
  test('a lone point is labelled to its right', () => {
    expect(mapLabels([at('DEU', 10, 50)], scales)).toEqual([{ key: 'DEU', x: 17, y: 54, anchor: 'start', text: 'DEU', chosen: false }]);
  });

  test('coinciding points share one label, chosen first', () => {
    const [label, ...rest] = mapLabels([at('FRA', 10, 50), at('DEU', 12, 52), at('NLD', 10, 50, true)], scales);
    expect(rest).toEqual([]);
    expect(label).toMatchObject({ text: 'NLD, DEU, FRA', chosen: true });
  });

  const overlaps = (labels: ReturnType<typeof mapLabels>) => {
    const box = (l: (typeof labels)[number]) => {
      const x0 = l.anchor === 'start' ? l.x : l.x - l.text.length * 7;
      return { x0, x1: x0 + l.text.length * 7, y0: l.y - 10, y1: l.y + 2 };
    };
    const found: string[] = [];
    labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => {
      const p = box(a);
      const q = box(b);
      if (!(p.x1 <= q.x0 || q.x1 <= p.x0 || p.y1 <= q.y0 || q.y1 <= p.y0)) found.push(`${a.text}/${b.text}`);
    }));
    return found;
  };

  test('a label that would overlap another goes to the left instead', () => {
    const labels = mapLabels([at('AAA', 50, 50), at('BBB', 50, 58)], scales);
    expect(labels.map((l) => [l.text, l.anchor])).toEqual([['AAA', 'start'], ['BBB', 'end']]);
    expect(overlaps(labels)).toEqual([]);
  });

  test('in a crowd no two labels overlap: those without room are left out', () => {
    const crowd = [0, 1, 2, 3, 4, 5].flatMap((i) => [0, 1, 2].map((j) => at(`X${i}${j}`, 40 + 8 * j, 40 + 8 * i)));
    const labels = mapLabels(crowd, scales);
    expect(overlaps(labels)).toEqual([]);
    expect(labels.length).toBeLessThan(crowd.length);
  });

  test('a label that must show (chosen, hovered) is kept even without room', () => {
    const crowd = [0, 1, 2, 3, 4, 5].flatMap((i) => [0, 1, 2].map((j) => at(`X${i}${j}`, 40 + 8 * j, 40 + 8 * i)));
    const room = [...crowd, at('FFF', 56, 64, true)];
    const hasFFF = (labels: ReturnType<typeof mapLabels>) => labels.some((l) => l.text.split(', ').includes('FFF'));
    expect(hasFFF(mapLabels(room, scales))).toBe(false);
    expect(hasFFF(mapLabels(room, scales, (p) => p.chosen))).toBe(true);
  });
});

describe('labelledPaths(paths, labelAll, hover)', () => {
  const paths = [at('AAA', 0, 0), at('BBB', 0, 0, true), at('CCC', 0, 0)];
  test('labels the chosen and the hovered, hovered first; all when asked', () => {
    expect(labelledPaths(paths, false, 'CCC').map((p) => p.actor)).toEqual(['CCC', 'BBB']);
    expect(labelledPaths(paths, true, null).map((p) => p.actor)).toEqual(['BBB', 'AAA', 'CCC']);
  });
});

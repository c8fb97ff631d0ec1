// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { agreementMatrix } from '../../src/analysis/agreement-matrix';
import { agreementEstimates } from '../../src/analysis/matrix-intervals';
import { formatInterval } from '../../src/charts/heatmap/heatmap-format';
import { HeatmapContainer } from '../../src/charts/heatmap/HeatmapContainer';
import { heatmapModel } from '../../src/charts/heatmap/heatmap-model';
import { format, lbi, room, veto } from '../analysis/fixtures';

const issues = [lbi, veto, format];
const positions = room(
  {
    AAA: { [lbi.id]: 'support', [veto.id]: 'support', [format.id]: 'hybrid' },
    BBB: { [lbi.id]: 'open', [veto.id]: 'support', [format.id]: 'hybrid' },
    CCC: { [lbi.id]: 'oppose', [veto.id]: 'oppose', [format.id]: 'hybrid' },
    DDD: { [lbi.id]: 'support', [veto.id]: 'oppose', [format.id]: 'in-person' },
  },
  issues,
);
const estimates = agreementEstimates(positions, issues);
const complete = agreementMatrix(positions, issues);
const model = heatmapModel(estimates, estimates.actors);

function pointAtAaaBbb() {
  fireEvent.mouseOver(document.querySelector('[data-row=AAA][data-col=BBB]')!);
  return screen.getByTestId('heatmap-details').querySelector('[data-field=chance-corrected]')!.textContent!;
}

describe('HeatmapContainer on a model of point estimates (model.intervalsPending)', () => {
  test('heatmapModel carries the flag of the matrix it is built from', () => {
    expect(model.intervalsPending).toBe(true);
    expect(heatmapModel(complete, complete.actors).intervalsPending).toBeUndefined();
  });

  test('the details say the interval of CA is being computed, not that there is none', () => {
    render(<HeatmapContainer model={model} nameOf={(c) => c} label="Agreement" />);
    const text = pointAtAaaBbb();
    expect(text).toMatch(/being computed/);
    expect(text).not.toMatch(/no interval/);
  });

  test('given the complete matrix, the details show its interval for the pair', () => {
    render(<HeatmapContainer model={model} nameOf={(c) => c} label="Agreement" complete={complete} />);
    const interval = complete.pairs.find((p) => p.a === 'AAA' && p.b === 'BBB')!.chanceCorrectedInterval;
    expect(interval).toBeDefined();
    expect(pointAtAaaBbb()).toContain(`95% interval ${formatInterval(interval)}`);
  });
});

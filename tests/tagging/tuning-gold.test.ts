// The tagger on the later development sets it was tuned on (tests/gold/dev2, dev3, dev4, dev6, dev7, dev8, dev10, dev12, dev13, dev15, dev17, dev19, dev20, dev22, dev24, dev25, dev27, dev28, dev30, dev32, dev34, dev37:
// written documents, each with its own sources.yaml and hand-labelled gold): floors under the
// level reached, so a rule change that costs accuracy there fails here. The unseen sets
// (tests/heldout, and any newer set not tuned on) are measured with `npm run eval`, never
// held to a floor.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runPipeline } from '../../scripts/pipeline/run-pipeline';
import { evaluate, parseGold } from '../../scripts/tagging/evaluate';
import { readPipelineInput, ROOT } from '../../scripts/tagging/pipeline-input';

/** micro-F1 and precision floors, a little under what was reached when they were set. */
const SETS = [
  { name: 'dev2', f1: 0.95, precision: 0.95 },
  { name: 'dev3', f1: 0.95, precision: 0.95 },
  // Tuned on from the fifth round (0.889 and 0.959 then; 0.912 and 0.966 after the sixth).
  { name: 'dev4', f1: 0.89, precision: 0.95 },
  { name: 'dev6', f1: 0.87, precision: 0.93 },
  // Tuned on from the sixth round (0.825 and 0.951, 0.830 and 0.927 then; 0.867 and 0.960,
  // 0.902 and 0.945 after the seventh).
  { name: 'dev7', f1: 0.83, precision: 0.93 },
  { name: 'dev8', f1: 0.86, precision: 0.91 },
  // Tuned on from the seventh round (0.753 and 0.905, 0.717 and 0.847 untuned; 0.888 and 0.968,
  // 0.832 and 0.912 after it).
  { name: 'dev10', f1: 0.86, precision: 0.94 },
  // dev12, dev13, dev19, dev22: 0.880 and 0.968, 0.931 and 0.982, 0.848 and 0.939, 0.829 and
  // 0.927 once a group named by its members is the group (twelfth round).
  { name: 'dev12', f1: 0.84, precision: 0.94 },
  // Tuned on from the eighth round (0.740 and 0.784 untuned; 0.861 and 0.874 after it).
  { name: 'dev13', f1: 0.89, precision: 0.95 },
  // Tuned on from the ninth round (0.847 and 0.961, 0.696 and 0.936 untuned; 0.981 and 0.994,
  // 0.829 and 0.971 after it).
  { name: 'dev15', f1: 0.96, precision: 0.97 },
  { name: 'dev17', f1: 0.8, precision: 0.94 },
  // Tuned on in the tenth round (0.646 and 0.807 untuned; 0.769 and 0.867 after it; 0.797 and
  // 0.874 after the eleventh).
  { name: 'dev19', f1: 0.81, precision: 0.91 },
  // Tuned on in the eleventh round (0.730 and 0.952, 0.751 and 0.903 untuned; 0.885 and 0.955,
  // 0.812 and 0.899 after it).
  { name: 'dev20', f1: 0.85, precision: 0.93 },
  { name: 'dev22', f1: 0.8, precision: 0.9 },
  // Tuned on in the twelfth round (0.621 and 0.846 untuned; 0.762 and 0.918 after it; 0.791 and
  // 0.923 after the thirteenth; 0.852 and 0.936 after the fourteenth, which read its tables).
  { name: 'dev24', f1: 0.82, precision: 0.9 },
  // Tuned on in the thirteenth round (0.543 and 0.912 untuned; 0.830 and 0.972 after it).
  { name: 'dev25', f1: 0.79, precision: 0.93 },
  // Tuned on in the fourteenth round (0.660 and 0.680 untuned; 0.957 and 0.980 after it).
  { name: 'dev27', f1: 0.92, precision: 0.95 },
  // Tuned on in the fourteenth round (0.794 and 0.949 untuned; 0.936 and 0.986 after it).
  { name: 'dev28', f1: 0.9, precision: 0.95 },
  // Tuned on in the fifteenth round (0.652 and 0.883 untuned; 0.914 and 0.971 after it).
  { name: 'dev30', f1: 0.88, precision: 0.95 },
  // Tuned on in the fifteenth round (0.779 and 0.892 untuned; 0.919 and 0.986 after it).
  { name: 'dev32', f1: 0.88, precision: 0.95 },
  // Tuned on in the sixteenth round (0.865 and 0.903 untuned; 0.928 and 0.959 after it).
  { name: 'dev34', f1: 0.9, precision: 0.93 },
  // Tuned on in the seventeenth round (0.646 and 0.894 untuned; 0.771 and 0.931 after it).
  { name: 'dev37', f1: 0.75, precision: 0.9 },
];

describe.each(SETS)('the tagger on the $name gold', ({ name, f1, precision }) => {
  test(`keeps micro-F1 >= ${f1} and precision >= ${precision}`, async () => {
    const dir = join(ROOT, 'tests', 'gold', name);
    const gold = parseGold(readFileSync(join(dir, 'gold.jsonl'), 'utf8'));
    expect(gold.problems).toEqual([]);
    const output = await runPipeline(await readPipelineInput(join(dir, 'raw')));
    const result = evaluate(output.dataset!, gold.units);
    expect(result.overall.f1).toBeGreaterThanOrEqual(f1);
    expect(result.overall.precision).toBeGreaterThanOrEqual(precision);
  }, 120_000);
});

// The user's corrections as data/overrides.yaml entries, which the build applies on top of
// the tagger. The YAML library is loaded only when the user exports.
import type { DatasetIndex } from '../../shared/dataset-index';
import type { Correction } from '../../shared/notes-schema';
import type { Override } from '../../shared/overrides-schema';

export function overridesOf(corrections: Correction[], by: string): Override[] {
  return corrections.map((c) => ({
    statement: c.statement,
    actor: c.actor,
    issue: c.issue,
    action: c.action,
    position: c.position,
    value: c.value,
    reason: c.reason,
    by,
  }));
}

export async function overridesYaml(corrections: Correction[], index: DatasetIndex): Promise<string> {
  const { stringify } = await import('yaml');
  const header = `# Corrections exported from Common Ground (dataset ${index.dataset.contentHash.slice(0, 12)}).\n# Append these entries to data/overrides.yaml and rebuild.\n`;
  return header + stringify(overridesOf(corrections, 'dashboard user'));
}

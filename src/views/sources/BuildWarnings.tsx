// What the build could not read (unknown speakers, unreadable files), one "file:line:
// message" per line, folded away so it informs without crowding the page.
import type { BuildWarning } from '../../shared/dataset-schema';
import { plural } from '../../components/format';
import { warningText } from './documents-model';

export function BuildWarnings({ warnings }: { warnings: readonly BuildWarning[] }) {
  if (warnings.length === 0) {
    return (
      <p className="muted" data-testid="build-warnings">
        The build read every document without a warning.
      </p>
    );
  }
  return (
    <details className="build-warnings" data-testid="build-warnings">
      <summary>
        {plural(warnings.length, 'warning')}: what the build could not read
      </summary>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>
            <code>{warningText(w)}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}

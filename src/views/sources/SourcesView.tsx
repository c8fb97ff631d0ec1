// Sources: search every statement, the documents of the record, and what the build could
// not read. Each document opens in the reader (/sources/<document id>).
import { Coverage } from '../../components/Coverage';
import { useFullWindow } from '../../queries/use-analysis';
import { useDatasetIndex } from '../../queries/use-dataset';
import { BuildWarnings } from './BuildWarnings';
import { SourceDocuments } from './SourceDocuments';
import { StatementSearch } from './StatementSearch';
import './sources.css';

export function SourcesView() {
  const index = useDatasetIndex();
  const window = useFullWindow();
  return (
    <section className="sources">
      <h1>Sources</h1>
      <Coverage index={index} window={window} />
      <StatementSearch index={index} />
      <SourceDocuments index={index} />
      <h2>Build warnings</h2>
      <BuildWarnings warnings={index.dataset.warnings} />
    </section>
  );
}

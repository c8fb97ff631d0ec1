// Where a note points, as a label and a link.
import type { DatasetIndex } from '../../shared/dataset-index';
import type { NoteTarget } from '../../shared/notes-schema';

export function targetLabel(target: NoteTarget, index: DatasetIndex): string {
  switch (target.kind) {
    case 'actor':
      return index.actor.get(target.id)?.name ?? target.id;
    case 'issue':
      return index.issue.get(target.id)?.label ?? target.id;
    case 'statement': {
      const s = index.statement.get(target.id);
      return s ? `${s.speaker || s.authors.join(', ')} in ${index.document.get(s.document)?.title ?? s.document}` : target.id;
    }
    case 'stance': {
      const st = index.dataset.stances.find((x) => x.id === target.id);
      return st ? `${st.actors.join(', ')} on ${index.issue.get(st.issue)?.label ?? st.issue}` : target.id;
    }
  }
}

export function targetHref(target: NoteTarget, index: DatasetIndex): string {
  switch (target.kind) {
    case 'actor':
      return `/delegation/${encodeURIComponent(target.id)}`;
    case 'issue':
      return `/issue/${encodeURIComponent(target.id)}`;
    case 'statement': {
      const s = index.statement.get(target.id);
      return s ? `/sources/${encodeURIComponent(s.document)}#${encodeURIComponent(s.id)}` : '/sources';
    }
    case 'stance': {
      const st = index.dataset.stances.find((x) => x.id === target.id);
      return st ? `/sources/${encodeURIComponent(st.document)}#${encodeURIComponent(st.statement)}` : '/sources';
    }
  }
}

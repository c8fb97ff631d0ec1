// What a writer returns: the document's text, its title, and the stances it expresses.
import type { EmittedStance } from '../compose/stance-record';

export interface WrittenDocument {
  text: string;
  title: string;
  stances: EmittedStance[];
}

import { createContext } from '@lit/context';
import type { CivicDocument, Problem } from '../core/document';
import type { LoadError } from './load';

/** What a `<civic-data>` provides to the elements inside it. */
export type DocumentState =
  | { status: 'idle' }
  | { status: 'loading'; url?: string }
  | { status: 'ready'; document: CivicDocument; warnings: Problem[]; url?: string }
  | { status: 'error'; error: LoadError; url?: string };

/** The context key; shared by every copy of the library through its string name. */
export const documentContext = createContext<DocumentState>(Symbol.for('civicstat.document'));

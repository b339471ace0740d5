import { ContextRoot, createContext } from '@lit/context';
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

const ROOT_FLAG = Symbol.for('civicstat.contextRoot');

/**
 * Makes late providers work: an element that asks for the document before its
 * `<civic-data>` is upgraded (scripts loaded in an unusual order, markup added by a CMS
 * widget) gets it as soon as the provider appears. Attached once per page, whatever
 * number of copies of the library it has.
 */
export function ensureContextRoot(): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement as HTMLElement & { [ROOT_FLAG]?: boolean };
  if (root[ROOT_FLAG]) return;
  root[ROOT_FLAG] = true;
  new ContextRoot().attach(root);
}

/**
 * `civicstat/core`: the DOM-free logic (parsing, rules, formatting, certification
 * evaluation, built-in programs) plus `loadDocument`, usable in Node and browsers.
 */
export * from './core/index';
export {
  loadDocument,
  clearDocumentCache,
  documentFromText,
  documentFromValue,
  absoluteUrl,
  LoadError,
  DEFAULT_TIMEOUT,
  type LoadErrorKind,
  type LoadedDocument,
  type LoadOptions,
} from './data/load';

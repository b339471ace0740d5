/** `civicstat/data.js`: defines `<civic-data>` and nothing else. */
import { CivicData } from './data/civic-data';
import { defineElement } from './ui/define';

defineElement('civic-data', CivicData);

export { CivicData };
export { loadDocument, LoadError } from './data/load';
export { documentContext, type DocumentState } from './data/context';

import { languageOf, type UiLanguage } from '../../core/format';
import { en, type Strings } from './en';

/**
 * UI strings. English is built in; Spanish and French are modules of their own, fetched
 * (from beside the library's file) the first time an element shows that language, so that a
 * page in one language does not download the others. `loadStrings` starts that fetch and
 * `stringsFor` answers English until it has arrived; elements show their loading state
 * meanwhile (see CivicElement). Node entry points register every table up front (./all).
 */
const tables: Partial<Record<UiLanguage, Strings>> = { en };
const pending = new Map<UiLanguage, Promise<void>>();
const loaders: Record<Exclude<UiLanguage, 'en'>, () => Promise<Strings>> = {
  es: () => import('./es').then((m) => m.es),
  fr: () => import('./fr').then((m) => m.fr),
};
/** What the loading state says while a language's strings are on their way. */
const loadingWords: Record<UiLanguage, string> = { en: en.loading, es: 'Cargando…', fr: 'Chargement…' };
const waiting = new Map<UiLanguage, Strings>();
const NAMES: Record<UiLanguage, string> = { en: 'English', es: 'Spanish', fr: 'French' };

/** The UI strings for a locale; English for languages without a table or whose table has not arrived. */
export function stringsFor(locale: string): Strings {
  const language = languageOf(locale);
  const table = tables[language];
  if (table) return table;
  let fallback = waiting.get(language);
  if (!fallback) waiting.set(language, (fallback = { ...en, loading: loadingWords[language] }));
  return fallback;
}

/**
 * Fetches a locale's strings when they are not here yet: undefined when they are, else a
 * promise that settles once `stringsFor` has them. A table that cannot be fetched (a page
 * that serves the library's file but not the files beside it) leaves English in its place.
 */
export function loadStrings(locale: string): Promise<void> | undefined {
  const language = languageOf(locale);
  if (tables[language] || language === 'en') return undefined;
  let promise = pending.get(language);
  if (!promise) {
    promise = loaders[language]().then(
      (table) => {
        tables[language] = table;
      },
      (error: unknown) => {
        tables[language] = en;
        // A page that serves the library's file but not the files beside it: worth a line in the console.
        console.warn(`civicstat: the ${NAMES[language]} strings could not be loaded (${String((error as Error)?.message ?? error)}); showing English`);
      },
    );
    pending.set(language, promise);
  }
  return promise;
}

/** Makes a table available at once (server rendering, the CLI). */
export function registerStrings(language: UiLanguage, table: Strings): void {
  tables[language] = table;
}

export type { Strings };

/**
 * The city's own words for the measure statuses (SPEC §2 `statusLabels`): which set of words
 * applies to an element in a given language. Elements and the server renderer ask here; the
 * word for each status then comes from the set, or from the library's strings when the city
 * gives none for that status.
 */
import type { StatusLabels, StatusWords } from './document';

/** A set of the city's status words, and the language they are written in (when known). */
export interface PickedStatusLabels {
  words: StatusWords;
  /** The tag of the per-locale entry, or the document's locale for the flat form; undefined when unknown. */
  lang: string | undefined;
}

const lower = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();
const primary = (tag: string) => lower(tag).split('-')[0]!;

/**
 * The status words for an element in `locale` (a BCP 47 tag such as `es-MX`):
 * - the flat form applies to every language (its words are in `documentLang`, the
 *   document's `jurisdiction.locale`);
 * - of the per-locale form, the entry of exactly that tag (`es-MX`), else the entry of its
 *   language alone (`es`), else the first entry of the same language (`es-419` for `es-MX`);
 * - undefined when no entry fits, or the document gives no words: the library's words apply.
 */
export function statusLabelsFor(labels: StatusLabels | undefined, locale: string, documentLang?: string): PickedStatusLabels | undefined {
  if (!labels) return undefined;
  if (labels.all) return { words: labels.all, lang: documentLang };
  const byLocale = labels.byLocale;
  if (!byLocale) return undefined;
  const tags = Object.keys(byLocale);
  const wanted = lower(locale);
  const language = primary(locale);
  const tag =
    tags.find((t) => lower(t) === wanted) ?? tags.find((t) => lower(t) === language) ?? tags.find((t) => primary(t) === language);
  return tag === undefined ? undefined : { words: byLocale[tag]!, lang: tag };
}

import { languageOf } from '../../core/format';
import { en, type Strings } from './en';
import { es } from './es';
import { fr } from './fr';

const tables: Record<'en' | 'es' | 'fr', Strings> = { en, es, fr };

/** The UI strings for a locale (English for languages without a table). */
export function stringsFor(locale: string): Strings {
  return tables[languageOf(locale)];
}

export type { Strings };

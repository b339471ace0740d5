import { VERSION } from '../version';

const warned = new Set<string>();

/**
 * Defines a custom element unless the tag is already taken. Pages often load a library
 * twice (a CMS block and a theme, two versions): the first definition wins, the second
 * copy warns once in the console and never throws.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === ctor) return;
  if (existing) {
    if (!warned.has(tag)) {
      warned.add(tag);
      const other = (existing as { civicstatVersion?: string }).civicstatVersion;
      console.warn(
        `civicstat ${VERSION}: <${tag}> is already defined${other ? ` by civicstat ${other}` : ' by another script'}; keeping that definition.`,
      );
    }
    return;
  }
  try {
    customElements.define(tag, ctor);
  } catch (error) {
    // Another copy won a race between get() and define(): same outcome, same single warning.
    if (!warned.has(tag)) {
      warned.add(tag);
      console.warn(`civicstat ${VERSION}: could not define <${tag}>: ${(error as Error).message}`);
    }
  }
}

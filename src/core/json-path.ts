/**
 * JSON paths as people read them: `measures[3].values[2].value`, with keys that are not
 * plain identifiers quoted: `certifications[0].criteria["open-data"]`. The root is ``.
 */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (IDENTIFIER.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** Converts a JSON Pointer (`/measures/0/values`) into a path in the format above. */
export function pathFromPointer(pointer: string): string {
  if (!pointer) return '';
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<string>((path, part) => childPath(path, /^(0|[1-9]\d*)$/.test(part) ? Number(part) : part), '');
}

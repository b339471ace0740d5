/**
 * The small toolkit the document parser is written with: read a field of the expected
 * type, or record a problem with its JSON path and a plain sentence. It never throws on
 * bad input and never reads inherited properties (a page may have poisoned
 * `Object.prototype`; a document may contain `__proto__` keys).
 */
import type { Problem } from './document';
import { childPath } from './json-path';
import { isIsoDate, isPeriod } from './period';
import { safeUrl } from './url';

export type JsonObject = Record<string, unknown>;

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const hasOwn = (obj: object, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

/** Describes a value for a message: `"12"`, `null`, `a list`, `an object`, `true`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Longest message kept whole; text from the document is quoted and cut by `describeValue`. */
const MAX_MESSAGE = 1000;
const LINE_BREAK_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * A message as one line of reasonable length (`civicstat validate` prints one line per
 * problem): line breaks, which JSON.stringify leaves alone in U+2028 and U+2029, are escaped.
 */
function oneLine(message: string): string {
  const flat = message.replace(/[\n\r\u2028\u2029]/g, (c) => LINE_BREAK_ESCAPES[c]!);
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE - 1)}…` : flat;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface FieldOptions {
  required?: boolean;
}

export class Reader {
  readonly problems: Problem[] = [];
  readonly warnings: Problem[] = [];

  error(path: string, message: string): void {
    this.problems.push({ path, message: oneLine(message), severity: 'error' });
  }

  warn(path: string, message: string): void {
    this.warnings.push({ path, message: oneLine(message), severity: 'warning' });
  }

  /** The value at `obj[key]` when it is the object's own; undefined otherwise. */
  get(obj: JsonObject, key: string): unknown {
    return hasOwn(obj, key) ? obj[key] : undefined;
  }

  private present(obj: JsonObject, key: string, path: string, options: FieldOptions): boolean {
    if (hasOwn(obj, key) && obj[key] !== undefined) return true;
    if (options.required) this.error(childPath(path, key), 'required field is missing');
    return false;
  }

  /** Checks that `value` is an object; warns about fields not in `known`. */
  object(value: unknown, path: string, known: readonly string[], what = 'an object'): JsonObject | undefined {
    if (!isObject(value)) {
      this.error(path, `expected ${what}, got ${describeValue(value)}`);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) this.warn(childPath(path, key), `unknown field ${describeValue(key)} is ignored`);
    }
    return value;
  }

  string(obj: JsonObject, key: string, path: string, options: FieldOptions = {}): string | undefined {
    if (!this.present(obj, key, path, options)) return undefined;
    const value = obj[key];
    if (typeof value === 'string' && (value.trim() !== '' || !options.required)) return value;
    this.error(
      childPath(path, key),
      typeof value === 'string' ? 'must not be empty' : `expected text, got ${describeValue(value)}`,
    );
    return undefined;
  }

  boolean(obj: JsonObject, key: string, path: string, options: FieldOptions = {}): boolean | undefined {
    if (!this.present(obj, key, path, options)) return undefined;
    const value = obj[key];
    if (typeof value === 'boolean') return value;
    this.error(childPath(path, key), `expected true or false, got ${describeValue(value)}`);
    return undefined;
  }

  number(
    obj: JsonObject,
    key: string,
    path: string,
    options: FieldOptions & { min?: number; max?: number; integer?: boolean } = {},
  ): number | undefined {
    if (!this.present(obj, key, path, options)) return undefined;
    return this.numberValue(obj[key], childPath(path, key), options);
  }

  numberValue(value: unknown, path: string, options: { min?: number; max?: number; integer?: boolean } = {}) {
    const kind = options.integer ? 'a whole number' : 'a number';
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.error(path, `expected ${kind}, got ${describeValue(value)}`);
      return undefined;
    }
    if (options.integer && !Number.isInteger(value)) {
      this.error(path, `expected a whole number, got ${value}`);
      return undefined;
    }
    if (options.min !== undefined && value < options.min) {
      this.error(path, `must be at least ${options.min}, got ${value}`);
      return undefined;
    }
    if (options.max !== undefined && value > options.max) {
      this.error(path, `must be at most ${options.max}, got ${value}`);
      return undefined;
    }
    return value;
  }

  slug(obj: JsonObject, key: string, path: string, options: FieldOptions = {}): string | undefined {
    const value = this.string(obj, key, path, options);
    if (value === undefined) return undefined;
    if (!SLUG.test(value)) {
      this.error(
        childPath(path, key),
        `expected an id of lower-case letters, digits and hyphens (like "fire-response"), got ${describeValue(value)}`,
      );
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(
    obj: JsonObject,
    key: string,
    path: string,
    values: readonly T[],
    options: FieldOptions = {},
  ): T | undefined {
    if (!this.present(obj, key, path, options)) return undefined;
    const value = obj[key];
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
    this.error(childPath(path, key), `expected one of ${values.map((v) => `"${v}"`).join(', ')}, got ${describeValue(value)}`);
    return undefined;
  }

  date(obj: JsonObject, key: string, path: string, options: FieldOptions = {}): string | undefined {
    const value = this.string(obj, key, path, options);
    if (value === undefined) return undefined;
    if (!isIsoDate(value)) {
      this.error(childPath(path, key), `expected a calendar date like "2026-06-30", got ${describeValue(value)}`);
      return undefined;
    }
    return value;
  }

  period(obj: JsonObject, key: string, path: string, options: FieldOptions = {}): string | undefined {
    const value = this.string(obj, key, path, options);
    if (value === undefined) return undefined;
    if (!isPeriod(value)) {
      this.error(
        childPath(path, key),
        `expected a period like "2024", "FY2024", "2024-Q2", "2024-03" or "2024-03-31", got ${describeValue(value)}`,
      );
      return undefined;
    }
    return value;
  }

  /** A URL: unsafe ones (not http, https or relative) are dropped with a warning. */
  url(obj: JsonObject, key: string, path: string, options: FieldOptions = {}): string | undefined {
    const value = this.string(obj, key, path, options);
    if (value === undefined) return undefined;
    const safe = safeUrl(value);
    if (safe === undefined) {
      this.warn(childPath(path, key), `the link ${describeValue(value)} is not http, https or relative, so it is not shown`);
    }
    return safe;
  }

  array(obj: JsonObject, key: string, path: string, options: FieldOptions = {}): unknown[] | undefined {
    if (!this.present(obj, key, path, options)) return undefined;
    const value = obj[key];
    if (Array.isArray(value)) return value;
    this.error(childPath(path, key), `expected a list, got ${describeValue(value)}`);
    return undefined;
  }

  /** A list of strings (ids, tags). */
  strings(obj: JsonObject, key: string, path: string): string[] {
    const list = this.array(obj, key, path) ?? [];
    const out: string[] = [];
    list.forEach((item, i) => {
      if (typeof item === 'string' && item !== '') out.push(item);
      else this.error(childPath(childPath(path, key), i), `expected text, got ${describeValue(item)}`);
    });
    return out;
  }

  /**
   * The string ids of the objects in the list `obj[key]`, each with its path, read from the
   * raw items (so that an item with other problems still counts) without reporting anything.
   */
  idsIn(obj: JsonObject, key: string, path: string): { id: string; path: string }[] {
    const list = this.get(obj, key);
    if (!Array.isArray(list)) return [];
    const listPath = childPath(path, key);
    const items: { id: string; path: string }[] = [];
    list.forEach((item, i) => {
      const id = isObject(item) ? this.get(item, 'id') : undefined;
      if (typeof id === 'string') items.push({ id, path: childPath(childPath(listPath, i), 'id') });
    });
    return items;
  }

  /** Records duplicate ids among the objects of `obj[key]` (see `idsIn`). */
  uniqueIn(obj: JsonObject, key: string, path: string, what: string): void {
    this.unique(this.idsIn(obj, key, path), what);
  }

  /** Records duplicates among `ids` (each with the path it came from). */
  unique(items: { id: string; path: string }[], what: string): void {
    const seen = new Map<string, string>();
    for (const { id, path } of items) {
      const first = seen.get(id);
      if (first !== undefined) this.error(path, `duplicate ${what} id ${describeValue(id)} (first used at ${first})`);
      else seen.set(id, path);
    }
  }
}

/** A map with no prototype, so that keys such as `__proto__` are plain keys. */
export function emptyMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

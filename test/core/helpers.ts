import { parseDocument } from '../../src/core/parse';
import type { CivicDocument, Problem } from '../../src/core/document';

/** A minimal valid document with `extra` merged in. */
export function doc(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { civicstat: '1.0', jurisdiction: { name: 'City of Testville', locale: 'en-US' }, ...extra };
}

/** Parses and expects success. */
export function parsed(input: unknown): CivicDocument {
  const result = parseDocument(input);
  if (!result.ok) throw new Error(`expected a valid document, got:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  return result.document;
}

/** Parses and expects failure; returns the problems. */
export function problems(input: unknown): Problem[] {
  const result = parseDocument(input);
  if (result.ok) throw new Error('expected problems, but the document is valid');
  return result.problems;
}

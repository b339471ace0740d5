import { es } from './es';
import { fr } from './fr';
import { registerStrings } from './index';

/**
 * For Node entry points (the CLI, `civicstat/server`), which render in any language at once
 * with no fetch: registers every table. (A function, not an import for its side effect, which
 * bundlers drop under the package's `sideEffects`.)
 */
export function registerEveryLanguage(): void {
  registerStrings('es', es);
  registerStrings('fr', fr);
}

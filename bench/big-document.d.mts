/** Types of bench/big-document.mjs, for the TypeScript tests that use it. */
export function makeBigDocument(options?: { measures?: number; periods?: number; goals?: number; seed?: number }): Record<string, unknown>;

export function timeBigDocument(
  parseDocument: (input: unknown) => { ok: boolean; problems?: { path: string; message: string }[] },
  options?: { runs?: number; measures?: number; periods?: number },
): { measures: number; periods: number; bytes: number; times: number[]; jsonTimes: number[] };

// Types of scripts/docs-site.mjs, for the tests that import it.
export function docPages(dir?: string): string[];
export function liveBlocks(markdown: string): string[];
export function liveExamples(dir?: string): { page: string; index: number; html: string }[];

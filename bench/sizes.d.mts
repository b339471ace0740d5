/** A row of the size table (sizes in bytes; goal and ceiling in KB of min+gzip). */
export interface SizeRow {
  label: string;
  budget?: number | undefined;
  ceiling?: number | undefined;
  missing?: boolean;
  files?: string[];
  external?: string[];
  raw?: number;
  gzip?: number;
  brotli?: number;
}
export function staticGraph(entry: string): { files: string[]; external: string[] };
export function sizesOf(files: string[]): { raw: number; gzip: number; brotli: number };
export function bundleRows(root: string): SizeRow[];
export function checkSizes(rows: SizeRow[]): { over: string[]; goals: string[] };
export function kb(bytes: number): string;

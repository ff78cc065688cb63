/** One row of the `npm run bench` table; every suite in bench/suites/ returns a list of them. */
export interface BenchRow {
  name: string;
  value: number | string;
  unit: string;
  /** Human-readable target, e.g. "≤ 50". */
  target?: string;
  /** Whether the target was met; undefined when the row has no target. */
  pass?: boolean;
}

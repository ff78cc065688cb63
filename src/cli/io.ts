/** Where the command line writes and reads; tests pass their own. */
import * as fs from "fs";
import * as path from "path";

export interface Io {
  /** Standard output: text, or the bytes of a .docx (review -o -). */
  out(data: string | Uint8Array): void;
  err(text: string): void;
  /** All of standard input. */
  stdin?(): Promise<Uint8Array>;
  /** Show progress lines ("[2/7] file") on stderr: only when stderr is a terminal. */
  progress?: boolean;
  /** Where a `.termscore.json` playbook is looked for first (default: the current folder). */
  cwd?: string;
}

/**
 * Paragraph numbers in JSON: every object with a 0-based `paragraph` index also gets
 * `paragraphNumber`, the 1-based number the readable report shows ("paragraph 3").
 */
function withParagraphNumbers<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withParagraphNumbers) as T;
  if (!value || typeof value !== "object" || value instanceof Uint8Array) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k] = withParagraphNumbers(v);
    if (k === "paragraph" && typeof v === "number" && Number.isInteger(v)) out.paragraphNumber = v + 1;
  }
  return out as T;
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(withParagraphNumbers(value), null, 2)}\n`;
}

/** The package's version (package.json two folders up, from src/cli and from lib/cli). */
export function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

/**
 * Checking a playbook: JSON syntax, size, the schema (./schema.ts, interpreted here), placeholders
 * and plain text. Every problem is reported, one per line, with its JSON path; a bad playbook is
 * never used in part.
 */
import { playbookSchema, type SchemaNode } from "./schema";
import { PlaybookError, type Playbook, type PlaybookProblem } from "./types";
import { textProblems } from "./text";

/** Largest playbook file accepted, in bytes. */
export const MAX_PLAYBOOK_BYTES = 1024 * 1024;

/** `$.rules["feedback/feedback-rights"].severity` */
export function jsonPath(parts: ReadonlyArray<string | number>): string {
  return "$" + parts.map((p) => (typeof p === "number" ? `[${p}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`)).join("");
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  const t = typeof v;
  return t === "object" ? "an object" : t === "string" ? "a string" : t === "number" ? "a number" : t === "boolean" ? "true or false" : t;
}

function fits(node: SchemaNode, v: unknown): boolean {
  if (node.enum) return node.enum.includes(v as string);
  if (node.type === "object") return !!v && typeof v === "object" && !Array.isArray(v);
  if (node.type === "array") return Array.isArray(v);
  return node.type === undefined || typeof v === node.type;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

function unknownKey(key: string, known: string[]): string {
  const close = known.filter((k) => distance(key.toLowerCase(), k.toLowerCase()) <= Math.max(2, Math.floor(k.length / 4))).sort((a, b) => distance(key, a) - distance(key, b));
  if (close.length) return `unknown key "${key}"; did you mean "${close[0]}"?`;
  return `unknown key "${key}"; expected ${known.length <= 10 ? known.map((k) => `"${k}"`).join(", ") : `one of ${known.length} keys, e.g. "${known[0]}"`}`;
}

const list = (values: ReadonlyArray<unknown>): string => values.map((v) => JSON.stringify(v)).join(", ");

/** Checks `value` against `node`; problems go to `out`. */
function check(root: SchemaNode, node: SchemaNode, value: unknown, path: Array<string | number>, out: PlaybookProblem[]): void {
  if (node.$ref) {
    const name = node.$ref.replace("#/definitions/", "");
    check(root, root.definitions![name], value, path, out);
    return;
  }
  const at = jsonPath(path);
  if (node.anyOf) {
    const branch = node.anyOf.find((b) => fits(b, value)) ?? node.anyOf.find((b) => !b.enum && b.type === (Array.isArray(value) ? "array" : typeof value));
    if (branch) check(root, branch, value, path, out);
    else out.push({ path: at, message: `must be ${node.anyOf.map((b) => (b.enum ? list(b.enum) : `${b.type === "object" ? "an object" : b.type}${b.required ? ` with ${b.required.map((r) => `"${r}"`).join(", ")}` : ""}`)).join(" or ")}, not ${typeName(value)}` });
    return;
  }
  if (node.const !== undefined && value !== node.const) {
    out.push({ path: at, message: `must be ${JSON.stringify(node.const)}, not ${JSON.stringify(value) ?? typeName(value)}` });
    return;
  }
  if (node.enum && !node.enum.includes(value as string)) {
    out.push({ path: at, message: `must be one of ${list(node.enum)}, not ${typeof value === "string" ? JSON.stringify(value) : typeName(value)}` });
    return;
  }
  if (node.type && !fits({ type: node.type }, value)) {
    const want = node.type === "object" ? "an object" : node.type === "array" ? "an array" : node.type === "boolean" ? "true or false" : `a ${node.type}`;
    out.push({ path: at, message: `must be ${want}, not ${typeName(value)}` });
    return;
  }
  if (typeof value === "string" && node.maxLength !== undefined && value.length > node.maxLength) {
    out.push({ path: at, message: `is ${value.length} characters long; at most ${node.maxLength}` });
  }
  if (Array.isArray(value)) {
    if (node.maxItems !== undefined && value.length > node.maxItems) out.push({ path: at, message: `has ${value.length} items; at most ${node.maxItems}` });
    if (node.items) value.forEach((item, i) => check(root, node.items!, item, [...path, i], out));
  }
  if (node.type === "object" && value && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    const props = node.properties ?? {};
    for (const r of node.required ?? []) if (!(r in obj)) out.push({ path: jsonPath([...path, r]), message: "is missing (required)" });
    for (const [k, v] of Object.entries(obj)) {
      if (k in props) check(root, props[k], v, [...path, k], out);
      else if (node.additionalProperties === false) out.push({ path: jsonPath([...path, k]), message: unknownKey(k, Object.keys(props)) });
    }
  }
}

let schema: SchemaNode | null = null;

/** Every problem of a parsed playbook (empty when it is good). */
export function playbookProblems(value: unknown): PlaybookProblem[] {
  schema ??= playbookSchema();
  const out: PlaybookProblem[] = [];
  check(schema, schema, value, [], out);
  out.push(...textProblems(value));
  return out;
}

/** Throws a PlaybookError listing every problem, or returns the playbook. */
export function validatePlaybook(value: unknown, source?: string): Playbook {
  const problems = playbookProblems(value);
  if (problems.length) throw new PlaybookError(problems, source);
  return value as Playbook;
}

/** Where a JSON.parse error is, as "line L, column C" (V8 gives a position or a line and column). */
function whereInJson(text: string, message: string): string {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `line ${lc[1]}, column ${lc[2]}`;
  const pos = /position (\d+)/.exec(message);
  if (!pos) return "";
  const before = text.slice(0, Number(pos[1]));
  const line = before.split("\n").length;
  return `line ${line}, column ${before.length - before.lastIndexOf("\n")}`;
}

/** Parses and checks a playbook file's text (UTF-8 byte length `bytes` when known). */
export function parsePlaybook(text: string, source?: string, bytes = text.length): Playbook {
  if (bytes > MAX_PLAYBOOK_BYTES) {
    throw new PlaybookError([{ path: "$", message: `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a playbook may be at most ${MAX_PLAYBOOK_BYTES / 1024 / 1024} MB` }], source);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const msg = (e as Error).message;
    const where = whereInJson(text, msg);
    throw new PlaybookError([{ path: "$", message: `not valid JSON${where ? ` at ${where}` : ""} (${msg.replace(/^JSON\.parse: /, "").split("\n")[0].replace(/\s*(?:in JSON )?at position \d+.*$|\s*\(line \d+ column \d+\)/, "")})` }], source);
  }
  return validatePlaybook(value, source);
}

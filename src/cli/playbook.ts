/**
 * The playbook of a command-line run: the file given with --playbook, or, as linters do, the first
 * `.termscore.json` in the current folder or a parent folder (--no-playbook: none). A bad playbook
 * stops the run before anything is read or written: every problem on its own line, with its JSON path.
 */
import * as fs from "fs";
import * as path from "path";
import { MAX_PLAYBOOK_BYTES, parsePlaybook, type Playbook } from "../engine/playbook";
import type { Options } from "./args";
import { readFailure } from "./errors";

const PLAYBOOK_FILE = ".termscore.json";

/** The nearest `.termscore.json` from `dir` up to the file system's root, or null. */
function findPlaybook(dir: string): string | null {
  let d = path.resolve(dir);
  for (;;) {
    const candidate = path.join(d, PLAYBOOK_FILE);
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here: look in the parent folder
    }
    const up = path.dirname(d);
    if (up === d) return null;
    d = up;
  }
}

/** Reads and checks a playbook file (throws a PlaybookError or an InputError). */
function readPlaybook(file: string): Playbook {
  let size: number;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    size = st.size;
  } catch (e) {
    throw readFailure(file, e);
  }
  // a file over the limit is refused before it is read
  if (size > MAX_PLAYBOOK_BYTES) return parsePlaybook("", file, size);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw readFailure(file, e);
  }
  return parsePlaybook(text, file, size);
}

/** The playbook for this run and where it came from; null when there is none. */
export function loadPlaybook(o: Options, cwd: string = process.cwd()): { playbook: Playbook; file: string; discovered: boolean } | null {
  if (o.noPlaybook) return null;
  if (o.playbook) return { playbook: readPlaybook(o.playbook), file: o.playbook, discovered: false };
  const found = findPlaybook(cwd);
  return found ? { playbook: readPlaybook(found), file: found, discovered: true } : null;
}

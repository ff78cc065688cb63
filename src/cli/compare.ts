/**
 * `termscore compare OLD.docx NEW.docx`: what the other side changed between the user's last
 * reviewed version and the version they returned (a clean copy, or one with their redlines),
 * judged: deleted or weakened protections, risky insertions, the fate of our suggestions, their
 * comments, and the decision log.
 */
import { formatDecisionLogText, formatRoundText } from "../engine/compare";
import { openDocx } from "../docx/package";
import { compareDocx } from "../docx/rounds";
import type { Options } from "./args";
import { InputError, withFile } from "./errors";
import { displayName, formatOf, readFileBytes } from "./inputs";
import type { Io } from "./io";
import { toJson } from "./io";
import { loadPlaybook } from "./playbook";
import { errorMessage } from "../engine/common/errorMessage";

async function open(file: string) {
  if (file === "-") throw new InputError("compare reads two files; standard input (-) is not supported here");
  if (formatOf(file, false) !== "docx") throw new InputError(`${displayName(file)}: compare reads .docx files`);
  try {
    return await openDocx(readFileBytes(file));
  } catch (e) {
    throw new InputError(withFile(errorMessage(e), displayName(file)));
  }
}

export async function compare(o: Options, io: Io): Promise<number> {
  const [oldFile, newFile] = o.files;
  const pb = loadPlaybook(o, io.cwd);
  if (pb?.discovered && !o.quiet) io.err(`termscore: using the playbook ${pb.file} (--no-playbook to leave it out)\n`);
  const oldPkg = await open(oldFile);
  const newPkg = await open(newFile);
  const analyze = { roles: o.roles, ...(pb ? { playbook: pb.playbook } : {}) };
  const r = await compareDocx(oldPkg, newPkg, { ...(o.author ? { ours: [o.author] } : {}), analyze });
  if (r.log.problem) io.err(`termscore: ${r.log.problem}\n`);
  if (o.json) {
    io.out(toJson({ old: displayName(oldFile), new: displayName(newFile), ours: r.ours, theirAuthors: r.theirAuthors, ...r.report, decisionLog: { decisions: r.log.decisions, ...(r.log.problem ? { problem: r.log.problem } : {}) } }));
  } else if (!o.quiet) {
    io.out(`Compared ${displayName(oldFile)} (your version) with ${displayName(newFile)} (returned).\n\n${formatRoundText(r.report)}\n\n${formatDecisionLogText(r.log.decisions)}\n`);
  }
  return 0;
}

/**
 * `termscore`: the same review on files, from the command line.
 *
 *   termscore scan FILE|FOLDER|-...       readable report (or --json) for .docx, .txt, .md
 *   termscore review FILE.docx|FOLDER|-... [-o OUT.docx|OUTDIR|-]
 *   termscore compare OLD.docx NEW.docx   what the other side changed, judged
 *
 * One module per command (scan.ts, review.ts); options are declared in args.ts.
 * Exit codes: 0 done; 1 risks found at or above --fail-on; 2 bad input or usage.
 */
import { parseArgs } from "./args";
import type { Options } from "./args";
import { describe } from "./errors";
import { readStream } from "./inputs";
import type { Io } from "./io";
import { version } from "./io";
import { compare } from "./compare";
import { review } from "./review";
import { scan } from "./scan";

export type { Io } from "./io";
export { parseArgs } from "./args";
export { textParagraphs } from "./inputs";

/** The real process: progress only when stderr is a terminal. */
function processIo(): Io {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    stdin: () => readStream(process.stdin),
    progress: Boolean(process.stderr.isTTY),
  };
}

const USAGE = `termscore: find and fix contract clauses that let the other side train AI on your work.

Usage:
  termscore scan FILE|FOLDER|- ...       print the report for .docx, .txt and .md files
  termscore review FILE.docx|FOLDER|- ... [-o OUT.docx|OUTDIR|-]
                                         write a redlined copy: tracked changes, comments, addendum
  termscore compare OLD.docx NEW.docx    what the other side changed since your last reviewed
                                         version (a clean copy or their redlines), judged

Options:
  --json                   machine-readable output (one file: an object; several files
                           or a folder: an array of {file, report | error}); for a .docx, scan
                           adds theirChanges and decisionLog
  --fail-on low|medium|high
                           exit 1 when a finding of that severity (or graver) is found
  -q, --quiet              print nothing but errors (the exit code gives the result; --json
                           output is still written)
  --stdin-format docx|txt|md
                           format of standard input (-); default: sniffed (a zip is a .docx,
                           text with "# " headings is Markdown, other text is plain text)
  -o, --output PATH        review: output file (one input) or folder (several inputs), created
                           if missing; "-" writes the .docx to standard output (the report then
                           goes to stderr); default: NAME.reviewed.docx next to each input
  --comment-only           review: comments on the risky words, no text changes; the
                           addendum is proposed in full in a comment on the first
                           paragraph, not inserted
  --no-addendum            review: do not append the "Prohibition on AI Training" addendum
  --position P             review: primary (default), opt-out or project-scope; with
                           opt-out no addendum is added (its outright ban would cancel
                           the opt-out wording)
  --author NAME            review: author of the tracked changes and comments (default TermScore);
                           scan, compare: whose tracked changes are yours (default TermScore and
                           the authors in the document's decision log); all others are theirs.
                           A change under your name that the log does not list is yours only
                           when it is what TermScore would write for that clause
  --date ISO-DATE          review: date written on the changes (default: now)
  --party NAME             which side you are, as the contract names you (e.g. --party Provider);
                           TermScore reads the roles from the contract and asks when unsure
  --other NAME             the other side, when the contract has more than two names
  --work TERM              what your work is called (e.g. --work Deliverables)
  --note FILE.md           review: also write a cover note to the other side explaining each change
  --playbook FILE.json     your playbook: wording, severities, rules switched off, the addendum
                           (default: the first .termscore.json in this folder or a parent folder)
  --no-playbook            do not look for a .termscore.json
  --save-log COPY.docx     scan: write a copy of the one .docx with its decision log rebuilt (a
                           log edited by hand or damaged, our suggestions told by their wording);
                           the input is never modified
  -v, --version            print the version
  -h, --help               this help

Paragraphs are numbered from 1 in readable reports ("paragraph 3"); in JSON, "paragraph" is the
0-based index and "paragraphNumber" the same paragraph numbered from 1. .txt and .md files are
read one paragraph per line (line N is paragraph N); Markdown headings (#, ##, ...) become
headings. The input files are never modified.
Exit codes: 0 done, 1 risks found (with --fail-on), 2 bad input or usage.
`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let o: Options;
  try {
    o = parseArgs(argv);
  } catch (e) {
    io.err(`termscore: ${describe(e)}\n`);
    return 2;
  }
  if (o.command === "help") {
    (argv.length ? io.out : io.err)(USAGE);
    return argv.length ? 0 : 2;
  }
  if (o.command === "version") {
    io.out(`${version()}\n`);
    return 0;
  }
  try {
    return o.command === "scan" ? await scan(o, io) : o.command === "compare" ? await compare(o, io) : await review(o, io);
  } catch (e) {
    io.err(`termscore: ${describe(e)}\n`);
    return 2;
  }
}

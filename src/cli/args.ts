/**
 * Command-line options, parsed with node:util's parseArgs. Each option is declared once in
 * OPTIONS with the commands it belongs to; a new option is one entry there plus one line in
 * toOptions().
 */
import { parseArgs as parseArgv } from "util";
import type { Position, Severity } from "../engine/types";
import { InputError } from "./errors";
import { errorMessage } from "../engine/common/errorMessage";

export type Command = "scan" | "review" | "compare";
export type StdinFormat = "docx" | "txt" | "md";

export interface Options {
  command: Command | "help" | "version";
  /** Inputs as given; "-" is standard input. */
  files: string[];
  json: boolean;
  quiet: boolean;
  failOn?: Severity;
  stdinFormat?: StdinFormat;
  /** review: output file or folder; "-" writes the .docx to standard output. */
  output?: string;
  commentOnly: boolean;
  addendum: boolean;
  position: Position;
  author?: string;
  date?: string;
  /** "Which side am I": the user's own party, the other side and the work term, as the user confirms them. */
  roles: { user?: string; other?: string; work?: string };
  /** review: write a cover note to the other side (Markdown) to this file. */
  note?: string;
  /** The playbook file given with --playbook. */
  playbook?: string;
  /** --no-playbook: do not look for a .termscore.json. */
  noPlaybook: boolean;
  /** scan: write a copy of the one .docx with its decision log rebuilt (the input is never modified). */
  saveLog?: string;
}

type Spec = { type: "string" | "boolean"; short?: string; commands: readonly Command[] };

const BOTH: readonly Command[] = ["scan", "review", "compare"];
const REVIEW: readonly Command[] = ["review"];
const SCAN_REVIEW: readonly Command[] = ["scan", "review"];
const SCAN: readonly Command[] = ["scan"];

const OPTIONS: Record<string, Spec> = {
  help: { type: "boolean", short: "h", commands: BOTH },
  version: { type: "boolean", short: "v", commands: BOTH },
  json: { type: "boolean", commands: BOTH },
  quiet: { type: "boolean", short: "q", commands: BOTH },
  "fail-on": { type: "string", commands: SCAN_REVIEW },
  "stdin-format": { type: "string", commands: SCAN_REVIEW },
  output: { type: "string", short: "o", commands: REVIEW },
  out: { type: "string", commands: REVIEW },
  "comment-only": { type: "boolean", commands: REVIEW },
  // the spelling of earlier versions, still accepted (not in --help)
  "comments-only": { type: "boolean", commands: REVIEW },
  "no-addendum": { type: "boolean", commands: REVIEW },
  position: { type: "string", commands: REVIEW },
  author: { type: "string", commands: BOTH },
  date: { type: "string", commands: REVIEW },
  party: { type: "string", commands: BOTH },
  other: { type: "string", commands: BOTH },
  work: { type: "string", commands: BOTH },
  note: { type: "string", commands: REVIEW },
  playbook: { type: "string", commands: BOTH },
  "no-playbook": { type: "boolean", commands: BOTH },
  "save-log": { type: "string", commands: SCAN },
};

const POSITIONS: readonly Position[] = ["primary", "opt-out", "project-scope"];
const SEVERITIES: readonly Severity[] = ["low", "medium", "high"];
const STDIN_FORMATS: readonly StdinFormat[] = ["docx", "txt", "md"];

/** node:util's messages, turned into ours. */
function usageError(e: unknown): InputError {
  const err = e as { code?: string; message?: string };
  const msg = errorMessage(e);
  const flag = /'(-{1,2}[^' ]+)/.exec(msg)?.[1] ?? "";
  if (err?.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return new InputError(`unknown option ${flag} (see --help)`);
  if (err?.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (/does not take an argument/.test(msg)) return new InputError(`${flag} takes no value`);
    return new InputError(`${flag} needs a value`);
  }
  return new InputError(msg.split("\n")[0]);
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) {
    const list = allowed.length > 2 ? `${allowed.slice(0, -1).join(", ")} or ${allowed[allowed.length - 1]}` : allowed.join(" or ");
    throw new InputError(`--${flag} must be ${list}, not "${value}"`);
  }
  return value as T;
}

export function parseArgs(argv: readonly string[]): Options {
  const o: Options = { command: "help", files: [], json: false, quiet: false, commentOnly: false, addendum: true, position: "primary", roles: {}, noPlaybook: false };
  const first = argv[0];
  if (first === undefined || first === "-h" || first === "--help" || first === "help") return o;
  if (first === "-v" || first === "--version" || first === "version") return { ...o, command: "version" };
  if (first !== "scan" && first !== "review" && first !== "compare") throw new InputError(`unknown command "${first}" (expected scan, review or compare; see --help)`);
  const command: Command = first;

  let parsed: ReturnType<typeof parseArgv>;
  try {
    const options = Object.fromEntries(Object.entries(OPTIONS).map(([name, s]) => [name, s.short ? { type: s.type, short: s.short } : { type: s.type }]));
    parsed = parseArgv({ args: argv.slice(1), options, allowPositionals: true, strict: true });
  } catch (e) {
    throw usageError(e);
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.help) return o;
  if (v.version) return { ...o, command: "version" };
  for (const name of Object.keys(v)) {
    if (v[name] !== undefined && !OPTIONS[name].commands.includes(command)) {
      const c = OPTIONS[name].commands;
      throw new InputError(`--${name} belongs to ${c.length > 2 ? `${c.slice(0, -1).join(", ")} and ${c[c.length - 1]}` : c.join(" and ")}, not ${command} (see --help)`);
    }
  }
  const str = (name: string): string | undefined => (typeof v[name] === "string" ? (v[name] as string) : undefined);

  o.command = command;
  o.files = parsed.positionals;
  o.json = v.json === true;
  o.quiet = v.quiet === true;
  o.failOn = oneOf("fail-on", str("fail-on"), SEVERITIES);
  o.stdinFormat = oneOf("stdin-format", str("stdin-format"), STDIN_FORMATS);
  o.output = str("output") ?? str("out");
  o.commentOnly = v["comment-only"] === true || v["comments-only"] === true;
  o.addendum = v["no-addendum"] !== true;
  o.position = oneOf("position", str("position"), POSITIONS) ?? "primary";
  const author = str("author");
  if (author !== undefined) {
    if (!author.trim()) throw new InputError("--author needs a name");
    o.author = author.trim();
  }
  for (const [flag, key] of [["party", "user"], ["other", "other"], ["work", "work"]] as const) {
    const value = str(flag);
    if (value === undefined) continue;
    if (!value.trim() || value.trim().length > 60) throw new InputError(`--${flag} needs a name of 1 to 60 characters, as the contract writes it (e.g. --${flag} ${flag === "work" ? '"Work Product"' : "Provider"})`);
    o.roles[key] = value.trim();
  }
  if (o.roles.user && o.roles.other && o.roles.user.toLowerCase() === o.roles.other.toLowerCase()) throw new InputError("--party and --other name the same party");
  const note = str("note");
  if (note !== undefined) {
    if (!note.trim() || note === "-") throw new InputError("--note needs a file name, e.g. --note NOTE.md");
    o.note = note;
  }
  const playbook = str("playbook");
  if (playbook !== undefined) {
    if (!playbook.trim() || playbook === "-") throw new InputError("--playbook needs a file name, e.g. --playbook my-playbook.json");
    o.playbook = playbook;
  }
  o.noPlaybook = v["no-playbook"] === true;
  if (o.playbook && o.noPlaybook) throw new InputError("--playbook and --no-playbook contradict each other; choose one");
  const saveLog = str("save-log");
  if (saveLog !== undefined) {
    if (!saveLog.trim() || saveLog === "-" || !/\.docx$/i.test(saveLog.trim())) throw new InputError("--save-log needs the name of the copy to write, ending in .docx (e.g. --save-log contract.log.docx)");
    o.saveLog = saveLog;
  }
  const date = str("date");
  if (date !== undefined) {
    if (Number.isNaN(new Date(date).getTime())) throw new InputError(`--date: "${date}" is not a date`);
    o.date = date;
  }

  if (command === "compare" && o.files.length !== 2) throw new InputError("compare needs two files: your last reviewed version, then the version they returned (termscore compare OLD.docx NEW.docx)");
  if (!o.files.length) throw new InputError(`${command}: no input file given (give a file, a folder, or - for standard input; see --help)`);
  if (o.saveLog && o.files.length !== 1) throw new InputError("--save-log writes one copy: give one .docx");
  if (o.files.filter((f) => f === "-").length > 1) throw new InputError("standard input (-) can be read only once");
  if (o.stdinFormat && !o.files.includes("-")) throw new InputError("--stdin-format applies only to standard input (-)");
  if (o.output === "-" && o.json) throw new InputError("-o - and --json both write to standard output; choose one");
  if (o.output === "-" && o.files.length > 1) throw new InputError("-o - writes one .docx to standard output; give one input");
  if (o.files.includes("-") && command === "review" && !o.output) {
    throw new InputError("review of standard input needs -o OUT.docx (or -o - to write the .docx to standard output)");
  }
  return o;
}

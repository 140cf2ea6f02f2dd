/**
 * Command-line parsing with python3.11's rules (Python/getopt.c semantics):
 * short options cluster (`-bB`), an option argument may be attached (`-cpass`)
 * or be the next word, `-c` and `-m` end the option list, the first
 * non-option word is the script, `--` ends options, `-` means stdin. Help and
 * version requests win over running anything, help before version.
 */
import { CHECK_HASH_BASED_PYCS_VALUES, LONG_OPTIONS, SHORT_OPTIONS } from "./options.ts";

export type Program =
  | { kind: "code"; code: string }
  | { kind: "module"; name: string }
  | { kind: "file"; path: string }
  | { kind: "stdin" }; // `-` or no program argument

export interface Flags {
  bytesWarning: number;
  dontWriteBytecode: boolean;
  ignoreEnvironment: boolean;
  inspect: boolean;
  isolated: boolean;
  optimize: number;
  safePath: boolean;
  quiet: boolean;
  noUserSite: boolean;
  noSite: boolean;
  unbuffered: boolean;
  verbose: number;
  skipFirstLine: boolean;
  warnOptions: string[];
  xOptions: string[];
  checkHashBasedPycs: string;
  /** `--stdlib DIR` (Taipan's own): a CPython 3.11 Lib directory to import the stdlib from. */
  stdlib: string | null;
}

export type CommandLine =
  | { kind: "run"; program: Program; argv: string[]; flags: Flags; args: readonly string[] }
  | { kind: "help"; topic: "usage" | "env" | "xoptions" | "all" }
  | { kind: "version"; verbosity: number }
  | { kind: "usage-error"; message: string };

function defaultFlags(): Flags {
  return {
    bytesWarning: 0,
    dontWriteBytecode: false,
    ignoreEnvironment: false,
    inspect: false,
    isolated: false,
    optimize: 0,
    safePath: false,
    quiet: false,
    noUserSite: false,
    noSite: false,
    unbuffered: false,
    verbose: 0,
    skipFirstLine: false,
    warnOptions: [],
    xOptions: [],
    checkHashBasedPycs: "default",
    stdlib: null,
  };
}

const SHORT_BY_LETTER = new Map(SHORT_OPTIONS.map((option) => [option.letter, option]));

/** Options that are pure switches, mapped onto the flag they set. */
const SWITCHES: Record<string, (flags: Flags) => void> = {
  b: (f) => f.bytesWarning++,
  B: (f) => f.dontWriteBytecode = true,
  d: () => {},
  E: (f) => f.ignoreEnvironment = true,
  i: (f) => f.inspect = true,
  I: (f) => {
    f.isolated = true;
    f.ignoreEnvironment = true;
    f.safePath = true;
    f.noUserSite = true;
  },
  O: (f) => f.optimize++,
  P: (f) => f.safePath = true,
  q: (f) => f.quiet = true,
  R: () => {},
  s: (f) => f.noUserSite = true,
  S: (f) => f.noSite = true,
  t: () => {},
  u: (f) => f.unbuffered = true,
  v: (f) => f.verbose++,
  x: (f) => f.skipFirstLine = true,
};

export function parseCommandLine(args: readonly string[]): CommandLine {
  const flags = defaultFlags();
  let help: "usage" | "env" | "xoptions" | "all" | null = null;
  let version = 0;
  let program: Program | null = null;
  let index = 0;

  scan: while (index < args.length) {
    const word = args[index];
    if (word === "--") {
      index++;
      break;
    }
    if (word === "-" || !word.startsWith("-")) break;
    index++;

    if (word.startsWith("--")) {
      const name = word.slice(2);
      const long = LONG_OPTIONS.find((option) => option.name === name);
      if (long === undefined) return { kind: "usage-error", message: `unknown option ${word}` };
      if (name === "check-hash-based-pycs") {
        if (index >= args.length) {
          return {
            kind: "usage-error",
            message: "Argument expected for the --check-hash-based-pycs options",
          };
        }
        const value = args[index++];
        if (!(CHECK_HASH_BASED_PYCS_VALUES as readonly string[]).includes(value)) {
          return {
            kind: "usage-error",
            message: "--check-hash-based-pycs must be one of 'default', 'always', or 'never'",
          };
        }
        flags.checkHashBasedPycs = value;
      } else if (name === "stdlib") {
        if (index >= args.length) {
          return { kind: "usage-error", message: "Argument expected for the --stdlib option" };
        }
        flags.stdlib = args[index++];
      } else if (name === "version") version++;
      else if (name === "help") help ??= "usage";
      else help ??= name.slice("help-".length) as "env" | "xoptions" | "all";
      continue;
    }

    for (let at = 1; at < word.length; at++) {
      const letter = word[at];
      if (letter === "J") return { kind: "usage-error", message: "-J is reserved for Jython" };
      const option = SHORT_BY_LETTER.get(letter);
      if (option === undefined) {
        return { kind: "usage-error", message: `Unknown option: -${letter}` };
      }
      if (option.argument === undefined) {
        if (letter === "h" || letter === "?") help ??= "usage";
        else if (letter === "V") version++;
        else SWITCHES[letter](flags);
        continue;
      }
      let value: string;
      if (at + 1 < word.length) value = word.slice(at + 1);
      else if (index < args.length) value = args[index++];
      else return { kind: "usage-error", message: `Argument expected for the -${letter} option` };
      if (letter === "c") {
        program = { kind: "code", code: value };
        break scan;
      }
      if (letter === "m") {
        program = { kind: "module", name: value };
        break scan;
      }
      if (letter === "W") flags.warnOptions.push(value);
      else flags.xOptions.push(value);
      break;
    }
  }

  if (help !== null) return { kind: "help", topic: help };
  if (version > 0) return { kind: "version", verbosity: version };

  let argv: string[];
  if (program?.kind === "code") argv = ["-c", ...args.slice(index)];
  else if (program?.kind === "module") argv = ["-m", ...args.slice(index)];
  else if (index < args.length && args[index] !== "-") {
    program = { kind: "file", path: args[index] };
    argv = args.slice(index);
  } else {
    program = { kind: "stdin" };
    argv = index < args.length ? args.slice(index) : [""];
  }
  return { kind: "run", program, argv, flags, args };
}

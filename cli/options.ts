/**
 * The command-line options of `python3.11`, declared once. The parser in
 * args.ts and the `-h` text in help.ts are both derived from this table.
 * Descriptions are Taipan's own wording.
 */

export interface ShortOption {
  readonly letter: string;
  /** Takes an argument (`-c cmd`, `-W arg`): attached (`-cpass`) or the next word. */
  readonly argument?: string;
  readonly help: string;
}

export const SHORT_OPTIONS: readonly ShortOption[] = [
  { letter: "b", help: "warn on str(bytes) and bytes/str comparison (-bb: raise an error)" },
  { letter: "B", help: "do not write cached bytecode on import; also PYTHONDONTWRITEBYTECODE=x" },
  {
    letter: "c",
    argument: "cmd",
    help: "run the program given as a string (ends the option list)",
  },
  { letter: "d", help: "parser debugging output (accepted, has no effect); also PYTHONDEBUG=x" },
  { letter: "E", help: "ignore PYTHON* environment variables such as PYTHONPATH" },
  { letter: "h", help: "print this help and exit (also -? or --help)" },
  { letter: "i", help: "enter the interactive prompt after the program; also PYTHONINSPECT=x" },
  { letter: "I", help: "isolated mode: implies -E, -P and -s" },
  { letter: "m", argument: "mod", help: "run a library module as a script (ends the option list)" },
  { letter: "O", help: "drop assert statements and __debug__ code; also PYTHONOPTIMIZE=x" },
  { letter: "P", help: "do not prepend a possibly unsafe path to sys.path" },
  { letter: "q", help: "no version and copyright banner at the interactive prompt" },
  { letter: "R", help: "accepted for compatibility; hash randomisation is always on" },
  { letter: "s", help: "do not add the user site directory to sys.path; also PYTHONNOUSERSITE" },
  { letter: "S", help: "do not import the site module at start-up" },
  { letter: "t", help: "accepted for compatibility; has no effect" },
  { letter: "u", help: "unbuffered stdout and stderr; also PYTHONUNBUFFERED=x" },
  { letter: "v", help: "trace import statements (repeat for more); also PYTHONVERBOSE=x" },
  { letter: "V", help: "print the version and exit (twice: more build detail)" },
  { letter: "W", argument: "arg", help: "warning control action:message:category:module:lineno" },
  { letter: "x", help: "skip the first line of the source file" },
  { letter: "X", argument: "opt", help: "implementation option (see --help-xoptions)" },
  { letter: "?", help: "same as -h" },
];

/** Long options; `argument` ones take the next word. */
export const LONG_OPTIONS = [
  { name: "check-hash-based-pycs", argument: "always|default|never" },
  { name: "help" },
  { name: "help-env" },
  { name: "help-xoptions" },
  { name: "help-all" },
  { name: "version" },
  { name: "stdlib", argument: "dir" },
] as const;

export const CHECK_HASH_BASED_PYCS_VALUES = ["default", "always", "never"] as const;

/** `-X` options Taipan understands, for --help-xoptions. */
export const X_OPTIONS: readonly { name: string; help: string }[] = [
  { name: "dev", help: "development mode: extra runtime checks" },
  { name: "importtime", help: "show how long each import takes (also PYTHONPROFILEIMPORTTIME)" },
  { name: "utf8", help: "UTF-8 mode (always on in Taipan)" },
  { name: "int_max_str_digits=N", help: "limit on digits in int<->str conversions" },
  { name: "jit=on|off", help: "enable or disable the tracing JIT" },
  { name: "jit-threshold=N", help: "loop iterations before a loop is traced" },
  { name: "jit-param=NAME=N,...", help: "set JIT parameters (see jit/params.ts)" },
  {
    name: "jitlog=summary|aborts|traces|js|names|all",
    help: "log what the JIT does (also TAIPAN_JITLOG)",
  },
];

/** Environment variables Taipan reads, for --help-env. */
export const ENVIRONMENT_VARIABLES: readonly { name: string; help: string }[] = [
  { name: "PYTHONPATH", help: "':'-separated directories put in front of sys.path" },
  { name: "PYTHONSTARTUP", help: "file run before the first interactive prompt" },
  { name: "PYTHONINSPECT", help: "same as -i" },
  { name: "PYTHONUNBUFFERED", help: "same as -u" },
  { name: "PYTHONOPTIMIZE", help: "same as -O (an integer gives the level)" },
  { name: "PYTHONDONTWRITEBYTECODE", help: "same as -B" },
  { name: "PYTHONVERBOSE", help: "same as -v" },
  { name: "PYTHONWARNINGS", help: "same as -W, comma-separated" },
  { name: "PYTHONNOUSERSITE", help: "same as -s" },
  { name: "PYTHONPROFILEIMPORTTIME", help: "same as -X importtime" },
  { name: "TAIPAN_STDLIB", help: "a CPython 3.11 Lib directory to load the standard library from" },
  {
    name: "TAIPAN_STDLIB_FALLBACK",
    help: "the CPython 3.11 Lib directory for what the bundled stdlib lacks ('': none)",
  },
];

/** Texts printed by -h, --help-env, --help-xoptions, --help-all and -V. */
import { ENVIRONMENT_VARIABLES, LONG_OPTIONS, SHORT_OPTIONS, X_OPTIONS } from "./options.ts";
import { PYTHON_VERSION_STRING, TAIPAN_VERSION } from "../vm/version.ts";

export function usageLine(program: string): string {
  return `usage: ${program} [option] ... [-c cmd | -m mod | file | -] [arg] ...`;
}

/** What a usage error prints on stderr (exit status 2). */
export function usageErrorText(program: string, message: string): string {
  return `${message}\n${usageLine(program)}\nTry \`python -h' for more information.\n`;
}

function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `${left.padEnd(width)} : ${right}\n`).join("");
}

function optionsText(): string {
  const short = SHORT_OPTIONS.map((o) =>
    [`-${o.letter}${o.argument ? ` ${o.argument}` : ""}`, o.help] as const
  );
  const long = LONG_OPTIONS.filter((o) => o.name !== "help" && o.name !== "version").map((o) =>
    [`--${o.name}${"argument" in o ? ` ${o.argument}` : ""}`, `see -h`] as const
  );
  return "Options:\n" + table([...short, ...long]) +
    "\nArguments:\nfile   : program read from a script file\n" +
    "-      : program read from stdin (the default when stdin is not a terminal)\n" +
    "arg ...: arguments passed to the program in sys.argv[1:]\n";
}

const envText = () =>
  "Environment variables:\n" + table(ENVIRONMENT_VARIABLES.map((v) => [v.name, v.help]));
const xText = () => "-X options:\n" + table(X_OPTIONS.map((x) => [`-X ${x.name}`, x.help]));

export function helpText(program: string, topic: "usage" | "env" | "xoptions" | "all"): string {
  switch (topic) {
    case "usage":
      return `${usageLine(program)}\n${optionsText()}`;
    case "env":
      return envText();
    case "xoptions":
      return xText();
    case "all":
      return `${usageLine(program)}\n${optionsText()}\n${envText()}\n${xText()}`;
  }
}

export function versionText(verbosity: number): string {
  if (verbosity === 1) return `Python ${PYTHON_VERSION_STRING}\n`;
  return `Python ${PYTHON_VERSION_STRING} (taipan ${TAIPAN_VERSION}, Deno ${Deno.version.deno}, ` +
    `V8 ${Deno.version.v8}) [TypeScript ${Deno.version.typescript}]\n`;
}

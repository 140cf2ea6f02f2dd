/**
 * Taipan's command line: `taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...`,
 * with python3.11's options, exit statuses and messages.
 */
import { parseCommandLine } from "./cli/args.ts";
import { helpText, usageErrorText, versionText } from "./cli/help.ts";
import { runProgram } from "./cli/run.ts";
import { useEmbeddedRuntime } from "./cli/embedded.ts";
import { finalizeInterpreter } from "./vm/runtime/run_main.ts";

// `deno compile`'s executable has no launcher to pass argv[0]: it is its own path.
const programName = Deno.env.get("TAIPAN_ARGV0") ??
  (Deno.build.standalone ? Deno.execPath() : "taipan");
// The launcher's notes to us; the program should not see them in os.environ.
Deno.env.delete("TAIPAN_ARGV0");
useEmbeddedRuntime();

function write(stream: { writeSync(p: Uint8Array): number }, text: string): void {
  const bytes = new TextEncoder().encode(text);
  let written = 0;
  while (written < bytes.length) written += stream.writeSync(bytes.subarray(written));
}

/** Runs Taipan with the command line `args`; returns the exit status. */
export function main(args: readonly string[]): number {
  const commandLine = parseCommandLine(args);
  switch (commandLine.kind) {
    case "usage-error":
      write(Deno.stderr, usageErrorText(programName, commandLine.message));
      return 2;
    case "help":
      write(Deno.stdout, helpText(programName, commandLine.topic));
      return 0;
    case "version":
      write(Deno.stdout, versionText(commandLine.verbosity));
      return 0;
    case "run": {
      const status = runProgram(commandLine, programName, (text) => write(Deno.stderr, text));
      finalizeInterpreter();
      return status;
    }
  }
}

// Run as the program (`deno run main.ts`, the single binary's bundle), main
// starts once this module has finished evaluating: Deno writes a module's V8
// code cache only then, and exiting during evaluation would lose it, which
// costs a bundle ~70 ms at every start. cli/launch.ts imports it and calls main.
if (import.meta.main) setTimeout(() => Deno.exit(main(Deno.args)), 0);

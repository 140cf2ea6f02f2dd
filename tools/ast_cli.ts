/**
 * `deno task ast FILE...`: for each file prints `==> FILE <==` and then exactly
 * what `python3.11 -m ast -a FILE` prints (exec mode, type comments on, indent
 * 3), or for a rejected file the line `SyntaxError: MSG (FILE, line N)` with the
 * actual class (IndentationError, TabError). A failure that is not a Python
 * SyntaxError is a bug in Taipan: it is reported on stderr as one line, never
 * as a JS stack, and the exit status is 70 (EX_SOFTWARE) once all files are done.
 */
import { parse } from "../vm/compiler/parse.ts";
import { describeInternalError, renderParse, writeAllSync } from "./ast_render.ts";

const EXIT_INTERNAL_ERROR = 70;
const EXIT_USAGE = 2;

function main(files: string[]): number {
  if (files.length === 0) {
    console.error("usage: deno task ast FILE...");
    return EXIT_USAGE;
  }
  let status = 0;
  for (const file of files) {
    writeAllSync(Deno.stdout, `==> ${file} <==\n`);
    let source: Uint8Array;
    try {
      source = Deno.readFileSync(file);
    } catch (error) {
      console.error(`taipan ast: cannot read ${file}: ${describeInternalError(error)}`);
      status = EXIT_USAGE;
      continue;
    }
    try {
      const { body } = renderParse(() => parse(source, file, "exec", { typeComments: true }));
      writeAllSync(Deno.stdout, body + "\n");
    } catch (error) {
      console.error(`taipan ast: internal error on ${file}: ${describeInternalError(error)}`);
      status = EXIT_INTERNAL_ERROR;
    }
  }
  return status;
}

Deno.exit(main(Deno.args));

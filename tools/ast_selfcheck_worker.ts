/**
 * Render worker for `ast_diff.ts --self-check`: CPython's own trees (exported as
 * JSON by tools/ast_oracle.py --json) printed by our ast.dump. A mismatch here
 * is a bug in vm/compiler/ast_dump.ts or vm/text/, never in our parser.
 */
import { decodeRecord } from "../tests/compiler/cpython_ast.ts";
import { serveRenderRequests } from "./ast_diff_protocol.ts";
import { renderParse } from "./ast_render.ts";

const PYTHON = "/usr/bin/python3.11";
const ORACLE = new URL("./ast_oracle.py", import.meta.url).pathname;

serveRenderRequests((_source, file) => {
  const output = new Deno.Command(PYTHON, { args: [ORACLE, "--json", file] }).outputSync();
  if (!output.success) throw new Error(new TextDecoder().decode(output.stderr));
  const line = new TextDecoder().decode(output.stdout);
  const raw = JSON.parse(line) as { error?: string };
  if (raw.error !== undefined) return { body: raw.error, error: raw.error };
  return renderParse(() => decodeRecord(line).ast!);
});

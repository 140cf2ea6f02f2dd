/** Runs tests/compiler/oracle/cpython_facts.py: what CPython 3.11 says about sources. */
const PYTHON = "/usr/bin/python3.11";
const SCRIPT = new URL("./oracle/cpython_facts.py", import.meta.url).pathname;

export type FactKind =
  | "symtable"
  | "code"
  | "error"
  | "annotations"
  | "consts"
  | "warnings"
  | "lines"
  | "positions";
export interface FactJob {
  what: FactKind;
  source?: string;
  file?: string;
  mode?: "exec" | "eval" | "single";
  optimize?: 0 | 1 | 2;
  flags?: number;
}

export async function cpythonFacts<T>(jobs: FactJob[]): Promise<T[]> {
  const child = new Deno.Command(PYTHON, {
    args: [SCRIPT],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(JSON.stringify(jobs)));
  await writer.close();
  const output = await child.output();
  if (!output.success) throw new Error(new TextDecoder().decode(output.stderr));
  return JSON.parse(new TextDecoder().decode(output.stdout)) as T[];
}

/**
 * Writes the opcode numbers into the eval loop's `case` labels:
 * `case Op.LOAD_FAST:` (or a stale numbered label) becomes `case 7` with the
 * name in a comment beside it, and `op === Op.X` becomes `op === 7` likewise.
 *
 * Why: V8 compiles a `switch` whose labels are literal numbers to a jump
 * table, but a switch over `Op.X` property loads (or imported constants) to a
 * chain of loads and compares: measured 15x slower dispatch (docs/performance.md).
 * The opcode table in vm/compiler/opcodes.ts stays the one truth; this tool
 * derives the labels from it and tests/compiler/opcode_labels_test.ts checks
 * that they agree. Run after changing the opcode table:
 *   ./tools/deno run -A tools/number_opcodes.ts vm/runtime/eval.ts vm/runtime/eval_rare.ts
 */
import { Op } from "../vm/compiler/opcodes.ts";

const opNumber = (name: string): number => {
  const value = (Op as Record<string, number>)[name];
  if (value === undefined) throw new Error(`unknown opcode ${name}`);
  return value;
};

export function numberOpcodes(source: string): string {
  return source
    .replace(/case Op\.(\w+):/g, (_, name) => `case ${opNumber(name)} /* ${name} */:`)
    .replace(/case \d+ \/\* (\w+) \*\/:/g, (_, name) => `case ${opNumber(name)} /* ${name} */:`)
    .replace(/op === Op\.(\w+)/g, (_, name) => `op === ${opNumber(name)} /* ${name} */`)
    .replace(/op === \d+ \/\* (\w+) \*\//g, (_, name) => `op === ${opNumber(name)} /* ${name} */`);
}

if (import.meta.main) {
  for (const path of Deno.args) {
    Deno.writeTextFileSync(path, numberOpcodes(Deno.readTextFileSync(path)));
  }
}

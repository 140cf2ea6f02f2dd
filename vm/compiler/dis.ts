/**
 * A `dis`-like listing of our bytecode, for debugging and golden tests. The
 * format is ours (the opcodes are ours), modelled on CPython's `dis`:
 *
 *   line  >> index OPNAME              arg (meaning)
 *
 * `>>` marks jump targets. Each code object lists its exception table after
 * its instructions; nested code objects follow when `recursive` is set.
 */
import { type CodeConstant, CodeObject, FrozenSetConstant } from "./code.ts";
import { binaryOperatorSpelling, COMPARE_OPERATORS, isJump, opName, opSpec } from "./opcodes.ts";
import { constantRepr } from "./unparse.ts";
import type { ConstantValue } from "./ast.ts";

const FORMAT_CONVERSIONS = ["", "str", "repr", "ascii"];

export function constantDisplay(value: CodeConstant): string {
  if (value instanceof CodeObject) {
    return `<code object ${value.co_name}, line ${value.co_firstlineno}>`;
  }
  if (value instanceof FrozenSetConstant) {
    return "frozenset({" + value.items.map((item) => constantRepr(item)).join(", ") + "})";
  }
  return constantRepr(value as ConstantValue);
}

function describeArg(code: CodeObject, op: number, arg: number): string {
  const cells = [...code.co_cellvars, ...code.co_freevars];
  switch (opSpec(op).operand) {
    case "const":
      return constantDisplay(code.co_consts[arg]);
    case "name":
      return code.co_names[arg];
    case "local":
      return code.co_varnames[arg];
    case "cell":
      return cells[arg];
    case "jump":
      return `to ${arg}`;
    case "binary":
      return binaryOperatorSpelling(arg);
    case "compare":
      return COMPARE_OPERATORS[arg][1];
    case "invert":
      return arg ? "not" : "";
    case "flags":
      if (opName(op) === "FORMAT_VALUE") {
        return [FORMAT_CONVERSIONS[arg & 3], arg & 4 ? "with format" : ""].filter((x) => x)
          .join(", ");
      }
      return "";
    default:
      return "";
  }
}

export function disassemble(code: CodeObject, recursive = true): string {
  const lines: string[] = [];
  const targets = new Set<number>();
  const count = code.instructionCount;
  for (let i = 0; i < count; i++) {
    if (isJump(code.code[2 * i])) targets.add(code.code[2 * i + 1]);
  }
  for (const entry of code.exceptionEntries()) targets.add(entry.handler);
  lines.push(
    `Disassembly of ${code.co_qualname} (${code.co_filename}, line ${code.co_firstlineno}):`,
  );
  let lastLine: number | null = null;
  for (let i = 0; i < count; i++) {
    const op = code.code[2 * i];
    const arg = code.code[2 * i + 1];
    const line = code.lineOf(i);
    const lineText = line !== lastLine && line >= 0 ? String(line) : "";
    if (line >= 0) lastLine = line;
    const name = opName(op);
    const operand = opSpec(op).operand;
    const argText = operand === "none" ? "" : String(arg);
    const meaning = describeArg(code, op, arg);
    lines.push(
      (lineText.padStart(5) + "  " + (targets.has(i) ? ">>" : "  ") + String(i).padStart(5) + " " +
        name.padEnd(24) + argText.padStart(4) + (meaning !== "" ? ` (${meaning})` : "")).trimEnd(),
    );
  }
  const entries = code.exceptionEntries();
  if (entries.length > 0) {
    lines.push("ExceptionTable:");
    for (const entry of entries) {
      lines.push(
        `  ${entry.start} to ${entry.end} -> ${entry.handler} [${entry.depth}]${
          entry.lasti ? " lasti" : ""
        }`,
      );
    }
  }
  let out = lines.join("\n") + "\n";
  if (recursive) {
    for (const constant of code.co_consts) {
      if (constant instanceof CodeObject) out += "\n" + disassemble(constant, true);
    }
  }
  return out;
}

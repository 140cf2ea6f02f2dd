/**
 * Structural checks of a compiled code object tree, independent of the
 * assembler that produced it: opcodes exist and are not pseudo-ops, jump
 * targets are in range and go the direction their op says, exception table
 * rows are ordered, non-overlapping, in range, with sane depths, and the
 * positions table has one row per instruction.
 */
import { CodeObject, POSITION_SIZE } from "../../vm/compiler/code.ts";
import { isBackward, isJump, isPseudo, OP_NAMES, opName } from "../../vm/compiler/opcodes.ts";

export function verifyCode(code: CodeObject, problems: string[] = []): string[] {
  const where = `${code.co_filename}:${code.co_qualname}`;
  const count = code.instructionCount;
  if (code.positions.length !== count * POSITION_SIZE) problems.push(`${where}: positions size`);
  for (let i = 0; i < count; i++) {
    const op = code.code[2 * i];
    const arg = code.code[2 * i + 1];
    if (op < 0 || op >= OP_NAMES.length) {
      problems.push(`${where}: bad opcode ${op} at ${i}`);
      continue;
    }
    if (isPseudo(op)) problems.push(`${where}: pseudo-op ${opName(op)} at ${i}`);
    if (isJump(op)) {
      if (arg < 0 || arg >= count) problems.push(`${where}: jump out of range at ${i}`);
      if (isBackward(op) !== (arg <= i)) problems.push(`${where}: ${opName(op)} direction at ${i}`);
    }
  }
  let previousEnd = 0;
  for (const entry of code.exceptionEntries()) {
    if (entry.start < previousEnd || entry.end <= entry.start || entry.end > count) {
      problems.push(`${where}: bad exception range ${entry.start}-${entry.end}`);
    }
    if (entry.handler < 0 || entry.handler >= count) {
      problems.push(`${where}: handler out of range`);
    }
    if (entry.depth < 0 || entry.depth + 2 > code.co_stacksize + 2) {
      problems.push(`${where}: bad handler depth ${entry.depth}`);
    }
    previousEnd = entry.end;
  }
  for (const constant of code.co_consts) {
    if (constant instanceof CodeObject) verifyCode(constant, problems);
  }
  return problems;
}

/**
 * The assembler: from a CodeUnit's instruction list to a CodeObject.
 *
 * 1. Stack depth analysis. A worklist walk from instruction 0 computes the
 *    stack depth before every reachable instruction, following fall-through
 *    edges with each op's `effect` and jump edges with its `jumpEffect`
 *    (SETUP_* pseudo-ops are the edges into exception handlers). A depth that
 *    goes negative or differs where paths merge is a compiler bug and throws.
 * 2. Layout. Unreachable instructions and pseudo-ops are dropped; JUMP
 *    becomes JUMP_FORWARD or JUMP_BACKWARD by direction; labels are resolved
 *    to final instruction indices. Only JUMP_BACKWARD* may go backwards.
 *    Instructions without a location inherit the previous one's within a
 *    straight-line run (for tracebacks and line events).
 * 3. Exception table. Consecutive instructions with the same handler form
 *    one row; a handler's depth is its entry depth minus the pushed exception
 *    (and lasti when the handler wants it).
 */
import { type CodeConstant, CodeObject, EXCEPTION_ENTRY_SIZE, POSITION_SIZE } from "../code.ts";
import {
  isBackward,
  isConditional,
  isHandlerSetup,
  isJump,
  isPseudo,
  isTerminator,
  Op,
  opName,
  opSpec,
  stackEffect,
} from "../opcodes.ts";
import { type CodeUnit, type Handler, type Instruction, Label, type Location } from "./unit.ts";

export class AssemblerError extends Error {}

function analyzeStack(instructions: Instruction[], name: string): Int32Array {
  const depth = new Int32Array(instructions.length + 1).fill(-1);
  const worklist: number[] = [];
  const reach = (index: number, value: number, from: number) => {
    if (value < 0) {
      throw new AssemblerError(`${name}: negative stack depth at ${index} (from ${from})`);
    }
    if (index >= instructions.length) {
      throw new AssemblerError(`${name}: control falls off the end after ${from}`);
    }
    if (depth[index] === -1) {
      depth[index] = value;
      worklist.push(index);
    } else if (depth[index] !== value) {
      throw new AssemblerError(
        `${name}: stack depth ${value} from ${from} disagrees with ${depth[index]} at ${index}`,
      );
    }
  };
  if (instructions.length > 0) reach(0, 0, -1);
  while (worklist.length > 0) {
    const index = worklist.pop()!;
    const instruction = instructions[index];
    const before = depth[index];
    if (isJump(instruction.op)) {
      const target = instruction.target;
      if (target === null || target.index < 0) {
        throw new AssemblerError(`${name}: ${opName(instruction.op)} at ${index} has no target`);
      }
      reach(target.index, before + stackEffect(instruction.op, instruction.arg, true), index);
    }
    if (!isTerminator(instruction.op) || isConditional(instruction.op)) {
      reach(index + 1, before + stackEffect(instruction.op, instruction.arg, false), index);
    }
  }
  return depth;
}

/**
 * Drops the trailing constants no kept instruction loads, as CPython 3.11's
 * assembler does (trim_unused_consts). Index 0 stays: it is the docstring slot
 * of functions. Only the tail goes, so co_consts indices never move.
 */
function trimUnusedConstants(code: Int32Array, consts: CodeConstant[]): CodeConstant[] {
  let maxUsed = 0;
  for (let i = 0; i < code.length; i += 2) {
    if (opSpec(code[i]).operand === "const") maxUsed = Math.max(maxUsed, code[i + 1]);
  }
  return maxUsed + 1 < consts.length ? consts.slice(0, maxUsed + 1) : consts;
}

/**
 * NOPs exist only to carry a line number (`pass`, a folded `if 0:`, the
 * SETUP_* pseudo-op of a `try:`), so that
 * line events and co_lines() see the statement. Like CPython's
 * remove_redundant_nops, one is dropped when it has no line, when the
 * instruction before it in the same straight-line run is on its line, or
 * when the next instruction is on its line or has none (and then takes the
 * NOP's location).
 */
function removeRedundantNops(instructions: Instruction[], keep: Uint8Array): void {
  const isTarget = new Uint8Array(instructions.length + 1);
  for (const instruction of instructions) {
    if (instruction.target !== null) isTarget[instruction.target.index] = 1;
  }
  const kept: number[] = [];
  for (let i = 0; i < instructions.length; i++) if (keep[i]) kept.push(i);
  let previousLine = -1;
  kept.forEach((index, position) => {
    const instruction = instructions[index];
    const before = position > 0 ? instructions[kept[position - 1]].op : -1;
    const startsBlock = isTarget[index] === 1 ||
      (before >= 0 && isJump(before) && !isHandlerSetup(before));
    if (startsBlock) previousLine = -1;
    const line = instruction.location.lineno;
    if (instruction.op === Op.NOP || isHandlerSetup(instruction.op)) {
      const next = position + 1 < kept.length ? instructions[kept[position + 1]] : null;
      const nextInBlock = next !== null && !isTarget[kept[position + 1]];
      let redundant = line < 0 || line === previousLine;
      if (!redundant && next !== null) {
        if (nextInBlock && (next.location.lineno < 0 || next.location.lineno === line)) {
          next.location = instruction.location;
          redundant = true;
        } else if (!nextInBlock && next.location.lineno === line) {
          redundant = true;
        }
      }
      if (redundant) {
        keep[index] = 0;
        return;
      }
    }
    previousLine = line;
  });
}

/** The first kept instruction at or after `index`: where a label resolves. */
function firstKept(keep: Uint8Array, index: number): number {
  while (index < keep.length && !keep[index]) index++;
  return index;
}

/**
 * For each kept instruction that starts a basic block, how many places can
 * pass control to it: reachable jumps and handler setups aimed at it (a
 * setup counts, as CPython's mark_reachable counts block pushes, though it
 * never hands over a location), and the previous kept instruction when it
 * falls through. Inside a block the count stays 0.
 */
function countPredecessors(
  instructions: Instruction[],
  depth: Int32Array,
  keep: Uint8Array,
): Uint16Array {
  const predecessors = new Uint16Array(instructions.length + 1);
  const startsBlock = new Uint8Array(instructions.length + 1);
  for (let i = 0; i < instructions.length; i++) {
    const target = instructions[i].target;
    if (target === null || depth[i] < 0) continue;
    const resolved = firstKept(keep, target.index);
    startsBlock[resolved] = 1;
    predecessors[resolved]++;
  }
  let previous = -1;
  for (let i = 0; i < instructions.length; i++) {
    if (!keep[i]) continue;
    if (previous >= 0) {
      const op = instructions[previous].op;
      const fallsThrough = !isTerminator(op) || isConditional(op);
      // After a jump a new block starts even when nothing else jumps there.
      if (isJump(op) && !isHandlerSetup(op)) startsBlock[i] = 1;
      if (startsBlock[i] && fallsThrough) predecessors[i]++;
    }
    previous = i;
  }
  return predecessors;
}

export interface AssembledCode {
  code: Int32Array;
  exceptionTable: Int32Array;
  positions: Int32Array;
  stackSize: number;
  consts: CodeConstant[];
}

/** The ops that leave the code: a block ending in one exits the scope. */
function exitsScope(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}

/**
 * CPython's duplicate_exits_without_lineno: a block that leaves the code
 * (RETURN_VALUE, RAISE_VARARGS, RERAISE) with no location on any of its
 * instructions (the implicit `return None` after an `if`, the re-raise of an
 * exception cleanup) is copied for the jumps to it while it has more than one
 * predecessor, so that each copy takes the location of the code jumping there
 * (handed over in assemble): a return event's f_lineno and a traceback line
 * are that code's line, not None. The copies go at the end of the code.
 * Returns whether it copied anything.
 */
function duplicateExitsWithoutLocation(instructions: Instruction[], depth: Int32Array): boolean {
  const count = instructions.length;
  const predecessors = new Uint16Array(count + 1);
  const targeted = new Uint8Array(count + 1);
  let previous = -1;
  for (let i = 0; i < count; i++) {
    if (depth[i] < 0) continue;
    const target = instructions[i].target;
    if (target !== null) {
      predecessors[target.index]++;
      targeted[target.index] = 1;
    }
    if (previous >= 0) {
      const op = instructions[previous].op;
      if (!isTerminator(op) || isConditional(op)) predecessors[i]++;
    }
    previous = i;
  }
  /** The end (exclusive) of the location-less exit block at `start`, or -1. */
  const exitBlockEnd = (start: number): number => {
    for (let i = start; i < count; i++) {
      const instruction = instructions[i];
      if (instruction.location.lineno >= 0 || (i > start && targeted[i])) return -1;
      if (exitsScope(instruction.op)) return i + 1;
      if (isJump(instruction.op) || isTerminator(instruction.op)) return -1;
    }
    return -1;
  };
  let copied = false;
  for (let i = 0; i < count; i++) {
    const jump = instructions[i];
    const target = jump.target;
    if (
      depth[i] < 0 || target === null || isHandlerSetup(jump.op) || isBackward(jump.op) ||
      target.isHandler || predecessors[target.index] < 2
    ) continue;
    const end = exitBlockEnd(target.index);
    if (end < 0) continue;
    const copy = new Label();
    copy.index = instructions.length;
    for (let k = target.index; k < end; k++) instructions.push({ ...instructions[k] });
    jump.target = copy;
    predecessors[target.index]--;
    copied = true;
  }
  return copied;
}

export function assemble(unit: CodeUnit): AssembledCode {
  const instructions = unit.instructions;
  let depth = analyzeStack(instructions, unit.qualname);
  if (duplicateExitsWithoutLocation(instructions, depth)) {
    depth = analyzeStack(instructions, unit.qualname);
  }
  let stackSize = 0;

  const keep = new Uint8Array(instructions.length);
  for (let i = 0; i < instructions.length; i++) {
    keep[i] = depth[i] >= 0 ? 1 : 0;
  }
  removeRedundantNops(instructions, keep);

  // Final index of every kept instruction; labels resolve to the next kept one.
  const finalIndex = new Int32Array(instructions.length + 1);
  let kept = 0;
  for (let i = 0; i < instructions.length; i++) {
    finalIndex[i] = kept;
    if (keep[i]) kept++;
  }
  finalIndex[instructions.length] = kept;

  const code = new Int32Array(kept * 2);
  const positions = new Int32Array(kept * POSITION_SIZE);
  const handlerOf: (Handler | null)[] = [];
  const predecessors = countPredecessors(instructions, depth, keep);
  // Locations handed to the first instruction of a jump target with a single predecessor.
  const handedOver: (Location | undefined)[] = [];
  let inherited: Location | null = null;
  let out = 0;
  for (let i = 0; i < instructions.length; i++) {
    const instruction = instructions[i];
    if (!keep[i]) continue;
    const after = depth[i] + stackEffect(instruction.op, instruction.arg, false);
    stackSize = Math.max(stackSize, depth[i], after);
    if (isJump(instruction.op)) {
      stackSize = Math.max(
        stackSize,
        depth[i] + stackEffect(instruction.op, instruction.arg, true),
      );
    }
    // A handler setup that survived NOP removal carries the `try:` line.
    let op = isHandlerSetup(instruction.op) ? Op.NOP : instruction.op;
    let arg = isHandlerSetup(instruction.op) ? 0 : instruction.arg;
    if (isJump(op)) {
      arg = finalIndex[instruction.target!.index];
      const backward = arg <= out;
      if (op === Op.JUMP) op = backward ? Op.JUMP_BACKWARD : Op.JUMP_FORWARD;
      else if (op === Op.JUMP_NO_INTERRUPT) {
        op = backward ? Op.JUMP_BACKWARD_NO_INTERRUPT : Op.JUMP_FORWARD;
      } else if (backward !== isBackward(op)) {
        throw new AssemblerError(`${unit.qualname}: ${opName(op)} at ${out} jumps the wrong way`);
      }
    }
    if (isPseudo(op)) throw new AssemblerError(`${unit.qualname}: pseudo-op ${opName(op)} left`);
    code[2 * out] = op;
    code[2 * out + 1] = arg;
    // Artificial instructions (no location) take the location of the one
    // instruction that can run before them, like CPython's
    // propagate_line_numbers: the previous one in a straight-line run, or the
    // jump of a target that nothing else reaches.
    let location = instruction.location;
    if (location.lineno < 0) {
      if (predecessors[i] === 1) location = handedOver[i] ?? inherited ?? location;
      else if (predecessors[i] === 0 && inherited !== null) location = inherited;
    }
    inherited = isTerminator(op) && !isConditional(op) ? null : location;
    if (isJump(instruction.op) && !isHandlerSetup(instruction.op)) {
      const target = firstKept(keep, instruction.target!.index);
      if (target > i && predecessors[target] === 1) handedOver[target] = location;
    }
    positions.set(
      [location.lineno, location.endLineno, location.col, location.endCol],
      out * POSITION_SIZE,
    );
    handlerOf.push(instruction.handler);
    out++;
  }

  const rows: number[] = [];
  for (let start = 0; start < handlerOf.length;) {
    const handler = handlerOf[start];
    let end = start + 1;
    while (end < handlerOf.length && handlerOf[end] === handler) end++;
    if (handler !== null) {
      const entry = depth[handler.label.index];
      if (entry < 0) throw new AssemblerError(`${unit.qualname}: unreachable handler`);
      const lasti = handler.lasti ? 1 : 0;
      rows.push(start, end, finalIndex[handler.label.index], entry - 1 - lasti, lasti);
    }
    start = end;
  }
  const exceptionTable = new Int32Array(rows);
  if (exceptionTable.length % EXCEPTION_ENTRY_SIZE !== 0) throw new AssemblerError("bad table");
  const consts = trimUnusedConstants(code, unit.consts);
  return { code, exceptionTable, positions, stackSize, consts };
}

/** Builds the final CodeObject of a finished unit. */
export function makeCodeObject(unit: CodeUnit, filename: string, flags: number): CodeObject {
  const assembled = assemble(unit);
  const cellParameterIndex = new Int32Array(
    unit.cellvars.map((name) => unit.symbols.varnames.indexOf(name)),
  );
  return new CodeObject(
    unit.name,
    unit.qualname,
    filename,
    unit.firstlineno,
    unit.argcount,
    unit.posonlyargcount,
    unit.kwonlyargcount,
    unit.varnames,
    unit.cellvars,
    unit.freevars,
    unit.names,
    assembled.consts,
    flags,
    assembled.stackSize,
    assembled.code,
    assembled.exceptionTable,
    assembled.positions,
    cellParameterIndex,
  );
}

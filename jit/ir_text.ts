/**
 * The textual form of traces, so that logs can be read and tests can be
 * written as "trace in -> trace out".
 *
 *     inputs i0@3 f1@4 r2@6
 *     i3 = int_add_ovf i0, 1 @[12 sp=7: i0, -, r2]
 *     r4 = getslot r2 #1
 *     guard_class r2, $Point @[12 sp=7: i3, -, r2]
 *     jump i3, f1, r2
 *
 * `inputs` lists each input value with the looping frame's slot it comes
 * from; a `label` lists the values it defines the same way, after `=>`
 * (`label i3, 0 #14 => i5@0 i6@1`). An op line is `[result =] name operand, ... [#immediate] [@snapshot]`.
 * Values are named by kind and number (i3, f1, r2); constants are ints
 * (`5`), floats (`1.5`, `2.0`, `inf`, `nan`), `None`, `True`, `False`,
 * `NULL` (an empty stack slot) or `$name`, looked up in the environment the
 * parser is given (the printer names helpers, types and maps). A snapshot is
 * one `[pc sp=N: slot, ...]` per frame, outermost first; `-` is a slot the
 * trace leaves untouched. Printed snapshots carry no code objects: the
 * parser gives its frames the code and function the caller supplies (tests
 * that resume use one frame).
 */
import {
  Const,
  LoopLabel,
  Op,
  type Operand,
  Snapshot,
  type SnapshotFrame,
  Trace,
  Value,
} from "./ir.ts";
import { type Kind, KIND_PREFIX, opInfo } from "./ir_ops.ts";
import { HELPER_NAMES } from "./helpers.ts";
import type { CodeObject } from "../vm/compiler/code.ts";

// ------------------------------------------------------------------ printing

function constantText(constant: Const): string {
  const value = constant.value;
  if (constant.kind === "int") return String(value);
  if (constant.kind === "float") {
    const n = value as number;
    if (Number.isNaN(n)) return "nan";
    if (!Number.isFinite(n)) return n > 0 ? "inf" : "-inf";
    return Number.isInteger(n) ? n.toFixed(1) : String(n);
  }
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (value === undefined) return "NULL";
  const name = constant.name ?? HELPER_NAMES.get(value) ?? describe(value);
  return "$" + name;
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  const object = value as { name?: unknown; cls?: { name?: string } };
  if (typeof object?.name === "string") return object.name;
  return object?.cls?.name ?? typeof value;
}

function operandText(operand: Operand): string {
  return operand instanceof Value ? operand.toString() : constantText(operand as Const);
}

function snapshotText(snapshot: Snapshot): string {
  return snapshot.frames.map((frame) =>
    `[${frame.pc} sp=${frame.sp}: ${
      frame.slots.map((slot) => slot === null ? "-" : operandText(slot)).join(", ")
    }]`
  ).join("");
}

export function printOp(op: Op): string {
  let text = op.result !== null ? `${op.result} = ${op.name}` : op.name;
  if (op.args.length > 0) text += " " + op.args.map(operandText).join(", ");
  // (A jump to the trace's start has no immediate to show.)
  if (op.info.immediate && !(op.name === "jump" && op.immediate === 0)) {
    text += ` #${op.immediate}`;
  }
  if (op.loop !== null) text += " => " + valuesWithSlots(op.loop.values, op.loop.slots);
  if (op.snapshot !== null) text += ` @${snapshotText(op.snapshot)}`;
  return text;
}

function valuesWithSlots(values: readonly Value[], slots: readonly number[]): string {
  return values.map((value, i) => `${value}@${slots[i]}`).join(" ");
}

export function printTrace(trace: Trace, withSnapshots = true): string {
  const lines = ["inputs " + valuesWithSlots(trace.inputs, trace.inputSlots)];
  for (const op of trace.ops) {
    const text = printOp(op);
    lines.push(withSnapshots ? text : text.replace(/ @\[.*$/, ""));
  }
  return lines.join("\n");
}

// ------------------------------------------------------------------- parsing

const KIND_OF_PREFIX: Record<string, Kind> = Object.fromEntries(
  Object.entries(KIND_PREFIX).map(([kind, prefix]) => [prefix, kind as Kind]),
);

export interface ParseOptions {
  /** Values of `$name` constants. */
  readonly constants?: Record<string, unknown>;
  /** The code object snapshot frames get (one per depth; default none). */
  readonly codes?: readonly CodeObject[];
  /** The pc of the trace's loop header (default 0). */
  readonly loopPc?: number;
}

/** Parses the textual form (the inverse of printTrace). */
export function parseTrace(text: string, options: ParseOptions = {}): Trace {
  const trace = new Trace(options.codes?.[0] ?? null, options.loopPc ?? 0);
  const values = new Map<string, Value>();
  const lines = text.split("\n").map((line) => line.replace(/\s*;.*$/, "").trim()).filter(Boolean);

  const valueNamed = (name: string, kind?: Kind): Value => {
    const existing = values.get(name);
    if (existing !== undefined) return existing;
    if (kind === undefined) throw new Error(`jit text: ${name} used before it is defined`);
    throw new Error(`jit text: ${name} defined twice`);
  };

  const operand = (token: string): Operand => {
    const t = token.trim();
    if (/^[ifr]\d+$/.test(t)) return valueNamed(t);
    if (t === "None") return new Const("ref", null);
    if (t === "True") return new Const("ref", true);
    if (t === "False") return new Const("ref", false);
    if (t === "NULL") return new Const("ref", undefined);
    if (t === "inf" || t === "-inf") return new Const("float", t === "inf" ? Infinity : -Infinity);
    if (t === "nan") return new Const("float", NaN);
    if (t.startsWith("$")) {
      const name = t.slice(1);
      const constants = options.constants ?? {};
      if (!(name in constants)) throw new Error(`jit text: unknown constant $${name}`);
      return new Const("ref", constants[name], name);
    }
    if (/^-?\d+$/.test(t)) return new Const("int", Number(t));
    if (/^-?[\d.]+(e[-+]?\d+)?$/.test(t)) return new Const("float", Number(t));
    throw new Error(`jit text: cannot read operand '${t}'`);
  };

  const define = (name: string, op: Op | null): Value => {
    if (values.has(name)) throw new Error(`jit text: ${name} defined twice`);
    const kind = KIND_OF_PREFIX[name[0]];
    const id = Number(name.slice(1));
    const value = new Value(id, kind, op);
    trace.reserve(id);
    values.set(name, value);
    return value;
  };

  const snapshotOf = (text: string): Snapshot => {
    const frames: SnapshotFrame[] = [];
    for (const match of text.matchAll(/\[(\d+) sp=(\d+):([^\]]*)\]/g)) {
      const slots = match[3].trim() === ""
        ? []
        : match[3].split(",").map((s) => s.trim() === "-" ? null : operand(s));
      frames.push({
        code: options.codes?.[frames.length] as CodeObject,
        func: null,
        pc: Number(match[1]),
        sp: Number(match[2]),
        slots,
        constructed: null,
      });
    }
    return new Snapshot(frames);
  };

  /** `i3@0 r4@5`: values defined with the slots they belong to. */
  const definitions = (text: string, values: Value[], slots: number[]) => {
    for (const token of text.trim().split(/\s+/).filter(Boolean)) {
      const [name, slot] = token.split("@");
      values.push(define(name, null));
      slots.push(Number(slot));
    }
  };

  for (let line of lines) {
    if (line.startsWith("inputs")) {
      definitions(line.slice(6), trace.inputs, trace.inputSlots);
      continue;
    }
    let loop: LoopLabel | null = null;
    const arrow = line.indexOf("=>");
    if (line.startsWith("label") && arrow >= 0) { // label args #pc => values@slots
      loop = new LoopLabel([], []);
      definitions(line.slice(arrow + 2), loop.values, loop.slots);
      line = line.slice(0, arrow).trim();
    }
    const match = /^(?:([ifr]\d+)\s*=\s*)?(\w+)\s*([^#@]*?)\s*(?:#(-?\d+))?\s*(?:@(.*))?$/.exec(
      line,
    );
    if (match === null) throw new Error(`jit text: cannot read '${line}'`);
    const [, resultName, name, argText, immediate, snapshotText] = match;
    const info = opInfo(name);
    const args = argText.trim() === "" ? [] : splitArgs(argText).map(operand);
    const op = new Op(name, args, null, immediate === undefined ? 0 : Number(immediate));
    if (snapshotText !== undefined) op.snapshot = snapshotOf(snapshotText);
    op.loop = loop;
    if (resultName !== undefined) {
      if (info.result === "void") throw new Error(`jit text: ${name} has no result`);
      op.result = define(resultName, op);
      if (op.result.kind !== info.result) {
        throw new Error(`jit text: ${name} gives a ${info.result}, not ${resultName}`);
      }
    }
    trace.ops.push(op);
  }
  return trace;
}

function splitArgs(text: string): string[] {
  return text.split(",").map((s) => s.trim()).filter(Boolean);
}

/**
 * PRINT_EXPR, the statement-expression opcode of "single" (interactive)
 * code: hand the value to `sys.displayhook`, as CPython's ceval does.
 */
import type { PyValue } from "../objects/object.ts";
import { pyError } from "../objects/exceptions.ts";
import { callObject } from "./call.ts";
import { interpreter } from "./interpreter_state.ts";

export function printExpr(value: PyValue): void {
  const hook = interpreter().sys.dict.get("displayhook");
  if (hook === undefined) throw pyError("RuntimeError", "lost sys.displayhook");
  callObject(hook, [value], null);
}

/**
 * `from __future__ import ...` handling, as CPython's future.c: the features a
 * module turns on, and the errors for misplaced or unknown features.
 */
import type { Mod, Stmt } from "./ast.ts";
import { PySyntaxError } from "./errors.ts";

/**
 * The known future features and the co_flags bit each turns on. In 3.11 only
 * two still change anything; the others are accepted and ignored.
 */
export const FUTURE_FEATURES = {
  nested_scopes: 0,
  generators: 0,
  division: 0,
  absolute_import: 0,
  with_statement: 0,
  print_function: 0,
  unicode_literals: 0,
  barry_as_FLUFL: 0x400000,
  generator_stop: 0,
  annotations: 0x1000000,
} as const;

export const CO_FUTURE_ANNOTATIONS = FUTURE_FEATURES.annotations;
export const CO_FUTURE_BARRY_AS_BDFL = FUTURE_FEATURES.barry_as_FLUFL;

function isDocstring(statement: Stmt | undefined): boolean {
  return statement?._type === "Expr" && statement.value._type === "Constant" &&
    typeof statement.value.value === "string";
}

function syntaxError(msg: string, filename: string, lineno: number, offset: number): never {
  throw new PySyntaxError("SyntaxError", msg, filename, lineno, offset, null);
}

export interface FutureInfo {
  /** co_flags bits turned on. */
  flags: number;
  /** Line of the last valid future import (0 if none). */
  lastFutureLine: number;
}

/**
 * Scans the leading run of a module (an optional docstring, then future
 * imports) like CPython's future.c. A future import later on the same line
 * as the statement that ended the run is reported here; later lines are the
 * compiler's business (it rejects `from __future__` after `lastFutureLine`).
 */
export function scanFutureImports(mod: Mod, filename: string): FutureInfo {
  const info: FutureInfo = { flags: 0, lastFutureLine: 0 };
  if (mod._type !== "Module" && mod._type !== "Interactive") return info;
  let done = false;
  let previousLine = 0;
  const body = mod.body;
  const first = isDocstring(body[0]) ? 1 : 0;
  for (const statement of body.slice(first)) {
    if (done && statement.lineno > previousLine) break;
    previousLine = statement.lineno;
    if (statement._type !== "ImportFrom" || statement.module !== "__future__") {
      done = true;
      continue;
    }
    if (done) {
      syntaxError(
        "from __future__ imports must occur at the beginning of the file",
        filename,
        statement.lineno,
        Math.max(statement.col_offset, 1),
      );
    }
    for (const alias of statement.names) {
      const feature = alias.name;
      const offset = statement.col_offset + 1;
      if (feature === "braces") syntaxError("not a chance", filename, statement.lineno, offset);
      if (!Object.hasOwn(FUTURE_FEATURES, feature)) {
        syntaxError(`future feature ${feature} is not defined`, filename, statement.lineno, offset);
      }
      info.flags |= FUTURE_FEATURES[feature as keyof typeof FUTURE_FEATURES];
    }
    info.lastFutureLine = statement.lineno;
  }
  return info;
}

/**
 * Assigning frame.f_lineno from a trace function (a debugger's "jump").
 */
import type { PyValue } from "../../objects/object.ts";
import { pyError } from "../../objects/exceptions.ts";
import type { Frame } from "../frame.ts";
import { hooks } from "./hooks.ts";

export function setLineno(_frame: Frame, value: PyValue | undefined): void {
  if (value === undefined) throw pyError("AttributeError", "cannot delete attribute");
  if (typeof value !== "number" && typeof value !== "bigint") {
    throw pyError("ValueError", "lineno must be an integer");
  }
  void hooks;
  throw pyError(
    "NotImplementedError",
    "Taipan: assigning frame.f_lineno (a trace function's jump) is not supported yet",
  );
}

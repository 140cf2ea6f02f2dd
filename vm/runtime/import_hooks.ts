/**
 * IMPORT_NAME / IMPORT_FROM / IMPORT_STAR. The import system is the
 * standard-library issue's work; until it exists every import raises an
 * ImportError that says so, rather than pretending a module is missing.
 */
import type { PyValue } from "../objects/object.ts";
import { pyError } from "../objects/exceptions.ts";
import type { Frame } from "./frame.ts";
import { getAttribute } from "./attributes.ts";

export function importName(
  _frame: Frame,
  name: string,
  _fromlist: PyValue,
  _level: PyValue,
): PyValue {
  throw pyError(
    "ImportError",
    `Taipan: the import system is not implemented yet (import of '${name}')`,
  );
}

export function importFrom(module: PyValue, name: string): PyValue {
  return getAttribute(module, name);
}

export function importStar(_frame: Frame, _module: PyValue): void {
  throw pyError("ImportError", "Taipan: the import system is not implemented yet (import *)");
}

/** Cells: the boxes closures share a variable through (`cell` type). */
import { PyObject, type PyValue } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";

export const cellType = makeBuiltinType("cell", undefined, { subclassable: false });

export class PyCell extends PyObject {
  /** `undefined` while the variable is unbound. */
  contents: PyValue | undefined;
  constructor(contents: PyValue | undefined = undefined) {
    super(cellType);
    this.contents = contents;
  }
}

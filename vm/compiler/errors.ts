/**
 * Errors raised by the front end before any Python object exists. The runtime
 * turns a `PySyntaxError` into the Python exception of the same class name.
 *
 * Fields follow CPython's SyntaxError: `lineno`/`offset` are 1-based and
 * `offset` counts characters (code points) of `text`, not bytes.
 * "MemoryError" is what CPython 3.11's parser raises when rules nest deeper
 * than its MAXSTACK (e.g. 6000 unary minus signs); it has no location.
 */
export type SyntaxErrorClass = "SyntaxError" | "IndentationError" | "TabError" | "MemoryError";

export class PySyntaxError extends Error {
  constructor(
    readonly pyClass: SyntaxErrorClass,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    readonly text: string | null,
    readonly endLineno: number = lineno,
    readonly endOffset: number = offset,
  ) {
    super(`${pyClass}: ${msg} (${filename}, line ${lineno})`);
  }

  /** `str(exc)` as CPython formats it: the file's base name only (text after the last "/"). */
  toPyString(): string {
    const baseName = this.filename.slice(this.filename.lastIndexOf("/") + 1);
    return `${this.msg} (${baseName}, line ${this.lineno})`;
  }
}

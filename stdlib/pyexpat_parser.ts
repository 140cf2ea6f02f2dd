/**
 * The state of a pyexpat parser (`pyexpat.xmlparser`) and the C callbacks
 * through which expat calls its Python handlers.
 *
 * Callbacks: one `Deno.UnsafeCallback` per handler kind for the whole
 * process, made when a parser first sets that handler, never one per
 * parser (creating a callback compiles a trampoline). Each parser's expat
 * user data is a number naming it in `liveParsers` (weakly: a parser is
 * collected like any object, and its expat parser freed then). Expat calls
 * the callbacks synchronously inside XML_Parse, on this thread.
 *
 * Errors: a JS exception must never unwind through expat's C frames, so a
 * callback catches whatever its handler raises and keeps it as the
 * parser's pending error (CPython's "PyErr_Occurred" state); later
 * callbacks return at once while it is pending. As in CPython, a handler
 * that raises also clears every handler of the parser (flag_error), so the
 * rest of the input is parsed without calling Python, and Parse then raises
 * the pending exception unchanged. Character data may be buffered
 * (buffer_text): it is handed to the handler before any other handler runs
 * and when Parse returns.
 *
 * Freeing: FinalizationRegistry callbacks run only between event-loop
 * tasks, and a Python program is one long task, so a parser freed only
 * when collected would never be freed while the program runs (20,000
 * ElementTree.fromstring calls held 320 MB). A parser whose final Parse
 * succeeded, or whose Parse failed, is therefore retired at once: its
 * expat parser is freed and the little that can still be asked of it is
 * kept (`FinishedState`): positions, the error code, the base, and expat's
 * answers for such a parser. A finished one fails any later Parse with
 * "parsing finished"; a failed one fails it with the same error again,
 * its position moved each time by the same amount (expat recounts the text
 * from where it stopped to the error), measured by one more final parse
 * before freeing. A parser that never finishes, or has external-entity
 * parsers still alive, is left to the finalizer.
 *
 * The character-data handler is never removed while expat may be inside a
 * run of character data (expat calls the pointer it read in a loop); a no-op
 * callback takes its place, as in CPython.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyDict } from "../vm/objects/dict.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { strFromJs } from "../vm/objects/str_wide.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { callObject } from "../vm/runtime/call.ts";
import {
  callbackDefinition,
  CHARACTER_DATA,
  type ConversionContext,
  convertArguments,
  HANDLERS,
} from "./pyexpat_handlers.ts";
import { decodeUtf8, expat, readBytes, readCString } from "./pyexpat_native.ts";
import { expatError } from "./pyexpat_errors.ts";
import { fillEncodingMap } from "./pyexpat_encoding.ts";
import { joinBytes } from "./io_common.ts";
import { addHandlerFrame } from "./pyexpat_traceback.ts";
import { filledArray } from "../vm/objects/array_fill.ts";

export const xmlparserType = makeBuiltinType("xmlparser", undefined, { subclassable: false });
xmlparserType.dict.set("__module__", "pyexpat");
xmlparserType.dict.set("__doc__", "XML parser");

const parsingNow = new Map<number, PyExpatParser>();
let nextParserId = 1;

const freeParser = new FinalizationRegistry<Deno.PointerValue>(
  (handle) => expat.fn("XML_ParserFree")(handle),
);

/** What a retired parser still answers (expat's values when its parse finished). */
export interface FinishedState {
  line: number;
  column: number;
  readonly byteIndex: number;
  errorCode: number;
  base: string | null;
  /** For a failed parser: how each later Parse moves the position. */
  readonly drift: { readonly lines: number; readonly column: number } | null;
}

const XML_ERROR_FINISHED = 36;
const EMPTY_INPUT = new Uint8Array(128);

/** Pending-error marker: no exception is waiting to be raised. */
const NO_ERROR = Symbol("no pending error");

export const CHARACTER_BUFFER_SIZE = 8192;

export class PyExpatParser extends PyObject implements ConversionContext {
  readonly id = nextParserId++;
  /** The Python handler of each HANDLERS row; undefined when unset. */
  readonly handlers: (PyValue | undefined)[] = filledArray(HANDLERS.length, undefined);
  /** Buffered character data (buffer_text on), or null when off. */
  characterBuffer: Uint8Array[] | null = null;
  bufferUsed = 0;
  bufferSize = CHARACTER_BUFFER_SIZE;
  orderedAttributes = false;
  specifiedAttributes = false;
  namespacePrefixes = false;
  inCallback = false;
  /** An exception raised by a handler, to be raised when expat returns. */
  pendingError: unknown = NO_ERROR;
  /** Set when the parser is retired (its expat parser freed after a final parse). */
  finished: FinishedState | null = null;
  /** External-entity parsers made from this one and not retired yet. */
  liveChildren = 0;

  constructor(
    public handle: Deno.PointerValue,
    readonly internTable: PyDict | null,
    /** The parser of ExternalEntityParserCreate (expat needs it to outlive this one). */
    readonly parent: PyExpatParser | null = null,
  ) {
    super(xmlparserType);
    const userData = Deno.UnsafePointer.create(BigInt(this.id));
    expat.fn("XML_SetUserData")(handle, userData);
    expat.fn("XML_SetUnknownEncodingHandler")(handle, unknownEncodingPointer(), userData);
    freeParser.register(this, handle, this);
    if (parent !== null) parent.liveChildren++;
  }

  /** Run `parse` (expat calls) with this parser reachable from the callbacks. */
  whileParsing<T>(parse: () => T): T {
    const outer = parsingNow.get(this.id);
    parsingNow.set(this.id, this);
    try {
      return parse();
    } finally {
      if (outer === undefined) parsingNow.delete(this.id);
    }
  }

  /**
   * After a final parse (`failed` false) or a failed one: free the expat
   * parser now, keeping its answers.
   */
  retire(failed: boolean): void {
    if (this.finished !== null || this.liveChildren > 0 || this.inCallback) return;
    const line = this.lineNumber();
    const column = this.columnNumber();
    const state: FinishedState = {
      line,
      column,
      byteIndex: this.byteIndex(),
      errorCode: expat.fn("XML_GetErrorCode")(this.handle),
      base: readCString(expat.fn("XML_GetBase")(this.handle)),
      drift: null,
    };
    if (failed) {
      // Parse once more: a stopped parser says it has finished; a failed one moves on.
      expat.fn("XML_Parse")(this.handle, EMPTY_INPUT, 0, 1);
      if (expat.fn("XML_GetErrorCode")(this.handle) !== XML_ERROR_FINISHED) {
        const lines = this.lineNumber() - line;
        const drift = {
          lines,
          column: lines > 0 ? this.columnNumber() : this.columnNumber() - column,
        };
        Object.assign(state, { drift });
      }
    }
    this.finished = state;
    freeParser.unregister(this);
    expat.fn("XML_ParserFree")(this.handle);
    this.handle = null;
    if (this.parent !== null) this.parent.liveChildren--;
  }

  /**
   * The error of parsing a retired parser again: XML_ERROR_FINISHED, or the
   * failure again, further on (`moved`: Parse moves the position, ParseFile
   * does not, expat having moved its buffer).
   */
  retiredError(moved: boolean) {
    const state = this.finished!;
    const drift = state.drift;
    if (drift === null) {
      state.errorCode = XML_ERROR_FINISHED;
    } else if (moved && drift.lines > 0) {
      state.line += drift.lines;
      state.column = drift.column;
    } else if (moved) {
      state.column += drift.column;
    }
    return this.currentError(state.errorCode);
  }

  /** string_intern; NULL is None, which is interned too (as in CPython). */
  intern(text: string | null): PyValue {
    const value = text === null ? null : strFromJs(text);
    const table = this.internTable;
    if (table === null) return value;
    const known = table.get(value);
    if (known !== undefined) return known;
    table.set(value, value);
    return value;
  }

  specifiedAttributeCount(): number {
    return expat.fn("XML_GetSpecifiedAttributeCount")(this.handle);
  }

  /** Install or remove (handler undefined) the Python handler of row `index`. */
  setHandler(index: number, handler: PyValue | undefined): void {
    let pointer: Deno.PointerValue = null;
    if (handler !== undefined) pointer = callbackPointer(index);
    else if (index === CHARACTER_DATA && this.inCallback) pointer = noopCharacterData();
    this.handlers[index] = handler;
    if (this.finished === null) expat.fn(HANDLERS[index].setter)(this.handle, pointer);
  }

  /** flag_error: keep `error` for Parse to raise, stop calling Python, stop the parser. */
  flagError(error: unknown): void {
    if (this.pendingError === NO_ERROR) this.pendingError = error;
    if (this.finished === null) expat.fn("XML_StopParser")(this.handle, 0);
    for (let index = 0; index < HANDLERS.length; index++) {
      this.handlers[index] = undefined;
      const pointer = index === CHARACTER_DATA ? noopCharacterData() : null;
      expat.fn(HANDLERS[index].setter)(this.handle, pointer);
    }
  }

  get hasPendingError(): boolean {
    return this.pendingError !== NO_ERROR;
  }

  /** Call a handler; what it raises is flagged (handlers cleared) and rethrown. */
  callHandler(index: number, handler: PyValue, args: PyValue[]): PyValue {
    this.inCallback = true;
    try {
      return callObject(handler, args, null);
    } catch (error) {
      addHandlerFrame(error, index);
      this.flagError(error);
      throw error;
    } finally {
      this.inCallback = false;
    }
  }

  /** call_character_handler: false when there is no handler. */
  callCharacterHandler(bytes: Uint8Array): boolean {
    const handler = this.handlers[CHARACTER_DATA];
    if (handler === undefined) return false;
    this.callHandler(CHARACTER_DATA, handler, [strFromJs(decodeUtf8(bytes))]);
    return true;
  }

  /** flush_character_buffer: false when data was buffered but no handler is left. */
  flushCharacterBuffer(): boolean {
    const buffer = this.characterBuffer;
    if (buffer === null || this.bufferUsed === 0) return true;
    const bytes = joinBytes(buffer);
    buffer.length = 0;
    try {
      return this.callCharacterHandler(bytes);
    } finally {
      this.bufferUsed = 0;
    }
  }

  /**
   * get_parse_result: raise a handler's exception, or expat's error when
   * `status` is 0, else hand over buffered character data.
   */
  finishParse(status: number): number {
    if (this.pendingError !== NO_ERROR) {
      const error = this.pendingError;
      this.pendingError = NO_ERROR;
      throw error;
    }
    if (status === 0) throw this.currentError(expat.fn("XML_GetErrorCode")(this.handle));
    let flushed: boolean;
    try {
      flushed = this.flushCharacterBuffer();
    } finally {
      this.pendingError = NO_ERROR;
    }
    if (!flushed) throw pyError("SystemError", "error return without exception set");
    return status;
  }

  /** set_error: ExpatError for `code` at the current position. */
  currentError(code: number) {
    return expatError(code, this.lineNumber(), this.columnNumber());
  }

  lineNumber(): number {
    return this.finished?.line ?? Number(expat.fn("XML_GetCurrentLineNumber")(this.handle));
  }

  columnNumber(): number {
    return this.finished?.column ?? Number(expat.fn("XML_GetCurrentColumnNumber")(this.handle));
  }

  byteIndex(): number {
    return this.finished?.byteIndex ?? Number(expat.fn("XML_GetCurrentByteIndex")(this.handle));
  }

  errorCode(): number {
    return this.finished?.errorCode ?? expat.fn("XML_GetErrorCode")(this.handle);
  }
}

/** The Python parser named by expat's user data (or, for some handlers, by the parser). */
function parserFrom(first: Deno.PointerValue, parserFirst: boolean): PyExpatParser | undefined {
  const userData = parserFirst ? new Deno.UnsafePointerView(first!).getPointer(0) : first;
  return parsingNow.get(Number(Deno.UnsafePointer.value(userData)));
}

/** The generic callback body for HANDLERS row `index`. */
function dispatch(index: number, raw: unknown[]): number {
  const spec = HANDLERS[index];
  const parser = parserFrom(raw[0] as Deno.PointerValue, spec.parserFirst === true);
  if (parser === undefined) return 0;
  const handler = parser.handlers[index];
  if (handler === undefined || parser.hasPendingError) return 0;
  const models: Deno.PointerValue[] = [];
  try {
    if (!parser.flushCharacterBuffer()) return 0;
    const args = convertArguments(spec, parser, raw.slice(1), models);
    const result = parser.callHandler(index, handler, args);
    return spec.returnsInt ? asCInt(result) : 0;
  } catch (error) {
    if (!parser.hasPendingError) parser.pendingError = error;
    return 0;
  } finally {
    for (const model of models) expat.fn("XML_FreeContentModel")(parser.handle, model);
  }
}

/** my_CharacterDataHandler: deliver or buffer a run of character data. */
function characterData(userData: Deno.PointerValue, data: Deno.PointerValue, length: number) {
  const parser = parserFrom(userData, false);
  if (parser === undefined || parser.hasPendingError) return;
  try {
    const buffer = parser.characterBuffer;
    if (buffer === null) {
      parser.callCharacterHandler(readBytes(data, length));
      return;
    }
    if (parser.bufferUsed + length > parser.bufferSize) {
      if (!parser.flushCharacterBuffer()) return;
      if (parser.handlers[CHARACTER_DATA] === undefined) return;
    }
    if (length > parser.bufferSize) {
      parser.callCharacterHandler(readBytes(data, length));
      parser.bufferUsed = 0;
    } else {
      parser.characterBuffer!.push(readBytes(data, length));
      parser.bufferUsed += length;
    }
  } catch (error) {
    if (!parser.hasPendingError) parser.pendingError = error;
  }
}

const callbacks: (Deno.UnsafeCallback | undefined)[] = [];
let noopCallback: Deno.UnsafeCallback | null = null;

function callbackPointer(index: number): Deno.PointerValue {
  let callback = callbacks[index];
  if (callback === undefined) {
    const definition = callbackDefinition(HANDLERS[index]);
    callback = index === CHARACTER_DATA
      ? new Deno.UnsafeCallback(definition, characterData as never)
      : new Deno.UnsafeCallback(definition, ((...raw: unknown[]) => dispatch(index, raw)) as never);
    callbacks[index] = callback;
  }
  return callback.pointer;
}

function noopCharacterData(): Deno.PointerValue {
  noopCallback ??= new Deno.UnsafeCallback(callbackDefinition(HANDLERS[CHARACTER_DATA]), () => {});
  return noopCallback.pointer;
}

const ENCODING_HANDLER = {
  parameters: ["pointer", "pointer", "pointer"],
  result: "i32",
} as const;
let encodingCallback: Deno.UnsafeCallback<typeof ENCODING_HANDLER> | null = null;

/** PyUnknownEncodingHandler; its data pointer is the parser's user data. */
function unknownEncodingPointer(): Deno.PointerValue {
  encodingCallback ??= new Deno.UnsafeCallback(
    ENCODING_HANDLER,
    (data, name, info) => {
      const parser = parserFrom(data, false);
      if (parser === undefined || parser.hasPendingError) return 0;
      return fillEncodingMap(name, info, (error) => parser.pendingError = error) ? 1 : 0;
    },
  );
  return encodingCallback.pointer;
}

/**
 * pyexpat's ExpatError and its two submodules: `errors` (a constant per
 * expat error code holding expat's message, and the `codes`/`messages`
 * dicts between them) and `model` (the content-model constants). Messages
 * come from the library (XML_ErrorString), as in CPython.
 */
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType, type PyBaseException } from "../vm/objects/exceptions.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { callObject } from "../vm/runtime/call.ts";
import { setAttribute } from "../vm/runtime/attributes.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addValues, newModule } from "./module_helpers.ts";
import { errorString } from "./pyexpat_native.ts";

export const expatErrorType = makeBuiltinType("ExpatError", ExceptionType.Exception);
expatErrorType.dict.set("__module__", "xml.parsers.expat");
expatErrorType.dict.set("__doc__", null);
expatErrorType.invalidate();

/** enum XML_Error of expat.h from code 1 on (XML_ERROR_NONE, 0, is not exported). */
const ERROR_NAMES = [
  "NO_MEMORY",
  "SYNTAX",
  "NO_ELEMENTS",
  "INVALID_TOKEN",
  "UNCLOSED_TOKEN",
  "PARTIAL_CHAR",
  "TAG_MISMATCH",
  "DUPLICATE_ATTRIBUTE",
  "JUNK_AFTER_DOC_ELEMENT",
  "PARAM_ENTITY_REF",
  "UNDEFINED_ENTITY",
  "RECURSIVE_ENTITY_REF",
  "ASYNC_ENTITY",
  "BAD_CHAR_REF",
  "BINARY_ENTITY_REF",
  "ATTRIBUTE_EXTERNAL_ENTITY_REF",
  "MISPLACED_XML_PI",
  "UNKNOWN_ENCODING",
  "INCORRECT_ENCODING",
  "UNCLOSED_CDATA_SECTION",
  "EXTERNAL_ENTITY_HANDLING",
  "NOT_STANDALONE",
  "UNEXPECTED_STATE",
  "ENTITY_DECLARED_IN_PE",
  "FEATURE_REQUIRES_XML_DTD",
  "CANT_CHANGE_FEATURE_ONCE_PARSING",
  "UNBOUND_PREFIX",
  "UNDECLARING_PREFIX",
  "INCOMPLETE_PE",
  "XML_DECL",
  "TEXT_DECL",
  "PUBLICID",
  "SUSPENDED",
  "NOT_SUSPENDED",
  "ABORTED",
  "FINISHED",
  "SUSPEND_PE",
  "RESERVED_PREFIX_XML",
  "RESERVED_PREFIX_XMLNS",
  "RESERVED_NAMESPACE_URI",
  "INVALID_ARGUMENT",
  "NO_BUFFER",
  "AMPLIFICATION_LIMIT_BREACH",
] as const;

const MODEL_CONSTANTS = {
  XML_CTYPE_EMPTY: 1,
  XML_CTYPE_ANY: 2,
  XML_CTYPE_MIXED: 3,
  XML_CTYPE_NAME: 4,
  XML_CTYPE_CHOICE: 5,
  XML_CTYPE_SEQ: 6,
  XML_CQUANT_NONE: 0,
  XML_CQUANT_OPT: 1,
  XML_CQUANT_REP: 2,
  XML_CQUANT_PLUS: 3,
} as const;

function submodule(name: string, doc: string): PyModule {
  const module = newModule(name, doc);
  addValues(module, { __loader__: null, __spec__: null });
  return module;
}

export function createErrorsModule(): PyModule {
  const module = submodule("pyexpat.errors", "Constants used to describe error conditions.");
  const codes = new PyDict();
  const messages = new PyDict();
  ERROR_NAMES.forEach((name, index) => {
    const code = index + 1;
    const message = errorString(code);
    if (message === null) return; // an older expat without this error
    module.dict.set(`XML_ERROR_${name}`, message);
    codes.set(message, code);
    messages.set(code, message);
  });
  addValues(module, { codes, messages });
  return module;
}

export function createModelModule(): PyModule {
  const module = submodule(
    "pyexpat.model",
    "Constants used to interpret content model information.",
  );
  addValues(module, MODEL_CONSTANTS);
  return module;
}

/** set_error: "<message>: line L, column C", with code, offset and lineno attributes. */
export function expatError(code: number, lineno: number, column: number): PyBaseException {
  const error = callObject(expatErrorType, [
    `${errorString(code)}: line ${lineno}, column ${column}`,
  ], null) as PyBaseException;
  setAttribute(error, "code", code);
  setAttribute(error, "offset", column);
  setAttribute(error, "lineno", lineno);
  return error;
}

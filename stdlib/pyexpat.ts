/**
 * `pyexpat` over the system libexpat (pyexpat_native.ts): ParserCreate,
 * ErrorString, the version and feature information, ExpatError and the
 * `errors`/`model` submodules, for xml.parsers.expat and everything built on
 * it (ElementTree, minidom, sax, plistlib). Importing pyexpat where libexpat
 * cannot be loaded raises ImportError naming the library.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { PyList } from "../vm/objects/list.ts";
import { strFromJs } from "../vm/objects/str_wide.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { requireSystemLibrary } from "./system_library_import.ts";
import { interpreter } from "../vm/runtime/interpreter_state.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import { errorString, expat, featureList, readCString } from "./pyexpat_native.ts";
import { createErrorsModule, createModelModule, expatErrorType } from "./pyexpat_errors.ts";
import { createParser, optionalText } from "./pyexpat_parser_type.ts";
import { xmlparserType } from "./pyexpat_parser.ts";

function parserCreate(
  encodingArgument: PyValue,
  separatorArgument: PyValue,
  internArgument: PyValue | undefined,
) {
  const encoding = optionalText(encodingArgument, "ParserCreate() argument 'encoding'");
  const separator = optionalText(
    separatorArgument,
    "ParserCreate() argument 'namespace_separator'",
  );
  if (separator !== null && new TextEncoder().encode(separator).length > 1) {
    throw pyError(
      "ValueError",
      "namespace_separator must be at most one character, omitted, or None",
    );
  }
  let intern: PyDict | null;
  if (internArgument === undefined) intern = new PyDict();
  else if (internArgument === null) intern = null;
  else if (internArgument instanceof PyDict) intern = internArgument;
  else throw pyError("TypeError", "intern must be a dictionary");
  return createParser(encoding, separator, intern);
}

function errorStringOf(code: PyValue): PyValue {
  const message = errorString(asCInt(code));
  return message === null ? null : strFromJs(message);
}

/** "expat_2.5.0" -> (2, 5, 0). */
function versionInfo(version: string): PyValue {
  const numbers = version.replace(/^expat_/, "").split(".").map((part) => parseInt(part, 10));
  return newTuple(numbers);
}

export function createPyexpatModule(): PyModule {
  requireSystemLibrary("pyexpat", "Expat library", expat);
  const module = newModule("pyexpat", "Python wrapper for Expat parser.");
  addFunctions(module, {
    ParserCreate: [
      "encoding=None, namespace_separator=None, intern=?",
      parserCreate,
      { doc: "Return a new XML parser object." },
    ],
    ErrorString: ["code, /", errorStringOf, { doc: "Returns string error for given number." }],
  });
  const errors = createErrorsModule();
  const model = createModelModule();
  const modules = interpreter().modules;
  modules.set("pyexpat.errors", errors);
  modules.set("pyexpat.model", model);
  const version = readCString(expat.fn("XML_ExpatVersion")())!;
  addValues(module, {
    EXPAT_VERSION: version,
    version_info: versionInfo(version),
    native_encoding: "UTF-8",
    features: new PyList(featureList().map(([name, value]) => newTuple([name, value]))),
    XMLParserType: xmlparserType,
    ExpatError: expatErrorType,
    error: expatErrorType,
    errors,
    model,
    XML_PARAM_ENTITY_PARSING_NEVER: 0,
    XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE: 1,
    XML_PARAM_ENTITY_PARSING_ALWAYS: 2,
  });
  return module;
}

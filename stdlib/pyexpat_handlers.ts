/**
 * The handlers of a pyexpat parser, declared once as data: the Python
 * attribute, expat's setter, and what each C argument becomes in Python.
 * From a row come the C callback's FFI signature and the conversion of its
 * arguments, so adding a handler is adding a row.
 *
 * Argument kinds (CPython's conversions in pyexpat.c):
 * - `name`: a string passed through the parser's `intern` dict (element
 *   and attribute names, ids, prefixes); NULL is None.
 * - `text`: a string, not interned; NULL is None.
 * - `sized`: a pointer and an int length (character data, entity values).
 * - `int`: a C int.
 * - `attributes`: a NULL-terminated name/value array, as a dict or (with
 *   ordered_attributes) a flat list, limited to the specified attributes
 *   when specified_attributes is set.
 * - `model`: an XML_Content tree, as nested (type, quant, name, children)
 *   tuples; freed after the call.
 *
 * A handler's exception passes through a C frame in CPython's traceback,
 * `File "../Modules/pyexpat.c", line N, in StartElement`: the frame is named
 * after the row (without "Handler", except DefaultHandlerExpand) and `cLine`
 * is its line.
 *
 * The order of the rows is CPython's (it is the order of dir(parser)'s
 * handlers and of ExternalEntityParserCreate's copying).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { PyList } from "../vm/objects/list.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { strFromJs } from "../vm/objects/str_wide.ts";
import {
  type ContentModel,
  decodeUtf8,
  type ExpatSetter,
  readBytes,
  readContentModel,
  readCString,
} from "./pyexpat_native.ts";

type ArgumentKind = "name" | "text" | "sized" | "int" | "attributes" | "model";

export interface HandlerSpec {
  /** The Python attribute, e.g. "StartElementHandler". */
  readonly name: string;
  readonly setter: ExpatSetter;
  /**
   * The line of CPython 3.11.2's pyexpat.c that calls this handler: a
   * handler's exception gets a traceback entry for that C frame, as in
   * CPython (values as the oracle reports them).
   */
  readonly cLine: number;
  /** The C arguments after the first (the user data, or the parser itself). */
  readonly arguments: readonly ArgumentKind[];
  /** The C handler returns an int (the Python result, as an int). */
  readonly returnsInt?: boolean;
  /** The first C argument is the XML_Parser, not the user data. */
  readonly parserFirst?: boolean;
}

export const HANDLERS: readonly HandlerSpec[] = [
  {
    name: "StartElementHandler",
    setter: "XML_SetStartElementHandler",
    cLine: 417,
    arguments: ["name", "attributes"],
  },
  {
    name: "EndElementHandler",
    setter: "XML_SetEndElementHandler",
    cLine: 469,
    arguments: ["name"],
  },
  {
    name: "ProcessingInstructionHandler",
    setter: "XML_SetProcessingInstructionHandler",
    cLine: 473,
    arguments: ["name", "text"],
  },
  {
    name: "CharacterDataHandler",
    setter: "XML_SetCharacterDataHandler",
    cLine: 282,
    arguments: ["sized"],
  },
  {
    name: "UnparsedEntityDeclHandler",
    setter: "XML_SetUnparsedEntityDeclHandler",
    cLine: 479,
    arguments: ["name", "name", "name", "name", "name"],
  },
  {
    name: "NotationDeclHandler",
    setter: "XML_SetNotationDeclHandler",
    cLine: 619,
    arguments: ["name", "name", "name", "name"],
  },
  {
    name: "StartNamespaceDeclHandler",
    setter: "XML_SetStartNamespaceDeclHandler",
    cLine: 629,
    arguments: ["name", "name"],
  },
  {
    name: "EndNamespaceDeclHandler",
    setter: "XML_SetEndNamespaceDeclHandler",
    cLine: 636,
    arguments: ["name"],
  },
  { name: "CommentHandler", setter: "XML_SetCommentHandler", cLine: 641, arguments: ["text"] },
  {
    name: "StartCdataSectionHandler",
    setter: "XML_SetStartCdataSectionHandler",
    cLine: 645,
    arguments: [],
  },
  {
    name: "EndCdataSectionHandler",
    setter: "XML_SetEndCdataSectionHandler",
    cLine: 649,
    arguments: [],
  },
  { name: "DefaultHandler", setter: "XML_SetDefaultHandler", cLine: 653, arguments: ["sized"] },
  {
    name: "DefaultHandlerExpand",
    setter: "XML_SetDefaultHandlerExpand",
    cLine: 657,
    arguments: ["sized"],
  },
  {
    name: "NotStandaloneHandler",
    setter: "XML_SetNotStandaloneHandler",
    cLine: 662,
    arguments: [],
    returnsInt: true,
  },
  {
    name: "ExternalEntityRefHandler",
    setter: "XML_SetExternalEntityRefHandler",
    cLine: 666,
    arguments: ["text", "name", "name", "name"],
    returnsInt: true,
    parserFirst: true,
  },
  {
    name: "StartDoctypeDeclHandler",
    setter: "XML_SetStartDoctypeDeclHandler",
    cLine: 681,
    arguments: ["name", "name", "name", "int"],
  },
  {
    name: "EndDoctypeDeclHandler",
    setter: "XML_SetEndDoctypeDeclHandler",
    cLine: 689,
    arguments: [],
  },
  {
    name: "EntityDeclHandler",
    setter: "XML_SetEntityDeclHandler",
    cLine: 491,
    arguments: ["name", "int", "sized", "name", "name", "name", "name"],
  },
  {
    name: "XmlDeclHandler",
    setter: "XML_SetXmlDeclHandler",
    cLine: 508,
    arguments: ["text", "text", "int"],
  },
  {
    name: "ElementDeclHandler",
    setter: "XML_SetElementDeclHandler",
    cLine: 583,
    arguments: ["name", "model"],
  },
  {
    name: "AttlistDeclHandler",
    setter: "XML_SetAttlistDeclHandler",
    cLine: 598,
    arguments: ["name", "name", "text", "text", "int"],
  },
  {
    name: "SkippedEntityHandler",
    setter: "XML_SetSkippedEntityHandler",
    cLine: 611,
    arguments: ["name", "int"],
  },
];

export const HANDLER_INDEX: ReadonlyMap<string, number> = new Map(
  HANDLERS.map((spec, index) => [spec.name, index]),
);
export const CHARACTER_DATA = HANDLER_INDEX.get("CharacterDataHandler")!;

/** The C callback's FFI signature for a row. */
export function callbackDefinition(spec: HandlerSpec): Deno.UnsafeCallbackDefinition {
  const parameters: Deno.NativeType[] = ["pointer"];
  for (const kind of spec.arguments) {
    if (kind === "int") parameters.push("i32");
    else if (kind === "sized") parameters.push("pointer", "i32");
    else parameters.push("pointer");
  }
  return { parameters, result: spec.returnsInt ? "i32" : "void" };
}

/** What a conversion needs from the parser. */
export interface ConversionContext {
  readonly orderedAttributes: boolean;
  readonly specifiedAttributes: boolean;
  /** string_intern: the interned str for `text` (None for null). */
  intern(text: string | null): PyValue;
  /** XML_GetSpecifiedAttributeCount. */
  specifiedAttributeCount(): number;
}

function sizedText(pointer: Deno.PointerValue, length: number): PyValue {
  return pointer === null ? null : strFromJs(decodeUtf8(readBytes(pointer, length)));
}

function plainText(pointer: Deno.PointerValue): PyValue {
  const text = readCString(pointer);
  return text === null ? null : strFromJs(text);
}

function attributeContainer(context: ConversionContext, pointer: Deno.PointerValue): PyValue {
  const view = new Deno.UnsafePointerView(pointer!);
  let count = 0;
  if (context.specifiedAttributes) count = context.specifiedAttributeCount();
  else while (view.getPointer(count * 8) !== null) count += 2;
  const ordered: PyValue[] = [];
  const dict = new PyDict();
  for (let i = 0; i < count; i += 2) {
    const name = context.intern(readCString(view.getPointer(i * 8)));
    const value = plainText(view.getPointer(i * 8 + 8));
    if (context.orderedAttributes) ordered.push(name, value);
    else dict.set(name, value);
  }
  return context.orderedAttributes ? new PyList(ordered) : dict;
}

function modelTuple(model: ContentModel): PyValue {
  return newTuple([
    model.type,
    model.quant,
    model.name === null ? null : strFromJs(model.name),
    newTuple(model.children.map(modelTuple)),
  ]);
}

/**
 * The Python arguments of a call from the C arguments after the first;
 * `models` collects the content models to free after the call.
 */
export function convertArguments(
  spec: HandlerSpec,
  context: ConversionContext,
  raw: readonly unknown[],
  models: Deno.PointerValue[],
): PyValue[] {
  const out: PyValue[] = [];
  let at = 0;
  for (const kind of spec.arguments) {
    const value = raw[at++];
    switch (kind) {
      case "name":
        out.push(context.intern(readCString(value as Deno.PointerValue)));
        break;
      case "text":
        out.push(plainText(value as Deno.PointerValue));
        break;
      case "sized":
        out.push(sizedText(value as Deno.PointerValue, raw[at++] as number));
        break;
      case "int":
        out.push(value as number);
        break;
      case "attributes":
        out.push(attributeContainer(context, value as Deno.PointerValue));
        break;
      case "model":
        models.push(value as Deno.PointerValue);
        out.push(modelTuple(readContentModel(value as Deno.PointerValue)));
        break;
    }
  }
  return out;
}

/** The name of the C frame of a handler's exceptions (call_with_frame's). */
export function cFrameName(spec: HandlerSpec): string {
  return spec.name === "DefaultHandlerExpand" ? spec.name : spec.name.slice(0, -"Handler".length);
}

/**
 * libexpat (the library CPython's pyexpat links) through Deno's FFI: the
 * functions pyexpat calls, as one signature table, bound lazily, and the
 * readers of what expat hands back (NUL-terminated and sized UTF-8 strings,
 * content models, the feature list).
 *
 * An XML_Parser is an opaque pointer; its first word is the user data
 * (expat.h's XML_GetUserData is that macro), where pyexpat.ts stores the
 * number identifying the Python parser object.
 */
import { libraryCandidates, SystemLibrary } from "../ffi/system_library.ts";

const P = "pointer";
const SETTER = { parameters: [P, "function"], result: "void" } as const;

export const EXPAT_SYMBOLS = {
  XML_ExpatVersion: { parameters: [], result: P },
  XML_ErrorString: { parameters: ["i32"], result: P },
  XML_GetFeatureList: { parameters: [], result: P },
  XML_ParserCreate_MM: { parameters: ["buffer", P, "buffer"], result: P },
  XML_ExternalEntityParserCreate: { parameters: [P, "buffer", "buffer"], result: P },
  XML_ParserFree: { parameters: [P], result: "void" },
  XML_SetUserData: { parameters: [P, P], result: "void" },
  XML_Parse: { parameters: [P, "buffer", "i32", "i32"], result: "i32" },
  XML_SetEncoding: { parameters: [P, "buffer"], result: "i32" },
  XML_GetErrorCode: { parameters: [P], result: "i32" },
  XML_GetCurrentLineNumber: { parameters: [P], result: "u64" },
  XML_GetCurrentColumnNumber: { parameters: [P], result: "u64" },
  XML_GetCurrentByteIndex: { parameters: [P], result: "i64" },
  XML_GetSpecifiedAttributeCount: { parameters: [P], result: "i32" },
  XML_GetInputContext: { parameters: [P, "buffer", "buffer"], result: P },
  XML_SetBase: { parameters: [P, "buffer"], result: "i32" },
  XML_GetBase: { parameters: [P], result: P },
  XML_SetParamEntityParsing: { parameters: [P, "i32"], result: "i32" },
  XML_UseForeignDTD: { parameters: [P, "u8"], result: "i32" },
  XML_SetReturnNSTriplet: { parameters: [P, "i32"], result: "void" },
  XML_StopParser: { parameters: [P, "u8"], result: "i32" },
  XML_FreeContentModel: { parameters: [P, P], result: "void" },
  XML_SetUnknownEncodingHandler: { parameters: [P, "function", P], result: "void" },
  XML_SetStartElementHandler: SETTER,
  XML_SetEndElementHandler: SETTER,
  XML_SetProcessingInstructionHandler: SETTER,
  XML_SetCharacterDataHandler: SETTER,
  XML_SetUnparsedEntityDeclHandler: SETTER,
  XML_SetNotationDeclHandler: SETTER,
  XML_SetStartNamespaceDeclHandler: SETTER,
  XML_SetEndNamespaceDeclHandler: SETTER,
  XML_SetCommentHandler: SETTER,
  XML_SetStartCdataSectionHandler: SETTER,
  XML_SetEndCdataSectionHandler: SETTER,
  XML_SetDefaultHandler: SETTER,
  XML_SetDefaultHandlerExpand: SETTER,
  XML_SetNotStandaloneHandler: SETTER,
  XML_SetExternalEntityRefHandler: SETTER,
  XML_SetStartDoctypeDeclHandler: SETTER,
  XML_SetEndDoctypeDeclHandler: SETTER,
  XML_SetEntityDeclHandler: SETTER,
  XML_SetXmlDeclHandler: SETTER,
  XML_SetElementDeclHandler: SETTER,
  XML_SetAttlistDeclHandler: SETTER,
  XML_SetSkippedEntityHandler: SETTER,
} as const satisfies Record<string, Deno.ForeignFunction>;

export type ExpatSetter = {
  [K in keyof typeof EXPAT_SYMBOLS]: (typeof EXPAT_SYMBOLS)[K] extends typeof SETTER ? K : never;
}[keyof typeof EXPAT_SYMBOLS];

export const expat = new SystemLibrary(
  "libexpat.so.1",
  libraryCandidates("libexpat.so.1"),
  EXPAT_SYMBOLS,
);

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The NUL-terminated UTF-8 string at `pointer` (expat's XML_Char *), or null for NULL. */
export function readCString(pointer: Deno.PointerValue): string | null {
  return pointer === null ? null : Deno.UnsafePointerView.getCString(pointer);
}

/** `length` bytes at `pointer` (a copy). */
export function readBytes(pointer: Deno.PointerValue, length: number): Uint8Array {
  const out = new Uint8Array(length);
  if (pointer !== null && length > 0) Deno.UnsafePointerView.copyInto(pointer, out);
  return out;
}

/** UTF-8 bytes as a JS string (expat only ever produces valid UTF-8). */
export function decodeUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** An argument string as a NUL-terminated buffer. */
export function cString(text: string): Uint8Array<ArrayBuffer> {
  const encoded = new TextEncoder().encode(text);
  const out = new Uint8Array(encoded.length + 1);
  out.set(encoded);
  return out;
}

/** XML_Content (LP64): type 0, quant 4, name 8, numchildren 16, children 24; 32 bytes. */
export interface ContentModel {
  readonly type: number;
  readonly quant: number;
  readonly name: string | null;
  readonly children: ContentModel[];
}

const CONTENT_SIZE = 32;

export function readContentModel(pointer: Deno.PointerValue): ContentModel {
  const view = new Deno.UnsafePointerView(pointer!);
  const count = view.getUint32(16);
  const childrenAt = view.getPointer(24);
  const children: ContentModel[] = [];
  for (let i = 0; i < count; i++) {
    children.push(readContentModel(Deno.UnsafePointer.offset(childrenAt!, i * CONTENT_SIZE)));
  }
  return {
    type: view.getInt32(0),
    quant: view.getInt32(4),
    name: readCString(view.getPointer(8)),
    children,
  };
}

/** XML_GetFeatureList: {feature 0, name 8, value 16} records up to XML_FEATURE_END (0). */
export function featureList(): [string, number][] {
  const list = expat.fn("XML_GetFeatureList")();
  const out: [string, number][] = [];
  if (list === null) return out;
  const view = new Deno.UnsafePointerView(list);
  for (let offset = 0; view.getInt32(offset) !== 0; offset += 24) {
    out.push([readCString(view.getPointer(offset + 8))!, Number(view.getBigInt64(offset + 16))]);
  }
  return out;
}

/** XML_ErrorString(code), or null for a code expat does not know. */
export function errorString(code: number): string | null {
  return readCString(expat.fn("XML_ErrorString")(code));
}

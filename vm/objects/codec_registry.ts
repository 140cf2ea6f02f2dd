/**
 * What the str/bytes codecs written here (str_encode.ts, str_decode.ts,
 * codec_utf16_32.ts) need from the codec registry of `_codecs`
 * (stdlib/_codecs.ts installs the hooks at start-up): error handlers
 * registered from Python, and the codecs only the registry knows (the
 * encodings package: cp1252, iso8859_15, ...).
 *
 * `callErrorHandler` is CPython's unicode_encode_call_errorhandler /
 * unicode_decode_call_errorhandler_writer: the handler gets a
 * UnicodeEncodeError/UnicodeDecodeError and returns (replacement, position
 * to resume at); a negative position counts from the end.
 */
import type { PyValue } from "./object.ts";
import { type PyBaseException, pyError } from "./exceptions.ts";
import { PyBytes } from "./bytes.ts";
import { PyTuple } from "./tuple.ts";
import { intOperand } from "./int_value.ts";
import { isStr, type PyStr } from "./str_wide.ts";
import { late } from "../runtime/late_protocols.ts";

export interface CodecRegistryHooks {
  /** The handler registered under `name` (codecs.lookup_error), or LookupError. */
  lookupErrorHandler(name: string): PyValue;
  /** The codec registered for `encoding` (codecs.lookup), or LookupError. */
  lookup(encoding: string): PyValue;
  /** `text.encode(encoding, errors)` for a codec found by the registry's search functions. */
  encode(text: PyStr, encoding: string, errors: string): PyBytes;
  /** `data.decode(encoding, errors)` likewise. */
  decode(data: PyBytes, encoding: string, errors: string): PyStr;
}

function unknownEncoding(encoding: string): never {
  throw pyError("LookupError", `unknown encoding: ${encoding}`);
}

export const codecRegistry: CodecRegistryHooks = {
  lookupErrorHandler: (name) => {
    throw pyError("LookupError", `unknown error handler name '${name}'`);
  },
  lookup: (encoding) => unknownEncoding(encoding),
  encode: (_text, encoding) => unknownEncoding(encoding),
  decode: (_data, encoding) => unknownEncoding(encoding),
};

export function installCodecRegistry(hooks: CodecRegistryHooks): void {
  Object.assign(codecRegistry, hooks);
}

/**
 * Call the handler registered as `errors` with `exception`: [replacement,
 * resume position]. An encoder's handler may answer with bytes (written as
 * they are) or a str (which the codec must encode itself).
 */
export function callErrorHandler(
  errors: string,
  exception: PyBaseException,
  length: number,
  encoding: boolean,
): [PyStr | PyBytes, number] {
  const [replacement, position] = handlerAnswer(errors, exception, encoding);
  return [replacement, resumePosition(position, length)];
}

/**
 * A decoder's handler call: [replacement, resume position, input]. The
 * handler may replace the exception's `object`, and decoding goes on in the
 * new bytes, as unicode_decode_call_errorhandler_writer reads them back.
 */
export function callDecodeErrorHandler(
  errors: string,
  exception: PyBaseException,
): [PyStr, number, PyBytes] {
  const [replacement, position] = handlerAnswer(errors, exception, false);
  const input = late.getAttribute(exception, "object");
  if (!(input instanceof PyBytes)) throw pyError("TypeError", "object attribute must be bytes");
  return [replacement as PyStr, resumePosition(position, input.bytes.length), input];
}

function handlerAnswer(
  errors: string,
  exception: PyBaseException,
  encoding: boolean,
): [PyStr | PyBytes, number | bigint] {
  const handler = codecRegistry.lookupErrorHandler(errors);
  const result = late.call(handler, [exception], null);
  const replacement = result instanceof PyTuple && result.items.length === 2
    ? result.items[0]
    : undefined;
  const position = result instanceof PyTuple ? intOperand(result.items[1]) : undefined;
  const replacementOk = replacement !== undefined &&
    (isStr(replacement) || (encoding && replacement instanceof PyBytes));
  if (!replacementOk || position === undefined) {
    throw pyError(
      "TypeError",
      encoding
        ? "encoding error handler must return (str/bytes, int) tuple"
        : "decoding error handler must return (str, int) tuple",
    );
  }
  return [replacement as PyStr | PyBytes, position];
}

/** Where coding resumes: a negative position counts from the end of `length` items. */
function resumePosition(position: number | bigint, length: number): number {
  let resume = Number(position);
  if (resume < 0) resume += length;
  if (resume < 0 || resume > length) {
    throw pyError("IndexError", `position ${position} from error handler out of bounds`);
  }
  return resume;
}

/**
 * zlib.error and CPython's zlib_error(): the message is "Error <code>
 * <while ...>: <zlib's msg>", with a fallback text for codes zlib leaves
 * without a message.
 */
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType, PyBaseException } from "../vm/objects/exceptions.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { Z, type ZStream } from "./zlib_native.ts";

export const zlibErrorType = makeBuiltinType("error", ExceptionType.Exception);

export function zlibError(message: string): PyBaseException {
  return new PyBaseException(zlibErrorType, newTuple([message]));
}

const FALLBACK_MESSAGES: Record<number, string> = {
  [Z.BUF_ERROR]: "incomplete or truncated stream",
  [Z.STREAM_ERROR]: "inconsistent stream state",
  [Z.DATA_ERROR]: "invalid input data",
};

export function streamError(stream: ZStream, err: number, doing: string): PyBaseException {
  const detail = err === Z.VERSION_ERROR
    ? "library version mismatch"
    : stream.message() ?? FALLBACK_MESSAGES[err];
  return zlibError(
    detail === undefined ? `Error ${err} ${doing}` : `Error ${err} ${doing}: ${detail}`,
  );
}

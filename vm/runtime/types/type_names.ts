/**
 * A class's `__name__` as type_new and type_set_name accept it: CPython keeps
 * tp_name as UTF-8 bytes, so a name with a lone surrogate fails to encode
 * (UnicodeEncodeError) and one with a NUL would be cut short (ValueError).
 * The name is kept as a JS string; Python sees it back through `strFromJs`.
 */
import { pyError } from "../../objects/exceptions.ts";
import { codePointsOf, type PyStr, toJsString } from "../../objects/str_wide.ts";
import { strEncode } from "../../objects/str_encode.ts";

/** Raises the UnicodeEncodeError of `text.encode('utf-8')` if it holds a surrogate. */
export function requireUtf8Encodable(text: PyStr): void {
  if (typeof text === "string") return; // normal form: primitives hold no surrogates
  for (const codePoint of codePointsOf(text)) {
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
      strEncode(text, "utf-8", "strict");
      return;
    }
  }
}

/** The JS form of a type name, after CPython's checks. */
export function checkedTypeName(name: PyStr): string {
  requireUtf8Encodable(name);
  const text = toJsString(name);
  if (text.includes("\0")) {
    throw pyError("ValueError", "type name must not contain null characters");
  }
  return text;
}

/**
 * `str.__format__(spec)`: the format-spec mini-language for strings. Only
 * fill, alignment (default left), width and precision (truncation) apply; the
 * type must be 's' or absent, and signs, 'z', '#' and '=' are rejected with
 * CPython's messages. An empty spec returns the string itself.
 *
 * The spec is parsed by the shared parser (format_spec.ts). One rule differs
 * by type there: a leading '0' without an explicit alignment means '='
 * alignment only for types that align right by default (CPython 3.10+), so
 * for str, '010' is fill '0' with the default left alignment.
 */
import { pyError } from "./exceptions.ts";
import { parseFormatSpec, specDefaults, unknownFormatCode } from "./format_spec.ts";
import { padWith } from "./str_pad.ts";
import { type PyStr, strFromJs, strLength, strSlice, toJsString } from "./str_wide.ts";

const STR_DEFAULTS = specDefaults("<", "s");

export function formatStr(self: PyStr, specText: PyStr): PyStr {
  if (strLength(specText) === 0) return self;
  const spec = parseFormatSpec(toJsString(specText), STR_DEFAULTS, "str");
  if (spec.type !== "s") throw unknownFormatCode(spec.type, "str");
  if (spec.sign !== "") {
    throw pyError(
      "ValueError",
      spec.sign === " "
        ? "Space not allowed in string format specifier"
        : "Sign not allowed in string format specifier",
    );
  }
  if (spec.noNegativeZero) {
    throw pyError(
      "ValueError",
      "Negative zero coercion (z) not allowed in string format specifier",
    );
  }
  if (spec.alternate) {
    throw pyError("ValueError", "Alternate form (#) not allowed in string format specifier");
  }
  const align = spec.align === "=" && !spec.alignGiven ? "<" : spec.align;
  if (align === "=") {
    throw pyError("ValueError", "'=' alignment not allowed in string format specifier");
  }
  let length = strLength(self);
  let text = self;
  if (spec.precision >= 0 && length > spec.precision) {
    length = spec.precision;
    text = strSlice(self, 0, length);
  }
  // CPython's calc_padding: the odd space of '^' goes to the right.
  const total = spec.width > length ? spec.width : length;
  const left = align === ">"
    ? total - length
    : align === "^"
    ? Math.floor((total - length) / 2)
    : 0;
  return padWith(text, left, total - length - left, strFromJs(spec.fill));
}

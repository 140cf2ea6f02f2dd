/**
 * The standard format specifier mini-language (PEP 3101, with 3.11's `z`):
 *
 *     [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * `parseFormatSpec` is shared by every builtin `__format__` (int, float,
 * complex here; str in the str module). It checks only what CPython checks
 * while parsing (parse_internal_render_format_spec); each type then rejects
 * what it does not support, with its own messages. `defaults` are the type's
 * alignment and presentation type ('' for none); `typeName` only feeds the
 * "Invalid format specifier" message.
 *
 * The layout step shared by numbers — sign, prefix, zero padding, grouping
 * and alignment — is `layOutNumber`, after CPython's calc_number_widths and
 * fill_number: with `0` padding ('=' alignment and fill '0') the padding
 * zeros take part in digit grouping ("0,001,234"), otherwise padding goes
 * left, right, or around the whole number.
 */
import { pyError } from "./exceptions.ts";

export interface FormatSpec {
  fill: string;
  /** '<', '>', '^', '='; the type's default when not given. */
  align: string;
  /** Whether fill or align was written (complex and str reject some defaults). */
  alignGiven: boolean;
  /** '+', '-', ' ' or '' when not given. */
  sign: string;
  /** `z`: coerce negative zero to positive zero after rounding. */
  noNegativeZero: boolean;
  alternate: boolean;
  /** -1 when not given. */
  width: number;
  /** ',', '_', or '' for none. */
  grouping: string;
  /** -1 when not given. */
  precision: number;
  /** The presentation type, or '' for none. */
  type: string;
}

const ALIGNMENTS = "<>=^";
const MAX_SSIZE = 2n ** 63n - 1n;

/** The code point at `index` (fill may be any character, astral ones too). */
function charAt(spec: string, index: number): string {
  const code = spec.codePointAt(index);
  return code === undefined ? "" : String.fromCodePoint(code);
}

function readInteger(spec: string, start: number): [value: number, end: number] {
  let end = start;
  while (end < spec.length && spec[end] >= "0" && spec[end] <= "9") end++;
  if (end === start) return [-1, start];
  if (end - start <= 15) return [Number(spec.slice(start, end)), end]; // (exact below 2**53)
  const value = BigInt(spec.slice(start, end));
  if (value > MAX_SSIZE) throw pyError("ValueError", "Too many decimal digits in format string");
  return [Number(value), end];
}

/**
 * A type's defaults for its specs (alignment, presentation type), made once
 * per type with the specs parsed under them so far: a format in a loop
 * (`f"{x:>10}"`) parses its spec once. Only specs that parsed are kept, and
 * they are frozen, since every caller shares them.
 */
export interface SpecDefaults {
  readonly align: string;
  readonly type: string;
  readonly parsed: Map<string, Readonly<FormatSpec>>;
}

/** At most this many specs are kept per type (a program that builds specs on the fly). */
const PARSED_LIMIT = 256;

export function specDefaults(align: string, type: string): SpecDefaults {
  return { align, type, parsed: new Map() };
}

/** The parsed spec, from the cache when this text parsed before under these defaults. */
export function parseFormatSpec(
  spec: string,
  defaults: SpecDefaults,
  typeName: string,
): Readonly<FormatSpec> {
  let parsed = defaults.parsed.get(spec);
  if (parsed === undefined) {
    parsed = Object.freeze(parseUncached(spec, defaults, typeName));
    if (defaults.parsed.size >= PARSED_LIMIT) defaults.parsed.clear();
    defaults.parsed.set(spec, parsed);
  }
  return parsed;
}

function parseUncached(spec: string, defaults: SpecDefaults, typeName: string): FormatSpec {
  const result: FormatSpec = {
    fill: " ",
    align: defaults.align,
    alignGiven: false,
    sign: "",
    noNegativeZero: false,
    alternate: false,
    width: -1,
    grouping: "",
    precision: -1,
    type: "",
  };
  let position = 0;
  const first = charAt(spec, 0);
  const second = charAt(spec, first.length);
  let fillGiven = false;
  if (second !== "" && ALIGNMENTS.includes(second)) {
    result.fill = first;
    result.align = second;
    result.alignGiven = fillGiven = true;
    position = first.length + 1;
  } else if (first !== "" && ALIGNMENTS.includes(first)) {
    result.align = first;
    result.alignGiven = true;
    position = 1;
  }
  if ("+- ".includes(spec[position] ?? "x")) result.sign = spec[position++];
  if (spec[position] === "z") {
    result.noNegativeZero = true;
    position++;
  }
  if (spec[position] === "#") {
    result.alternate = true;
    position++;
  }
  if (!fillGiven && spec[position] === "0") {
    result.fill = "0";
    // '=' only for right-aligned types (numbers): format('a', '010') is 'a000000000'.
    if (!result.alignGiven && defaults.align === ">") result.align = "=";
    position++;
  }
  [result.width, position] = readInteger(spec, position);
  if (spec[position] === ",") {
    result.grouping = ",";
    position++;
  }
  if (spec[position] === "_") {
    if (result.grouping !== "") throw pyError("ValueError", "Cannot specify both ',' and '_'.");
    result.grouping = "_";
    position++;
  }
  // ',' after '_' is an error; after ',' it is the presentation type (checked below).
  if (spec[position] === "," && result.grouping === "_") {
    throw pyError("ValueError", "Cannot specify both ',' and '_'.");
  }
  if (spec[position] === ".") {
    [result.precision, position] = readInteger(spec, position + 1);
    if (result.precision < 0) throw pyError("ValueError", "Format specifier missing precision");
  }
  const rest = spec.slice(position);
  if ([...rest].length > 1) {
    throw pyError(
      "ValueError",
      `Invalid format specifier '${spec}' for object of type '${typeName}'`,
    );
  }
  result.type = rest === "" ? defaults.type : rest;
  if (
    result.grouping !== "" &&
    !["d", "e", "f", "g", "E", "G", "%", "F", "", "\0"].includes(result.type)
  ) {
    const bitsGroupable = "boxX".includes(result.type) && result.grouping === "_";
    if (!bitsGroupable) {
      throw pyError(
        "ValueError",
        `Cannot specify '${result.grouping}' with '${presentationChar(result.type)}'.`,
      );
    }
  }
  return result;
}

/** A presentation type as CPython's messages print it ('\x0' style when not printable). */
function presentationChar(type: string): string {
  const code = type.codePointAt(0) ?? 0;
  return code > 32 && code < 128 ? type : `\\x${code.toString(16)}`;
}

export function unknownFormatCode(type: string, typeName: string) {
  return pyError(
    "ValueError",
    `Unknown format code '${presentationChar(type)}' for object of type '${typeName}'`,
  );
}

/** Insert `separator` every `groupSize` digits from the right. */
function groupDigits(digits: string, separator: string, groupSize: number): string {
  if (separator === "" || digits.length <= groupSize) return digits;
  const groups: string[] = [];
  let end = digits.length;
  while (end > groupSize) {
    groups.unshift(digits.slice(end - groupSize, end));
    end -= groupSize;
  }
  groups.unshift(digits.slice(0, end));
  return groups.join(separator);
}

/** Code points in a JS string, as `[...text].length` counts them (a surrogate pair is one). */
function codePointCount(text: string): number {
  let count = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    if (
      (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      count--;
      i++;
    }
  }
  return count;
}

export interface NumberParts {
  /** '-' when the value is negative, '' otherwise. */
  negativeSign: string;
  /** '0x' and the like, after the sign. */
  prefix: string;
  /** The integer digits (grouped here). */
  digits: string;
  /** Everything after the integer digits: ".5e+10", "%", a 'c' character. */
  remainder: string;
}

/**
 * Pad and group a formatted number: sign, prefix, digits, remainder, under
 * the spec's sign, width, alignment, fill and grouping. `groupSize` is 3, or
 * 4 for '_' with b/o/x/X.
 */
export function layOutNumber(parts: NumberParts, spec: FormatSpec, groupSize = 3): string {
  const sign = parts.negativeSign !== ""
    ? "-"
    : spec.sign === "+"
    ? "+"
    : spec.sign === " "
    ? " "
    : "";
  const fixedLength = sign.length + parts.prefix.length + parts.remainder.length;
  let digits = parts.digits;
  if (spec.fill === "0" && spec.align === "=" && spec.grouping !== "" && digits !== "") {
    // Zero padding joins the grouping: pad with zeros until the grouped digits fill the width.
    const minimum = spec.width - fixedLength;
    let grouped: string = groupDigits(digits, spec.grouping, groupSize);
    while (grouped.length < minimum) {
      digits = "0" + digits;
      grouped = groupDigits(digits, spec.grouping, groupSize);
    }
    digits = grouped;
  } else {
    digits = groupDigits(digits, spec.grouping, groupSize);
  }
  const body = parts.prefix + digits + parts.remainder;
  // Sign, prefix and digits are ASCII; only the remainder (a 'c' character) may be astral.
  const bodyLength = parts.remainder === "" ? body.length : codePointCount(body);
  const padding = spec.width - (sign.length + bodyLength);
  if (padding <= 0) return sign + body;
  const fill = (count: number) => spec.fill.repeat(count);
  switch (spec.align) {
    case "<":
      return sign + body + fill(padding);
    case "^": {
      const left = Math.floor(padding / 2);
      return fill(left) + sign + body + fill(padding - left);
    }
    case "=":
      return sign + parts.prefix + fill(padding) + digits + parts.remainder;
    default:
      return fill(padding) + sign + body;
  }
}

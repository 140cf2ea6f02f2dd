/**
 * complex(str): CPython's complex_from_string_inner. After the ASCII
 * transform and strip (numeric_text.ts) and removal of valid underscores,
 * the text is, optionally inside parentheses (with whitespace inside them):
 *
 *     <float> | <float>j | <float><signed-float>j | <float><sign>j | <sign>j | j
 *
 * where a float is the longest prefix C's strtod would read (so "infj" and
 * "1e5j" work, and "1e" fails). Anything else: "complex() arg is a
 * malformed string" — except a misplaced underscore, which fails earlier
 * with "could not convert string to complex: '...'".
 */
import { pyError } from "./exceptions.ts";
import { asciiNumberText } from "./numeric_text.ts";
import { parseFloatLiteral } from "./float_text.ts";
import { strRepr } from "../text/str_repr.ts";

const FLOAT_PREFIX = /^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|inf(?:inity)?|nan)/i;
const UNDERSCORE_MISPLACED = /(?:^|[^0-9])_|_(?:[^0-9]|$)/;

function malformed(): never {
  throw pyError("ValueError", "complex() arg is a malformed string");
}

/** The longest float at the start of `text`: [value, length], or undefined. */
function floatPrefix(text: string): [number, number] | undefined {
  const match = FLOAT_PREFIX.exec(text);
  if (match === null) return undefined;
  return [parseFloatLiteral(match[0])!, match[0].length];
}

export function parseComplexText(text: string): [real: number, imag: number] {
  let source = asciiNumberText(text);
  if (source.includes("_")) {
    if (UNDERSCORE_MISPLACED.test(source)) {
      throw pyError("ValueError", `could not convert string to complex: ${strRepr(text)}`);
    }
    source = source.replaceAll("_", "");
  }
  let position = 0;
  const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);
  const bracket = source[0] === "(";
  if (bracket) {
    position++;
    while (isSpace(source[position])) position++;
  }
  let real = 0;
  let imag = 0;
  const first = floatPrefix(source.slice(position));
  const isJ = () => source[position] === "j" || source[position] === "J";
  const isSign = () => source[position] === "+" || source[position] === "-";
  if (first !== undefined) {
    position += first[1];
    if (isSign()) {
      real = first[0];
      const second = floatPrefix(source.slice(position));
      if (second !== undefined) {
        imag = second[0];
        position += second[1];
      } else {
        imag = source[position] === "+" ? 1 : -1;
        position++;
      }
      if (!isJ()) malformed();
      position++;
    } else if (isJ()) {
      imag = first[0];
      position++;
    } else {
      real = first[0];
    }
  } else {
    if (isSign()) {
      imag = source[position] === "+" ? 1 : -1;
      position++;
    } else {
      imag = 1;
    }
    if (!isJ()) malformed();
    position++;
  }
  while (isSpace(source[position])) position++;
  if (bracket) {
    if (source[position] !== ")") malformed();
    position++;
    while (isSpace(source[position])) position++;
  }
  if (position !== source.length) malformed();
  return [real, imag];
}

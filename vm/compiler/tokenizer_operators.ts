/**
 * Operator recognition tables, derived once from `OPERATOR_KINDS` so the token
 * table in tokens.ts stays the single source of truth.
 *
 * The tokenizer matches the longest operator the way CPython's generated
 * `PyToken_OneChar/TwoChars/ThreeChars` do: try two characters, and only when
 * they form an operator try a third. Lookups are array indexes by character
 * code, and each operator's spelling is a shared constant string, so producing
 * an operator token allocates nothing but the token itself.
 */
import { OPERATOR_KINDS, T } from "./tokens.ts";

const ASCII = 128;
const NO_KIND = -1;

/** Kind of each one-character token; unknown printable ASCII is a generic OP token. */
export const ONE_CHAR_KIND = new Int16Array(ASCII).fill(T.OP);
/** Spelling of every ASCII character, so one-character tokens need no slicing. */
export const ONE_CHAR_SPELLING: readonly string[] = Array.from(
  { length: ASCII },
  (_, code) => String.fromCharCode(code),
);

const twoCharKind = new Int16Array(ASCII * ASCII).fill(NO_KIND);
// A map, not an array of ASCII * ASCII spellings: filling 16,384 elements one
// by one (array_fill.ts) was ~2 ms of every start, in cold code.
const twoCharSpelling = new Map<number, string>();
const threeChar = new Map<number, { kind: number; spelling: string }>();

function addOperator(spelling: string, kind: number): void {
  const first = spelling.charCodeAt(0);
  if (spelling.length === 1) {
    ONE_CHAR_KIND[first] = kind;
    return;
  }
  const pair = first * ASCII + spelling.charCodeAt(1);
  if (spelling.length === 2) {
    twoCharKind[pair] = kind;
    twoCharSpelling.set(pair, spelling);
  } else {
    threeChar.set(pair * ASCII + spelling.charCodeAt(2), { kind, spelling });
  }
}

for (const [spelling, kind] of OPERATOR_KINDS) addOperator(spelling, kind);
// Grammar/Tokens spells NOTEQUAL '!=', but CPython's tokenizer also produces it for
// '<>' so that the parser can report the Barry-as-FLUFL easter egg.
addOperator("<>", T.NOTEQUAL);

/** Kind of the two-character operator `first second`, or -1. Both codes must be ASCII. */
export function twoCharKindOf(first: number, second: number): number {
  return twoCharKind[first * ASCII + second];
}

/** The spelling of the two-character operator `first second` (twoCharKindOf found it). */
export function twoCharSpellingOf(first: number, second: number): string {
  return twoCharSpelling.get(first * ASCII + second)!;
}

/** The three-character operator `first second third`, if there is one. */
export function threeCharOperator(
  first: number,
  second: number,
  third: number,
): { kind: number; spelling: string } | undefined {
  return third < ASCII ? threeChar.get((first * ASCII + second) * ASCII + third) : undefined;
}

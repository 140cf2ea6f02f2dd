/**
 * Number literals, scanned exactly as CPython 3.11's tokenizer does.
 *
 * The scanner keeps CPython's "read one character, back up one character"
 * discipline (`read`/`backup`) instead of peeking, because CPython's error
 * offsets are wherever its cursor stood when it gave up: after the bad digit in
 * "invalid digit '8' in octal literal", before the bad character in "invalid
 * hexadecimal literal". Reading at the end of input returns EOF without moving
 * the cursor, and backing up EOF is a no-op, as in C.
 *
 * A literal glued to a name is an error ("invalid decimal literal"), except
 * before the keywords that may follow a number in valid code (`1if x else y`,
 * `0x1for`), where CPython only warns (SyntaxWarning in 3.11.2).
 */
import { isIdentifierChar } from "./tokenizer_chars.ts";

const EOF = -1;
const UNDERSCORE = 0x5f;
const DOT = 0x2e;
const ZERO = 0x30;
const SEVEN = 0x37;
const ONE = 0x31;
const NINE = 0x39;
const PLUS = 0x2b;
const MINUS = 0x2d;

/** How the scanner reports problems; the tokenizer turns these into PySyntaxError. */
export interface NumberScanHost {
  /** CPython's `syntaxerror()`: the error offset is computed from `cursor`. */
  numberError(message: string, cursor: number): never;
  /** The leading-zeros error, whose range CPython reports in bytes. */
  leadingZerosError(start: number, zerosEnd: number): never;
  /** Warn; raises the warning's text as a SyntaxError when warnings are errors. */
  numberWarning(message: string, cursor: number): void;
}

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

function isOctalDigit(c: number): boolean {
  return c >= ZERO && c <= SEVEN;
}

function isBinaryDigit(c: number): boolean {
  return c === ZERO || c === ONE;
}

function isLetter(c: number, lower: number): boolean {
  return c === lower || c === lower - 0x20;
}

export class NumberScanner {
  private cursor = 0;

  constructor(private readonly source: string, private readonly host: NumberScanHost) {}

  /** Scan the literal starting at `start` (a digit, or '.' before a digit); return its end. */
  scan(start: number): number {
    this.cursor = start;
    let c = this.read();
    if (c === DOT) {
      c = this.fraction(this.read());
    } else if (c === ZERO) {
      c = this.afterLeadingZero(start);
    } else {
      c = this.decimalTail();
      if (c === DOT) c = this.fraction(this.read());
      else c = this.exponentAndSuffix(c);
    }
    this.backup(c);
    return this.cursor;
  }

  private read(): number {
    const cursor = this.cursor;
    if (cursor >= this.source.length) return EOF;
    this.cursor = cursor + 1;
    return this.source.charCodeAt(cursor);
  }

  private backup(c: number): void {
    if (c !== EOF) this.cursor--;
  }

  /** Digits and single underscores between digits; returns the first character after them. */
  private decimalTail(): number {
    for (;;) {
      let c: number;
      do c = this.read(); while (isDigit(c));
      if (c !== UNDERSCORE) return c;
      c = this.read();
      if (!isDigit(c)) {
        this.backup(c);
        this.host.numberError("invalid decimal literal", this.cursor);
      }
    }
  }

  private afterLeadingZero(start: number): number {
    let c = this.read();
    if (isLetter(c, 0x78)) return this.radixDigits("hexadecimal", isHexDigit);
    if (isLetter(c, 0x6f)) return this.radixDigits("octal", isOctalDigit);
    if (isLetter(c, 0x62)) return this.radixDigits("binary", isBinaryDigit);

    // "0", "00_0", or the start of a float such as "0.5", "0e1", "00j".
    let nonZero = false;
    for (;;) {
      if (c === UNDERSCORE) {
        c = this.read();
        if (!isDigit(c)) {
          this.backup(c);
          this.host.numberError("invalid decimal literal", this.cursor);
        }
      }
      if (c !== ZERO) break;
      c = this.read();
    }
    const zerosEnd = this.cursor;
    if (isDigit(c)) {
      nonZero = true;
      c = this.decimalTail();
    }
    if (c === DOT) return this.fraction(this.read());
    if (isLetter(c, 0x65) || isLetter(c, 0x6a)) return this.exponentAndSuffix(c);
    if (nonZero) {
      this.backup(c);
      this.host.leadingZerosError(start, zerosEnd);
    }
    this.verifyEnd(c, "decimal");
    return c;
  }

  /** Hex, octal or binary digits after the prefix; `c` is read past the prefix letter. */
  private radixDigits(kind: string, isRadixDigit: (c: number) => boolean): number {
    const checksDecimalDigits = kind !== "hexadecimal";
    let c = this.read();
    do {
      if (c === UNDERSCORE) c = this.read();
      if (!isRadixDigit(c)) {
        if (checksDecimalDigits && isDigit(c)) {
          this.host.numberError(
            `invalid digit '${String.fromCharCode(c)}' in ${kind} literal`,
            this.cursor,
          );
        }
        this.backup(c);
        this.host.numberError(`invalid ${kind} literal`, this.cursor);
      }
      do c = this.read(); while (isRadixDigit(c));
    } while (c === UNDERSCORE);
    if (checksDecimalDigits && isDigit(c)) {
      this.host.numberError(
        `invalid digit '${String.fromCharCode(c)}' in ${kind} literal`,
        this.cursor,
      );
    }
    this.verifyEnd(c, kind);
    return c;
  }

  /** `c` is the character after the '.'. */
  private fraction(c: number): number {
    if (isDigit(c)) c = this.decimalTail();
    return this.exponentAndSuffix(c);
  }

  private exponentAndSuffix(c: number): number {
    if (isLetter(c, 0x65)) {
      const e = c;
      c = this.read();
      if (c === PLUS || c === MINUS) {
        c = this.read();
        if (!isDigit(c)) {
          this.backup(c);
          this.host.numberError("invalid decimal literal", this.cursor);
        }
      } else if (!isDigit(c)) {
        // "1else": the 'e' belongs to the next token, if anything may follow.
        this.backup(c);
        this.verifyEnd(e, "decimal");
        return e;
      }
      c = this.decimalTail();
    }
    if (isLetter(c, 0x6a)) {
      c = this.read();
      this.verifyEnd(c, "imaginary");
    } else {
      this.verifyEnd(c, "decimal");
    }
    return c;
  }

  /** CPython's `verify_end_of_number`; `c` has been read. */
  private verifyEnd(c: number, kind: string): void {
    let beforeKeyword = false;
    if (c === 0x61) beforeKeyword = this.lookahead("nd");
    else if (c === 0x65) beforeKeyword = this.lookahead("lse");
    else if (c === 0x66) beforeKeyword = this.lookahead("or");
    else if (c === 0x6f) beforeKeyword = this.lookahead("r");
    else if (c === 0x6e) beforeKeyword = this.lookahead("ot");
    else if (c === 0x69) {
      const next = this.read();
      beforeKeyword = next === 0x66 || next === 0x6e || next === 0x73;
      this.backup(next);
    }
    if (beforeKeyword) {
      this.backup(c);
      this.host.numberWarning(`invalid ${kind} literal`, this.cursor);
      this.read();
    } else if (isIdentifierChar(c)) {
      this.backup(c);
      this.host.numberError(`invalid ${kind} literal`, this.cursor);
    }
  }

  /** Do the next characters spell `rest` followed by a non-identifier character? */
  private lookahead(rest: string): boolean {
    const saved = this.cursor;
    let matches = true;
    for (let i = 0; i < rest.length && matches; i++) matches = this.read() === rest.charCodeAt(i);
    if (matches) matches = !isIdentifierChar(this.read());
    this.cursor = saved;
    return matches;
  }
}

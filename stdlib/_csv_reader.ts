/**
 * `_csv.reader`: CPython 3.11's parsing state machine. Each input line is
 * fed character by character, then an end-of-line mark (EOL, not a
 * character: NUL is ordinary data in 3.11); a record is complete when the
 * machine is back in START_RECORD, so a quoted field may span lines.
 *
 *   START_RECORD   before anything; EOL here is an empty record
 *   START_FIELD    after a delimiter: quote, escape, delimiter, or data
 *   ESCAPED_CHAR   after the escapechar outside quotes
 *   AFTER_ESCAPED_CRNL  after an escaped \r or \n (the line's EOL is eaten)
 *   IN_FIELD       unquoted data
 *   IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD
 *                  inside quotes, after an escape there, after a quote there
 *                  (doubled quote, end of field, or data if not strict)
 *   EAT_CRNL       after a record's \r or \n: only more of them may follow
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { PyList } from "../vm/objects/list.ts";
import { parseFloatText } from "../vm/objects/float_text.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { codePointsOf, isStr, strFromCodePoints, toJsString } from "../vm/objects/str_wide.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { nextOrUndefined } from "../vm/runtime/iteration.ts";
import { iteratorType, PyStatefulIterator } from "./native_type.ts";
import { csvError, NOT_SET, type PyDialect, QUOTE_NONE, QUOTE_NONNUMERIC } from "./_csv_dialect.ts";

export const readerType = iteratorType("reader", "_csv");
readerType.dict.set(
  "__doc__",
  "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\n" +
    "in CSV format.\n",
);

const enum State {
  START_RECORD,
  START_FIELD,
  ESCAPED_CHAR,
  IN_FIELD,
  IN_QUOTED_FIELD,
  ESCAPE_IN_QUOTED_FIELD,
  QUOTE_IN_QUOTED_FIELD,
  EAT_CRNL,
  AFTER_ESCAPED_CRNL,
}

const EOL = -2;
const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;

/** The field size limit, shared by all readers (field_size_limit()). */
export const limits = { fieldSize: 128 * 1024 };

export class ReaderState {
  state = State.START_RECORD;
  fields: PyValue[] = [];
  field: number[] = [];
  numericField = false;
  lineNumber = 0;
  constructor(readonly input: PyValue, readonly dialect: PyDialect) {}

  private saveField(): void {
    const text = strFromCodePoints(this.field);
    this.field = [];
    if (this.numericField) {
      this.numericField = false;
      this.fields.push(new PyFloat(parseFloatText(toJsString(text))));
    } else this.fields.push(text);
  }

  private addCharacter(c: number): void {
    if (this.field.length >= limits.fieldSize) {
      throw csvError(`field larger than field limit (${limits.fieldSize})`);
    }
    this.field.push(c);
  }

  /** The end of a record at \r, \n or EOL. */
  private endRecord(c: number): void {
    this.saveField();
    this.state = c === EOL ? State.START_RECORD : State.EAT_CRNL;
  }

  process(c: number): void {
    const dialect = this.dialect;
    const newline = c === LF || c === CR;
    switch (this.state) {
      case State.START_RECORD:
        if (c === EOL) return; // an empty line: the record []
        if (newline) {
          this.state = State.EAT_CRNL;
          return;
        }
        this.state = State.START_FIELD;
      // falls through
      case State.START_FIELD:
        if (newline || c === EOL) this.endRecord(c);
        else if (c === dialect.quotechar && dialect.quoting !== QUOTE_NONE) {
          this.state = State.IN_QUOTED_FIELD;
        } else if (c === dialect.escapechar) this.state = State.ESCAPED_CHAR;
        else if (c === SPACE && dialect.skipinitialspace) {
          // skipped
        } else if (c === dialect.delimiter) this.saveField();
        else {
          if (dialect.quoting === QUOTE_NONNUMERIC) this.numericField = true;
          this.addCharacter(c);
          this.state = State.IN_FIELD;
        }
        return;
      case State.ESCAPED_CHAR:
        if (newline) {
          this.addCharacter(c);
          this.state = State.AFTER_ESCAPED_CRNL;
          return;
        }
        this.addCharacter(c === EOL ? LF : c);
        this.state = State.IN_FIELD;
        return;
      case State.AFTER_ESCAPED_CRNL:
        if (c === EOL) return;
      // falls through
      case State.IN_FIELD:
        if (newline || c === EOL) this.endRecord(c);
        else if (c === dialect.escapechar) this.state = State.ESCAPED_CHAR;
        else if (c === dialect.delimiter) {
          this.saveField();
          this.state = State.START_FIELD;
        } else this.addCharacter(c);
        return;
      case State.IN_QUOTED_FIELD:
        if (c === EOL) return;
        if (c === dialect.escapechar) this.state = State.ESCAPE_IN_QUOTED_FIELD;
        else if (c === dialect.quotechar && dialect.quoting !== QUOTE_NONE) {
          this.state = dialect.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
        } else this.addCharacter(c);
        return;
      case State.ESCAPE_IN_QUOTED_FIELD:
        this.addCharacter(c === EOL ? LF : c);
        this.state = State.IN_QUOTED_FIELD;
        return;
      case State.QUOTE_IN_QUOTED_FIELD:
        if (dialect.quoting !== QUOTE_NONE && c === dialect.quotechar) {
          this.addCharacter(c); // "" is a literal quote
          this.state = State.IN_QUOTED_FIELD;
        } else if (c === dialect.delimiter) {
          this.saveField();
          this.state = State.START_FIELD;
        } else if (newline || c === EOL) this.endRecord(c);
        else if (!dialect.strict) {
          this.addCharacter(c);
          this.state = State.IN_FIELD;
        } else {
          const delimiter = String.fromCodePoint(dialect.delimiter);
          const quote = dialect.quotechar === NOT_SET
            ? ""
            : String.fromCodePoint(dialect.quotechar);
          throw csvError(`'${delimiter}' expected after '${quote}'`);
        }
        return;
      case State.EAT_CRNL:
        if (newline) return;
        if (c === EOL) {
          this.state = State.START_RECORD;
          return;
        }
        throw csvError(
          "new-line character seen in unquoted field - do you need to open the file in " +
            "universal-newline mode?",
        );
    }
  }

  /** The next record, or undefined at the end of the input. */
  next(): PyValue | undefined {
    this.fields = [];
    this.field = [];
    this.state = State.START_RECORD;
    this.numericField = false;
    do {
      const line = nextOrUndefined(this.input);
      if (line === undefined) {
        if (this.field.length === 0 && (this.state as State) !== State.IN_QUOTED_FIELD) {
          return undefined;
        }
        if (this.dialect.strict) throw csvError("unexpected end of data");
        this.saveField();
        break;
      }
      if (!isStr(line)) {
        throw csvError(
          `iterator should return strings, not ${typeOf(line).tpName} ` +
            "(the file should be opened in text mode)",
        );
      }
      this.lineNumber++;
      if (typeof line === "string") {
        for (let i = 0; i < line.length; i++) this.process(line.charCodeAt(i));
      } else {
        for (const c of codePointsOf(line)) this.process(c);
      }
      this.process(EOL);
    } while (this.state !== State.START_RECORD);
    const record = new PyList(this.fields);
    this.fields = [];
    return record;
  }
}

export function newReader(input: PyValue, dialect: PyDialect) {
  return new PyStatefulIterator(
    readerType,
    new ReaderState(input, dialect),
    (state) => state.next(),
  );
}

type Reader = PyStatefulIterator<ReaderState>;
defineGetSets(readerType, {
  dialect: [(self: Reader) => self.state.dialect],
  line_num: [(self: Reader) => self.state.lineNumber],
});

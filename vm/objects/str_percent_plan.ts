/**
 * Parsed printf-style formats, kept per format text: `"%02d:%02d" % t` in a
 * loop parses its format once.
 *
 * A plan is the format's literal text between conversions (with `%%`
 * already folded to `%`) and, per conversion, its flags, width, precision
 * and type, as str_percent.ts's formatOne parses them. Only formats whose
 * parse cannot depend on the arguments and cannot fail get a plan: no
 * `%(key)`, no `*` width or precision, no incomplete conversion, no width or
 * precision past the overflow checks, and only the conversion types str
 * formatting supports. Any other format has no plan and takes the step-by-
 * step path, which raises its errors in CPython's order (a later bad
 * conversion only after earlier arguments were converted).
 *
 * Reusing the literals also saves their slices of the format on every call.
 * make_log in bench/programs/regex_scan.py (14 conversions a line, 40k lines).
 */
/** The flag bits (str_percent.ts's Flag). */
export const enum PercentFlag {
  LeftJustify = 1,
  Sign = 2,
  Blank = 4,
  Alternate = 8,
  Zero = 16,
}

export interface PercentConversion {
  readonly type: number;
  readonly flags: number;
  /** -1 when not given. */
  readonly width: number;
  /** -1 when not given. */
  readonly precision: number;
  /** Index of the type character in the format (for messages). */
  readonly typeIndex: number;
}

export interface PercentPlan {
  /** conversions.length + 1 literal texts, before, between and after the conversions. */
  readonly literals: readonly string[];
  readonly conversions: readonly PercentConversion[];
}

/** Conversion types of str formatting: d i u o x X e E f F g G s r a c. */
const STR_TYPES = new Set([..."diuoxXeEfFgGsrac"].map((c) => c.charCodeAt(0)));
/** Longer formats are parsed each time (the cache would hash them). */
const LONGEST_PLANNED = 1000;
/** At most this many formats are kept (a program building formats on the fly). */
const PLAN_LIMIT = 256;
const plans = new Map<string, PercentPlan | null>();

/** The plan of a primitive str format, or null when it must be parsed step by step. */
export function percentPlan(format: string): PercentPlan | null {
  if (format.length > LONGEST_PLANNED) return null;
  let plan = plans.get(format);
  if (plan === undefined) {
    plan = parsePlan(format);
    if (plans.size >= PLAN_LIMIT) plans.clear();
    plans.set(format, plan);
  }
  return plan;
}

/** The flag a character stands for after '%' (- + space # 0), or 0. */
export function flagOf(c: number): number {
  switch (c) {
    case 0x2d:
      return PercentFlag.LeftJustify;
    case 0x2b:
      return PercentFlag.Sign;
    case 0x20:
      return PercentFlag.Blank;
    case 0x23:
      return PercentFlag.Alternate;
    case 0x30:
      return PercentFlag.Zero;
  }
  return 0;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Widths and precisions below this pass the overflow checks of any C type. */
const SAFE_NUMBER = 1e9;

function parsePlan(format: string): PercentPlan | null {
  const literals: string[] = [];
  const conversions: PercentConversion[] = [];
  const length = format.length;
  let literal = "";
  let pos = 0;
  while (pos < length) {
    const percent = format.indexOf("%", pos);
    if (percent < 0) {
      literal += format.slice(pos);
      break;
    }
    literal += format.slice(pos, percent);
    pos = percent + 1;
    if (pos < length && format.charCodeAt(pos) === 0x25) {
      literal += "%";
      pos++;
      continue;
    }
    let flags = 0;
    for (let flag; pos < length && (flag = flagOf(format.charCodeAt(pos))) !== 0; pos++) {
      flags |= flag;
    }
    let width = -1;
    if (pos < length && isDigit(format.charCodeAt(pos))) {
      width = 0;
      while (pos < length && isDigit(format.charCodeAt(pos))) {
        width = width * 10 + format.charCodeAt(pos++) - 0x30;
        if (width >= SAFE_NUMBER) return null;
      }
    }
    let precision = -1;
    if (pos < length && format.charCodeAt(pos) === 0x2e) {
      pos++;
      precision = 0;
      while (pos < length && isDigit(format.charCodeAt(pos))) {
        precision = precision * 10 + format.charCodeAt(pos++) - 0x30;
        if (precision >= SAFE_NUMBER) return null;
      }
    }
    if (pos < length) {
      const c = format.charCodeAt(pos);
      if (c === 0x68 || c === 0x6c || c === 0x4c) pos++;
    }
    // `(` and `*` (argument-dependent parses) land here too: no plan.
    if (pos >= length || !STR_TYPES.has(format.charCodeAt(pos))) return null;
    literals.push(literal);
    literal = "";
    conversions.push({ type: format.charCodeAt(pos), flags, width, precision, typeIndex: pos });
    pos++;
  }
  literals.push(literal);
  return { literals, conversions };
}

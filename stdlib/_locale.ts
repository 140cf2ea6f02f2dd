/**
 * `_locale` for the locales every glibc system has: "C" (alias "POSIX") and
 * "C.UTF-8" (alias spellings such as "C.utf8"). Taipan does not call the C
 * library's setlocale, so the state is kept here, one name per glibc
 * category, starting as CPython leaves it after start-up: LC_CTYPE from the
 * environment, coerced from C to C.UTF-8 as PEP 538 does, everything else
 * "C". `setlocale(cat, "")` reads LC_ALL, LC_<cat> and LANG like glibc.
 * Any other locale name raises locale.Error("unsupported locale setting"), as
 * CPython does on a system where that locale is not installed.
 *
 * In both locales the numeric, monetary and time conventions are the POSIX
 * ones; only the codeset differs (ANSI_X3.4-1968 versus UTF-8). Collation is
 * by code point, and the gettext family returns messages untranslated.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { PyList } from "../vm/objects/list.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { isStr, type PyStr, strCompare, toJsString } from "../vm/objects/str_wide.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import { DAYS as MONDAY_FIRST_DAYS, MONTHS } from "./time_format.ts";

export const localeErrorType = makeBuiltinType("Error", ExceptionType.Exception);
localeErrorType.dict.set("__module__", "locale");
localeErrorType.invalidate();

const localeError = (message: string) => new PyBaseException(localeErrorType, newTuple([message]));

const LC_ALL = 6;
/** glibc's categories by number, in the order of its composite names. */
const CATEGORIES: ReadonlyMap<number, string> = new Map([
  [0, "LC_CTYPE"],
  [1, "LC_NUMERIC"],
  [2, "LC_TIME"],
  [3, "LC_COLLATE"],
  [4, "LC_MONETARY"],
  [5, "LC_MESSAGES"],
  [7, "LC_PAPER"],
  [8, "LC_NAME"],
  [9, "LC_ADDRESS"],
  [10, "LC_TELEPHONE"],
  [11, "LC_MEASUREMENT"],
  [12, "LC_IDENTIFICATION"],
]);
const CTYPE = 0;

/** The locale names accepted, with what setlocale reports for them. */
function knownLocale(name: string): string | undefined {
  if (name === "C" || name === "POSIX") return "C";
  if (/^C\.(UTF-8|utf8|UTF8|utf-8)$/.test(name)) return name;
  return undefined;
}

const isUtf8 = (name: string) => name !== "C";

/** What glibc's setlocale(category, "") picks from the environment. */
function environmentLocale(category: string): string {
  const env = (name: string) => {
    const value = Deno.env.get(name);
    return value === undefined || value === "" ? undefined : value;
  };
  return env("LC_ALL") ?? env(category) ?? env("LANG") ?? "C";
}

const current = new Map<number, string>();
for (const number of CATEGORIES.keys()) current.set(number, "C");
{
  // PEP 538: a C LC_CTYPE is coerced to C.UTF-8 at start-up.
  const ctype = knownLocale(environmentLocale("LC_CTYPE"));
  current.set(CTYPE, ctype === undefined || ctype === "C" ? "C.UTF-8" : ctype);
}

function queryAll(): string {
  const names = [...current.values()];
  if (names.every((name) => name === names[0])) return names[0];
  return [...CATEGORIES].map(([number, label]) => `${label}=${current.get(number)}`).join(";");
}

/** The new names of `categories` for `requested`, or undefined when unsupported. */
function resolve(requested: string, categories: number[]): Map<number, string> | undefined {
  const result = new Map<number, string>();
  if (requested.includes("=")) {
    // A composite name as setlocale(LC_ALL) returns it.
    const parts = new Map(requested.split(";").map((part) => part.split("=") as [string, string]));
    for (const number of categories) {
      const name = knownLocale(parts.get(CATEGORIES.get(number)!) ?? "");
      if (name === undefined) return undefined;
      result.set(number, name);
    }
    return result;
  }
  for (const number of categories) {
    const name = knownLocale(
      requested === "" ? environmentLocale(CATEGORIES.get(number)!) : requested,
    );
    if (name === undefined) return undefined;
    result.set(number, name);
  }
  return result;
}

function cInt(value: PyValue): number {
  return Number(indexValue(value));
}

function setlocale(categoryValue: PyValue, locale: PyValue): string {
  const category = cInt(categoryValue);
  const valid = category === LC_ALL || CATEGORIES.has(category);
  if (locale === null) {
    if (!valid) throw localeError("locale query failed");
    return category === LC_ALL ? queryAll() : current.get(category)!;
  }
  if (!isStr(locale)) {
    throw pyError(
      "TypeError",
      `setlocale() argument 2 must be str or None, not ${typeOf(locale).tpName}`,
    );
  }
  const text = toJsString(locale);
  if (text.includes("\0")) throw pyError("ValueError", "embedded null character");
  const categories = category === LC_ALL ? [...CATEGORIES.keys()] : [category];
  const names = valid ? resolve(text, categories) : undefined;
  if (names === undefined) throw localeError("unsupported locale setting");
  for (const [number, name] of names) current.set(number, name);
  return category === LC_ALL ? queryAll() : current.get(category)!;
}

const CHAR_MAX = 127;

function localeconv(): PyDict {
  const result = new PyDict();
  const entries: [string, PyValue][] = [
    ["int_curr_symbol", ""],
    ["currency_symbol", ""],
    ["mon_decimal_point", ""],
    ["mon_thousands_sep", ""],
    ["mon_grouping", new PyList([])],
    ["positive_sign", ""],
    ["negative_sign", ""],
    ["int_frac_digits", CHAR_MAX],
    ["frac_digits", CHAR_MAX],
    ["p_cs_precedes", CHAR_MAX],
    ["p_sep_by_space", CHAR_MAX],
    ["n_cs_precedes", CHAR_MAX],
    ["n_sep_by_space", CHAR_MAX],
    ["p_sign_posn", CHAR_MAX],
    ["n_sign_posn", CHAR_MAX],
    ["decimal_point", "."],
    ["thousands_sep", ""],
    ["grouping", new PyList([])],
  ];
  for (const [key, value] of entries) result.set(key, value);
  return result;
}

/** Day names Sunday first, as glibc's DAY_1..DAY_7 count them. */
const DAYS = [MONDAY_FIRST_DAYS[6], ...MONDAY_FIRST_DAYS.slice(0, 6)];

/** nl_langinfo items: [name, glibc value, answer in the C locales]; CODESET is computed. */
const LANGINFO: readonly [string, number, string][] = [
  ["RADIXCHAR", 0x10000, "."],
  ["THOUSEP", 0x10001, ""],
  ...DAYS.map((day, i) =>
    [`ABDAY_${i + 1}`, 0x20000 + i, day.slice(0, 3)] as [string, number, string]
  ),
  ...DAYS.map((day, i) => [`DAY_${i + 1}`, 0x20007 + i, day] as [string, number, string]),
  ...MONTHS.map((m, i) =>
    [`ABMON_${i + 1}`, 0x2000e + i, m.slice(0, 3)] as [string, number, string]
  ),
  ...MONTHS.map((m, i) => [`MON_${i + 1}`, 0x2001a + i, m] as [string, number, string]),
  ["AM_STR", 0x20026, "AM"],
  ["PM_STR", 0x20027, "PM"],
  ["D_T_FMT", 0x20028, "%a %b %e %H:%M:%S %Y"],
  ["D_FMT", 0x20029, "%m/%d/%y"],
  ["T_FMT", 0x2002a, "%H:%M:%S"],
  ["T_FMT_AMPM", 0x2002b, "%I:%M:%S %p"],
  ["ERA", 0x2002c, ""],
  ["ERA_D_FMT", 0x2002e, ""],
  ["ALT_DIGITS", 0x2002f, ""],
  ["ERA_D_T_FMT", 0x20030, ""],
  ["ERA_T_FMT", 0x20031, ""],
  ["_DATE_FMT", 0x2006c, "%a %b %e %H:%M:%S %Z %Y"],
  ["CRNCYSTR", 0x4000f, "-"],
  ["YESEXPR", 0x50000, "^[yY]"],
  ["NOEXPR", 0x50001, "^[nN]"],
];
const CODESET = 14;
const LANGINFO_BY_VALUE = new Map(LANGINFO.map(([, value, answer]) => [value, answer]));

function codeset(): string {
  return isUtf8(current.get(CTYPE)!) ? "UTF-8" : "ANSI_X3.4-1968";
}

function nlLanginfo(key: PyValue): string {
  const item = cInt(key);
  if (item === CODESET) return codeset();
  const answer = LANGINFO_BY_VALUE.get(item);
  if (answer === undefined) throw pyError("ValueError", "unsupported langinfo constant");
  return answer;
}

function textArgument(value: PyValue, function_: string, position: number): string {
  if (!isStr(value)) {
    throw pyError(
      "TypeError",
      `${function_}() argument ${position} must be str, not ${typeOf(value).tpName}`,
    );
  }
  const text = toJsString(value);
  if (text.includes("\0")) throw pyError("ValueError", "embedded null character");
  return text;
}

const DEFAULT_DOMAIN_DIRECTORY = "/usr/share/locale";
const domainDirectories = new Map<string, string>();
const domainCodesets = new Map<string, string>();
let textDomain = "messages";

export function createLocaleModule(): PyModule {
  const module = newModule("_locale", "Support for POSIX locales.");
  addFunctions(module, {
    setlocale: ["category, locale=None, /", setlocale],
    localeconv: ["", localeconv],
    nl_langinfo: ["key, /", nlLanginfo],
    getencoding: ["", codeset],
    strcoll: ["os1, os2, /", (a: PyValue, b: PyValue) => {
      textArgument(a, "strcoll", 1);
      textArgument(b, "strcoll", 2);
      return Math.sign(strCompare(a as PyStr, b as PyStr));
    }],
    strxfrm: ["string, /", (text: PyValue) => (textArgument(text, "strxfrm", 1), text)],
    gettext: ["msg, /", (message: PyValue) => message],
    dgettext: ["domain, msg, /", (_domain: PyValue, message: PyValue) => message],
    dcgettext: [
      "domain, msg, category, /",
      (_domain: PyValue, message: PyValue) => message,
    ],
    textdomain: ["domain, /", (domain: PyValue) => {
      if (domain !== null) textDomain = textArgument(domain, "textdomain", 1);
      return textDomain;
    }],
    bindtextdomain: ["domain, dir, /", (domain: PyValue, directory: PyValue) => {
      const name = textArgument(domain, "bindtextdomain", 1);
      if (name === "") throw pyError("OSError", 2, "No such file or directory");
      if (directory !== null) {
        domainDirectories.set(name, textArgument(directory, "bindtextdomain", 2));
      }
      return domainDirectories.get(name) ?? DEFAULT_DOMAIN_DIRECTORY;
    }],
    bind_textdomain_codeset: ["domain, codeset, /", (domain: PyValue, codesetName: PyValue) => {
      const name = textArgument(domain, "bind_textdomain_codeset", 1);
      if (codesetName !== null) {
        domainCodesets.set(name, textArgument(codesetName, "bind_textdomain_codeset", 2));
      }
      return domainCodesets.get(name) ?? null;
    }],
  });
  const constants: Record<string, PyValue> = { LC_ALL, CHAR_MAX, CODESET };
  for (const [number, label] of CATEGORIES) {
    if (number <= 5) constants[label] = number;
  }
  for (const [name, value] of LANGINFO) constants[name] = value;
  addValues(module, { ...constants, Error: localeErrorType });
  return module;
}

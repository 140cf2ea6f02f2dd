/**
 * The Unicode 14.0.0 property tables of `unicodedata`, decoded once from the
 * strings of unicodedata_data.ts (layout described in
 * tools/gen_unicodedata.py) on the module's first use.
 *
 * Every code point maps to one of ~250 distinct property records (category,
 * bidi class, combining class, East Asian width, mirrored) through a byte
 * per code point: 1.1 MB, O(1) lookups. Decompositions, numeric values and
 * named sequences are sparse maps; the Unicode 3.2.0 view (ucd_3_2_0) is
 * kept as differences from 14.0.0.
 */
import {
  CHANGES_3_2_0,
  CORRECTIONS_3_2_0,
  DECOMPOSITIONS,
  NAMED_SEQUENCES,
  NUMERICS,
  RECORD_RUNS,
  RECORDS,
  TAGS,
  UNASSIGNED_3_2_0,
} from "./unicodedata_data.ts";

export interface PropertyRecord {
  readonly category: string;
  readonly bidirectional: string;
  readonly combining: number;
  readonly eastAsianWidth: string;
  readonly mirrored: number;
}

export interface Decomposition {
  /** "<compat>", "<font>", ...; "" for a canonical decomposition. */
  readonly tag: string;
  readonly targets: readonly number[];
}

export interface NumericValue {
  readonly kind: "decimal" | "digit" | "numeric";
  readonly value: number;
}

/** What Unicode 3.2.0 says differently about an assigned code point. */
export interface Changes3_2_0 {
  category?: string;
  bidirectional?: string;
  eastAsianWidth?: string;
  mirrored?: number;
  /** null: no decimal value in 3.2.0. */
  decimal?: number | null;
  numeric?: number | null;
}

export interface UnicodeTables {
  readonly records: readonly PropertyRecord[];
  /** Record index of every code point. */
  readonly recordOf: Uint8Array;
  readonly decompositions: ReadonlyMap<number, Decomposition>;
  /** Canonical compositions: first code point -> (second -> composite). */
  readonly compositions: ReadonlyMap<number, ReadonlyMap<number, number>>;
  readonly numerics: ReadonlyMap<number, NumericValue>;
  readonly namedSequences: ReadonlyMap<string, readonly number[]>;
  /** Sorted inclusive [first, last] pairs of code points unassigned in 3.2.0. */
  readonly unassigned3_2_0: readonly number[];
  readonly changes3_2_0: ReadonlyMap<number, Changes3_2_0>;
  readonly corrections3_2_0: ReadonlyMap<number, number>;
}

let tables: UnicodeTables | undefined;

export function unicodeTables(): UnicodeTables {
  return tables ??= decode();
}

/** "a/b" or "n" as a double, rounded once as CPython's generated tables are. */
function rational(text: string): number {
  const slash = text.indexOf("/");
  return slash < 0 ? Number(text) : Number(text.slice(0, slash)) / Number(text.slice(slash + 1));
}

/** "<delta>=<body>" entries with base-36 deltas: calls `each(codePoint, body)`. */
function forEachEntry(text: string, each: (codePoint: number, body: string) => number): void {
  let codePoint = 0;
  for (const entry of text.split(" ")) {
    const equals = entry.indexOf("=");
    codePoint += parseInt(entry.slice(0, equals), 36);
    codePoint = each(codePoint, entry.slice(equals + 1));
  }
}

function decode(): UnicodeTables {
  const records = RECORDS.split(";").map((record) => {
    const [category, bidi, combining, width, mirrored] = record.split(" ");
    return {
      category,
      bidirectional: bidi === "-" ? "" : bidi,
      combining: Number(combining),
      eastAsianWidth: width,
      mirrored: Number(mirrored),
    };
  });

  const recordOf = new Uint8Array(0x110000);
  let start = 0;
  for (const run of RECORD_RUNS.split(" ")) {
    const [length, record] = run.split(".").map((part) => parseInt(part, 36));
    recordOf.fill(record, start, start + length);
    start += length;
  }

  const tags = TAGS.split(" ");
  const decompositions = new Map<number, Decomposition>();
  const compositions = new Map<number, Map<number, number>>();
  forEachEntry(DECOMPOSITIONS, (codePoint, body) => {
    const star = body.indexOf("*");
    const count = star < 0 ? 1 : parseInt(body.slice(star + 1), 36);
    let text = star < 0 ? body : body.slice(0, star);
    const excluded = text.startsWith("!");
    if (excluded) text = text.slice(1);
    let tag = "";
    if (text.charCodeAt(0) >= 65 && text.charCodeAt(0) <= 90) {
      tag = tags[text.charCodeAt(0) - 65];
      text = text.slice(1);
    }
    const targets = text.split(",").map((hex) => parseInt(hex, 16));
    for (let i = 0; i < count; i++) {
      decompositions.set(codePoint + i, { tag, targets: count === 1 ? targets : [targets[0] + i] });
    }
    if (tag === "" && targets.length === 2 && !excluded) {
      let seconds = compositions.get(targets[0]);
      if (seconds === undefined) compositions.set(targets[0], seconds = new Map());
      seconds.set(targets[1], codePoint);
    }
    return codePoint + count - 1;
  });

  const numerics = new Map<number, NumericValue>();
  const kinds = { d: "decimal", g: "digit", n: "numeric" } as const;
  forEachEntry(NUMERICS, (codePoint, body) => {
    numerics.set(codePoint, {
      kind: kinds[body[0] as keyof typeof kinds],
      value: rational(body.slice(1)),
    });
    return codePoint;
  });

  const namedSequences = new Map<string, number[]>();
  for (const entry of NAMED_SEQUENCES.split(";")) {
    const [name, points] = entry.split("=");
    namedSequences.set(name, points.split(" ").map((hex) => parseInt(hex, 16)));
  }

  const unassigned3_2_0: number[] = [];
  let end = 0;
  for (const run of UNASSIGNED_3_2_0.split(" ")) {
    const [gap, length] = run.split(".").map((part) => parseInt(part, 36));
    const first = end + gap;
    unassigned3_2_0.push(first, first + length - 1);
    end = first + length;
  }

  const changes3_2_0 = new Map<number, Changes3_2_0>();
  forEachEntry(CHANGES_3_2_0, (codePoint, body) => {
    let changes = changes3_2_0.get(codePoint);
    if (changes === undefined) changes3_2_0.set(codePoint, changes = {});
    const value = body.slice(1);
    switch (body[0]) {
      case "c":
        changes.category = value;
        break;
      case "b":
        changes.bidirectional = value;
        break;
      case "w":
        changes.eastAsianWidth = value;
        break;
      case "m":
        changes.mirrored = Number(value);
        break;
      case "d":
        changes.decimal = value === "" ? null : Number(value);
        break;
      case "n":
        changes.numeric = value === "" ? null : rational(value);
        break;
    }
    return codePoint;
  });

  const corrections3_2_0 = new Map<number, number>();
  for (const entry of CORRECTIONS_3_2_0.split(" ")) {
    const [from, to] = entry.split("=").map((hex) => parseInt(hex, 16));
    corrections3_2_0.set(from, to);
  }

  return {
    records,
    recordOf,
    decompositions,
    compositions,
    numerics,
    namedSequences,
    unassigned3_2_0,
    changes3_2_0,
    corrections3_2_0,
  };
}

export function recordOf(codePoint: number): PropertyRecord {
  const { records, recordOf } = unicodeTables();
  return records[recordOf[codePoint]];
}

/** True when `codePoint` is assigned in Unicode 14.0.0 but not in 3.2.0. */
export function unassignedIn3_2_0(codePoint: number): boolean {
  const ranges = unicodeTables().unassigned3_2_0;
  let low = 0;
  let high = ranges.length / 2;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ranges[2 * middle + 1] < codePoint) low = middle + 1;
    else high = middle;
  }
  return low < ranges.length / 2 && ranges[2 * low] <= codePoint;
}

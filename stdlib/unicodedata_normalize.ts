/**
 * Unicode normalization (NFD, NFKD, NFC, NFKC) on Unicode 14.0.0 data, as
 * CPython's unicodedata computes it, not through V8's
 * String.prototype.normalize: V8's ICU follows a newer Unicode, where
 * characters unassigned in 14.0 have combining classes, decompositions and
 * compositions of their own (e.g. the Kirat Rai and Tulu-Tigalari vowel
 * signs of 16.0), so `normalize` would change strings Python 3.11 leaves
 * alone.
 *
 * Decomposition: Hangul syllables arithmetically, everything else by the
 * decomposition mappings applied recursively (compatibility ones only for
 * the K forms), then the canonical ordering of combining marks (a stable
 * sort of each run of non-starters by combining class). Composition: each
 * starter absorbs every later character that is not blocked and forms a
 * primary composite with it; Hangul L+V(+T) compose arithmetically.
 *
 * For `ucd_3_2_0` (IDNA's stringprep), characters unassigned in 3.2.0 do
 * not decompose and five mappings corrected since then use their 3.2.0
 * form; combining classes and compositions stay 14.0.0's, as in CPython.
 */
import { recordOf, unassignedIn3_2_0, unicodeTables } from "./unicodedata_tables.ts";

const S_BASE = 0xac00;
const L_BASE = 0x1100;
const V_BASE = 0x1161;
const T_BASE = 0x11a7;
const L_COUNT = 19;
const V_COUNT = 21;
const T_COUNT = 28;
const N_COUNT = V_COUNT * T_COUNT;
const S_COUNT = L_COUNT * N_COUNT;

const combiningClass = (codePoint: number) => recordOf(codePoint).combining;

export function decompose(input: ArrayLike<number>, compatibility: boolean, v3_2_0: boolean) {
  const { decompositions, corrections3_2_0 } = unicodeTables();
  const output: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < input.length; i++) {
    stack.push(input[i]);
    while (stack.length > 0) {
      const codePoint = stack.pop()!;
      if (codePoint >= S_BASE && codePoint < S_BASE + S_COUNT) {
        const index = codePoint - S_BASE;
        output.push(L_BASE + Math.floor(index / N_COUNT));
        output.push(V_BASE + Math.floor((index % N_COUNT) / T_COUNT));
        if (index % T_COUNT !== 0) output.push(T_BASE + index % T_COUNT);
        continue;
      }
      if (v3_2_0) {
        const corrected = corrections3_2_0.get(codePoint);
        if (corrected !== undefined) {
          stack.push(corrected);
          continue;
        }
      }
      const decomposition = v3_2_0 && unassignedIn3_2_0(codePoint)
        ? undefined
        : decompositions.get(codePoint);
      if (decomposition === undefined || (decomposition.tag !== "" && !compatibility)) {
        output.push(codePoint);
        continue;
      }
      for (let j = decomposition.targets.length - 1; j >= 0; j--) {
        stack.push(decomposition.targets[j]);
      }
    }
  }
  reorder(output);
  return output;
}

/** Canonical ordering: bubble each non-starter back past marks of higher class. */
function reorder(points: number[]): void {
  if (points.length === 0) return;
  let previous = combiningClass(points[0]);
  for (let i = 1; i < points.length; i++) {
    const current = combiningClass(points[i]);
    if (previous === 0 || current === 0 || previous <= current) {
      previous = current;
      continue;
    }
    let at = i - 1;
    while (true) {
      [points[at], points[at + 1]] = [points[at + 1], points[at]];
      at--;
      if (at < 0) break;
      const before = combiningClass(points[at]);
      if (before === 0 || before <= current) break;
    }
    previous = combiningClass(points[i]);
  }
}

export function compose(input: ArrayLike<number>, compatibility: boolean, v3_2_0: boolean) {
  const data = decompose(input, compatibility, v3_2_0);
  const { compositions } = unicodeTables();
  const output: number[] = [];
  const skipped = new Set<number>();
  let i = 0;
  while (i < data.length) {
    if (skipped.has(i)) {
      i++;
      continue;
    }
    let codePoint = data[i];
    if (
      codePoint >= L_BASE && codePoint < L_BASE + L_COUNT && i + 1 < data.length &&
      data[i + 1] >= V_BASE && data[i + 1] < V_BASE + V_COUNT
    ) {
      codePoint = S_BASE + ((codePoint - L_BASE) * V_COUNT + data[i + 1] - V_BASE) * T_COUNT;
      i += 2;
      if (i < data.length && data[i] > T_BASE && data[i] < T_BASE + T_COUNT) {
        codePoint += data[i] - T_BASE;
        i++;
      }
      output.push(codePoint);
      continue;
    }
    let partners = compositions.get(codePoint);
    let blocking = 0;
    for (let next = i + 1; partners !== undefined && next < data.length; next++) {
      if (skipped.has(next)) continue;
      const mark = data[next];
      const markClass = combiningClass(mark);
      if (blocking !== 0) {
        if (markClass === 0) break;
        if (blocking >= markClass) continue; // blocked
      }
      const composite = partners.get(mark);
      if (composite === undefined) {
        if (markClass === 0) break;
        blocking = markClass;
        continue;
      }
      codePoint = composite;
      skipped.add(next);
      partners = compositions.get(codePoint);
    }
    output.push(codePoint);
    i++;
  }
  return output;
}

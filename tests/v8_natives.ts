/**
 * V8's own answers about representations, for probe scripts run under
 * --allow-natives-syntax (tests/natives_probe.ts). Importing this module
 * without that flag throws a SyntaxError.
 */

/** The elements kind of `array`: smi, double or object, with -holey when holey. */
export const elementsKindOf = new Function(
  "a",
  "return (%HasSmiElements(a) ? 'smi' : %HasDoubleElements(a) ? 'double' : " +
    "%HasObjectElements(a) ? 'object' : '?') + (%HasHoleyElements(a) ? '-holey' : '')",
) as (array: unknown[]) => string;

/** Whether `a` and `b` have the same hidden class (map). */
export const haveSameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (
  a: unknown,
  b: unknown,
) => boolean;

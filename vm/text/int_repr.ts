/**
 * `repr(int)` for the VM's two int representations: a JS number while the
 * value is a safe integer, a bigint beyond. Both print plain decimal.
 */
export function intRepr(value: number | bigint): string {
  return typeof value === "bigint" ? value.toString() : String(value);
}

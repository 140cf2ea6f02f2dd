import { classify, firstDifference, totalsOf } from "../../tools/ast_diff_report.ts";
import { assertEquals } from "../assert.ts";
import type { FileReport } from "../../tools/ast_diff_report.ts";

const accepted = (sha256: string) => ({ sha256, error: null });
const rejected = (sha256: string, error: string) => ({ sha256, error });

Deno.test("classify sorts each pair of answers into one outcome", () => {
  assertEquals(classify(accepted("a"), accepted("a")), "identical");
  assertEquals(classify(accepted("a"), accepted("b")), "dump-differs");
  const cpythonError = "SyntaxError: invalid syntax (x.py, line 3)";
  assertEquals(classify(rejected("e", cpythonError), rejected("e", cpythonError)), "same-error");
  assertEquals(
    classify(rejected("e", cpythonError), rejected("f", "SyntaxError: other (x.py, line 3)")),
    "reject-same-line",
  );
  assertEquals(
    classify(rejected("e", cpythonError), rejected("f", "IndentationError: x (x.py, line 3)")),
    "reject-other",
  );
  assertEquals(classify(rejected("e", cpythonError), accepted("a")), "we-accept");
  assertEquals(classify(accepted("a"), rejected("e", cpythonError)), "we-reject");
  assertEquals(classify(accepted("a"), { sha256: null, error: null, internal: "x" }), "internal");
});

Deno.test("firstDifference names the field and its node", () => {
  const want = "Module(\n   body=[\n      Constant(\n         value=1,\n         lineno=1,\n" +
    "         col_offset=0)])";
  const got = want.replace("col_offset=0", "col_offset=1");
  const difference = firstDifference(want, got);
  assertEquals(difference.line, 6);
  assertEquals(difference.category, "Constant.col_offset");
  assertEquals(difference.want, "         col_offset=0)])");
  assertEquals(difference.got, "         col_offset=1)])");
  assertEquals(firstDifference("A(\n   x=1)", "A(\n   x=1)\nB").category, "length");
});

Deno.test("totals count agreeing outcomes as a percentage", () => {
  const report = (outcome: FileReport["outcome"]): FileReport => ({
    file: "f",
    outcome,
    cpythonError: null,
    ourError: null,
    milliseconds: 0,
  });
  const totals = totalsOf([report("identical"), report("reject-same-line"), report("we-reject")]);
  assertEquals(totals.agreeing, 2);
  assertEquals(totals.agreeingPercent.toFixed(2), "66.67");
});

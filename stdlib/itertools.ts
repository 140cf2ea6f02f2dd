/** The `itertools` module: its iterator types and `tee` (itertools_*.ts). */
import type { PyModule } from "../vm/runtime/module.ts";
import { addClassGetItem, addFunctions, addTypes, newModule } from "./module_helpers.ts";
import {
  accumulateType,
  chainType,
  compressType,
  countType,
  cycleType,
  dropwhileType,
  filterfalseType,
  isliceType,
  pairwiseType,
  repeatType,
  starmapType,
  takewhileType,
} from "./itertools_basic.ts";
import { groupbyType, grouperType, zipLongestType } from "./itertools_group.ts";
import { tee, teeDataType, teeType } from "./itertools_tee.ts";
import {
  combinationsType,
  combinationsWithReplacementType,
  permutationsType,
  productType,
} from "./itertools_combinatorics.ts";

export function createItertoolsModule(): PyModule {
  const module = newModule(
    "itertools",
    "Functional tools for creating and using iterators.",
  );
  addTypes(module, [
    accumulateType,
    chainType,
    combinationsType,
    combinationsWithReplacementType,
    compressType,
    countType,
    cycleType,
    dropwhileType,
    filterfalseType,
    groupbyType,
    grouperType,
    isliceType,
    pairwiseType,
    permutationsType,
    productType,
    repeatType,
    starmapType,
    takewhileType,
    teeDataType,
    teeType,
    zipLongestType,
  ]);
  addClassGetItem([chainType]);
  addFunctions(module, { tee: ["iterable, n=2, /", tee] });
  return module;
}

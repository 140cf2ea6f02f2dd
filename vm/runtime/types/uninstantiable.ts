/**
 * Builtin types whose instances only the interpreter makes (CPython leaves
 * their tp_new NULL): calling the type raises "cannot create 'generator'
 * instances" instead of building an empty, unusable object, and
 * `object.__reduce_ex__` refuses to pickle or copy their instances.
 */
import { asyncGeneratorType, coroutineType, generatorType } from "../generator.ts";
import { frameType } from "../frame.ts";
import {
  builtinFunctionType,
  methodDescriptorType,
  methodWrapperType,
  wrapperDescriptorType,
} from "../../objects/native_function.ts";
import { getSetDescriptorType } from "../../objects/getset.ts";
import { memberDescriptorType } from "../../objects/member.ts";
import { registerUninstantiable } from "../call_type.ts";
import {
  listIteratorType,
  listReverseIteratorType,
  sequenceIteratorType,
  strAsciiIteratorType,
  strIteratorType,
  tupleIteratorType,
} from "../iteration.ts";
import { callableIteratorType } from "./iterator_types.ts";
import { rangeIteratorType } from "./range_type.ts";
import { longRangeIteratorType } from "./range_long.ts";
import { bytearrayIteratorType, bytesIteratorType } from "./bytes_type.ts";
import { memoryIteratorType } from "./memoryview_type.ts";
import { setIteratorType } from "./set_iterator.ts";
import {
  dictItemIteratorType,
  dictKeyIteratorType,
  dictReverseItemIteratorType,
  dictReverseKeyIteratorType,
  dictReverseValueIteratorType,
  dictValueIteratorType,
} from "../../objects/dict_views.ts";

for (
  const type of [
    generatorType,
    coroutineType,
    asyncGeneratorType,
    frameType,
    builtinFunctionType,
    methodDescriptorType,
    wrapperDescriptorType,
    methodWrapperType,
    getSetDescriptorType,
    memberDescriptorType,
    // The iterators of builtin containers.
    listIteratorType,
    listReverseIteratorType,
    tupleIteratorType,
    strAsciiIteratorType,
    strIteratorType,
    sequenceIteratorType,
    callableIteratorType,
    rangeIteratorType,
    longRangeIteratorType,
    bytesIteratorType,
    bytearrayIteratorType,
    memoryIteratorType,
    setIteratorType,
    dictKeyIteratorType,
    dictValueIteratorType,
    dictItemIteratorType,
    dictReverseKeyIteratorType,
    dictReverseValueIteratorType,
    dictReverseItemIteratorType,
  ]
) registerUninstantiable(type);

/**
 * Start-up of the object model: loading the modules that attach methods to
 * the builtin types (each does so when imported), then wiring the late-bound
 * protocols. Import this module once before running Python code.
 */
import "../objects/str.ts";
import "../objects/numbers.ts";
import "../objects/dict_methods.ts";
import "../objects/dict_view_sets.ts";
import "../objects/set_methods.ts";
import "./types/object_type.ts";
import "./types/type_type.ts";
import "./types/exception_type.ts";
import "./types/unicode_error_type.ts";
import "./types/function_type.ts";
import "./types/function_new.ts";
import "./types/uninstantiable.ts";
import "./types/generator_type.ts";
import "./types/coroutine_type.ts";
import "./types/async_generator_type.ts";
import "./types/exception_group.ts";
import "./types/list_type.ts";
import "./types/set_type.ts";
import "./types/set_iterator.ts";
import "./types/range_type.ts";
import "./types/slice_type.ts";
import "./types/iterator_types.ts";
import "./types/super_type.ts";
import "./types/descriptor_type.ts";
import "./types/frame_type.ts";
import "./types/generic_alias.ts";
import "./types/union_type.ts";
import "./types/object_reduce.ts";
import "./types/constructors.ts";
import "./types/number_slots.ts";
import "./types/bytes_type.ts";
import "./types/bytearray_reduce.ts";
import "./types/memoryview_type.ts";
import "./types/code_positions.ts";
import "./import/module_type.ts";
import "./types/module_annotations.ts";
import "../../stdlib/builtin_modules.ts";
import { installProtocols } from "./protocols.ts";
import { installSourceCodecs } from "./source_codecs.ts";

installProtocols();
installSourceCodecs();

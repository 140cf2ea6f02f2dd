# _imp: the native import helpers importlib uses (builtin modules, no frozen ones).
import _imp, sys
print(_imp.is_builtin("sys"), _imp.is_builtin("builtins"), _imp.is_builtin("math"), _imp.is_builtin("nothing"))
print(_imp.is_frozen("nothing"), _imp.lock_held())
_imp.acquire_lock(); print(_imp.lock_held()); _imp.release_lock(); print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    _imp.get_frozen_object("nothing")
except ImportError as e:
    print("ImportError:", e, e.name)
try:
    _imp.is_frozen(5)
except TypeError as e:
    print("TypeError:", e)
print(_imp.init_frozen("nothing"), _imp.find_frozen("nothing"))
print(_imp.check_hash_based_pycs, _imp.exec_builtin(sys))
class Spec:
    name = "math"
m = _imp.create_builtin(Spec())
import math
print(m.__name__, type(m).__name__)
Spec.name = "sys"
print(_imp.create_builtin(Spec()) is sys)
Spec.name = "nothing"
print(_imp.create_builtin(Spec()))
print(_imp, _imp.__spec__.origin)

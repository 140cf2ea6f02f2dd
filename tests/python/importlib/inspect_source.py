# inspect's source and signature functions on modules Taipan imported.
import inspect
import sys

sys.path.insert(0, "lib")
import plain_mod

print(inspect.getsource(plain_mod.add))
print(inspect.getsource(plain_mod.Shape).splitlines()[:3])
print(inspect.getsourcelines(plain_mod.Shape.area)[1])
print(inspect.signature(plain_mod.add))
print(inspect.signature(plain_mod.Shape.area))
print(inspect.signature(plain_mod.wrapped))
print(inspect.signature(plain_mod.lambda_value))
print(inspect.getdoc(plain_mod.add), inspect.getdoc(plain_mod))
print(inspect.getmodule(plain_mod.add) is plain_mod)
print(inspect.getfile(plain_mod.add).endswith("plain_mod.py"))
print(inspect.getsourcefile(plain_mod).endswith("plain_mod.py"))
print(inspect.getmodulename("x/y/thing.py"), inspect.ismodule(plain_mod))
print(inspect.getsource(plain_mod).splitlines()[0])
sig = inspect.signature(plain_mod.add)
print([(p.name, p.kind.name) for p in sig.parameters.values()])
print(sig.bind(1, c=3).arguments)
def local(x, *, y=None):
    return x
print(inspect.getsource(local).strip().splitlines()[0], inspect.signature(local))

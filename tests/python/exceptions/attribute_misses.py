# getattr, hasattr and attribute reads that miss: a plain miss makes its
# AttributeError only when it is raised, so the results, messages, name/obj
# fields, __getattr__ fallbacks and suggestions must be unchanged.
import sys
import traceback


class Plain:
    nothing = None

    def __init__(self):
        self.value = 1


class Fallback:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"custom miss {name}")


class PropertyMiss:
    def __getattr__(self, name):
        return ("fallback", name)

    @property
    def broken(self):
        raise AttributeError("from property")

    @property
    def failing(self):
        raise ValueError("property failed")


class HookFails:
    def __getattr__(self, name):
        raise KeyError(name)


class Custom:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)


class CustomWithFallback(Custom):
    def __getattr__(self, name):
        return "fell back " + name


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        fields = (getattr(e, "name", "-"), type(getattr(e, "obj", None)).__name__)
        print(label, type(e).__name__, e, fields if isinstance(e, AttributeError) else "")


p = Plain()
show("plain hit", lambda: getattr(p, "value"))
show("plain none", lambda: getattr(p, "nothing", 5))
show("plain miss", lambda: getattr(p, "missing"))
show("plain default", lambda: getattr(p, "missing", "dflt"))
show("plain default None", lambda: getattr(p, "missing", None))
show("hasattr hit", lambda: hasattr(p, "value"))
show("hasattr none", lambda: hasattr(p, "nothing"))
show("hasattr miss", lambda: hasattr(p, "missing"))
show("dot miss", lambda: p.missing)
show("int miss", lambda: (1).missing)
show("dict miss", lambda: getattr({}, "no_such_attribute"))
show("module miss", lambda: sys.no_such_thing)
show("module getattr default", lambda: getattr(sys, "no_such_thing", 0))
show("module hasattr", lambda: hasattr(sys, "no_such_thing"))
show("class miss", lambda: Plain.missing)
show("class hasattr", lambda: hasattr(Plain, "missing"))

f = Fallback()
show("fallback dyn", lambda: f.dyn_abc)
show("fallback getattr", lambda: getattr(f, "dyn_x", "unused"))
show("fallback miss", lambda: f.other)
show("fallback default", lambda: getattr(f, "other", "dflt"))
show("fallback hasattr", lambda: hasattr(f, "other"))

pm = PropertyMiss()
show("property AttributeError", lambda: pm.broken)
show("property ValueError", lambda: pm.failing)
show("property hasattr ValueError", lambda: hasattr(pm, "failing"))
show("property plain miss", lambda: pm.nope)

h = HookFails()
show("hook raises", lambda: h.anything)
show("hook hasattr", lambda: hasattr(h, "anything"))
show("hook getattr default", lambda: getattr(h, "anything", 1))

c = Custom()
show("custom secret", lambda: c.secret)
show("custom miss", lambda: c.other)
show("custom hasattr", lambda: hasattr(c, "other"))
cf = CustomWithFallback()
show("custom fallback", lambda: cf.other)

show("bad name", lambda: getattr(p, 3))
show("bad name hasattr", lambda: hasattr(p, None))


class StrName(str):
    pass


show("str subclass name", lambda: getattr(p, StrName("value")))

# a miss inside a handler chains; the suggestion appears in the report
try:
    try:
        raise KeyError("k")
    except KeyError:
        p.valeu
except AttributeError as e:
    print("chained", repr(e.__context__), e.name, e.obj is p)
    print(traceback.format_exception_only(type(e), e))

# a miss in a loop, caught each time
count = 0
for i in range(50):
    try:
        getattr({}, "no_such_attribute")
    except AttributeError as e:
        count += e.name == "no_such_attribute"
print("loop", count)

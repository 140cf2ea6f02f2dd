def f(d):
    return d["a"]["b"].upper() + len(d)
try:
    f({"a": {"b": 1}})
except AttributeError:
    pass
x = {"a": [1, 2]}
def g():
    with open_thing() as t:
        pass
def h():
    for item in 5:
        pass
def m():
    assert 1 == 2, "msg"
def n():
    raise ValueError("boom") from KeyError("k")
for fn in (g, h, m):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
y = x["a"][1] + \
    x["b"]

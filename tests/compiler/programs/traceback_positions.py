def a(x):
    return x["key"]
def b(obj):
    return obj.attribute.method(1,
                                2)
def c(n):
    return 1 / n + \
        2
def run(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        return type(e).__name__
print(run(a, {}), run(b, None), run(c, 0))
class K:
    def method(self):
        return [1][5]
def deep():
    total = 0
    for i in range(3):
        total += K().method()
deep()

class Obj:
    def method(self, x):
        return 1 / x
    @property
    def prop(self):
        return {}["missing"]
def attr():
    o = Obj()
    return (o
            .prop)
def chained():
    o = Obj()
    return (o
            .method(0))
try:
    attr()
except KeyError as e:
    print("KeyError", e)
chained()

# __new__ and __init__: argument checks, return values, object.__new__/__init__ errors.
def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)

class Plain:
    pass
show(lambda: Plain(1))
show(lambda: Plain(x=1))
class OnlyInit:
    def __init__(self, a):
        self.a = a
show(lambda: OnlyInit(1).a)
show(lambda: OnlyInit())
show(lambda: OnlyInit(1, 2))
class OnlyNew:
    def __new__(cls, a):
        inst = super().__new__(cls)
        inst.a = a
        return inst
show(lambda: OnlyNew(5).a)
show(lambda: OnlyNew())
class InitReturns:
    def __init__(self):
        return 1
show(lambda: InitReturns())
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called")
show(lambda: NewReturnsOther())
class NewReturnsSubclass:
    def __new__(cls):
        return object.__new__(Sub)
    def __init__(self):
        print("init on", type(self).__name__)
class Sub(NewReturnsSubclass):
    pass
show(lambda: type(NewReturnsSubclass()).__name__)
show(lambda: object.__new__(Plain, 1))
show(lambda: object.__new__(1))
show(lambda: object.__new__(int))
show(lambda: int.__new__(Plain))
show(lambda: object.__init__(Plain(), 1))
class BothOverridden:
    def __new__(cls, *args):
        return super().__new__(cls)
    def __init__(self, *args):
        super().__init__()
        self.args = args
show(lambda: BothOverridden(1, 2).args)
class NewPassesArgs:
    def __new__(cls, *args):
        return super().__new__(cls, *args)
show(lambda: NewPassesArgs(1))
class InitPassesArgs:
    def __init__(self, *args):
        super().__init__(*args)
show(lambda: InitPassesArgs(1))
show(lambda: type(InitPassesArgs()).__name__)
class Factory:
    instances = 0
    def __new__(cls, *args, **kwargs):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, name="x"):
        self.name = name
f1, f2 = Factory("a"), Factory(name="b")
print(Factory.instances, f1.name, f2.name)
class ClassmethodNew:
    @classmethod
    def create(cls):
        return cls.__new__(cls)
obj = ClassmethodNew.create()
print(type(obj).__name__)
show(lambda: Plain.__init__(1))
show(lambda: Plain.__new__())
print(Plain.__new__ is object.__new__, Plain.__init__ is object.__init__, type(Plain.__dict__.get("__new__")))

import itertools
class C(itertools.count):
    def __next__(self):
        return super().__next__() * 10
c = C()
for x in c:
    print(x)
    if x > 20: break
print(next(c))

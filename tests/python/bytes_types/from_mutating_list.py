# bytes()/bytearray() of a list read the list afresh at each item: an
# __index__ that clears or extends it changes what is read.
for kind in (bytes, bytearray):
    class X:
        def __index__(self):
            a.clear()
            return 42
    a = [X(), X()]
    print(kind(a))

    class Y:
        def __index__(self):
            if len(a) < 10:
                a.append(self)
            return 42
    a = [Y()]
    print(kind(a))
    print(kind([1, 2, 3]), kind((4, 5)), kind(iter([6])))
    try:
        kind([1, 256])
    except ValueError as e:
        print(e)

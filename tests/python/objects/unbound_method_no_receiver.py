# A method descriptor called through its class without any argument raises
# CPython's TypeError (whatever the method's own arity).
for f in [lambda: bytes.hex(), lambda: str.upper(), lambda: list.append(),
          lambda: dict.keys(), lambda: str.join(), lambda: bytes.hex(1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(str.upper("x"), bytes.hex(b"\x01"))

# A lone '<' or '>' in an f-string field belongs to the expression, also as
# its last character: a field that ends there misses its '}'.
SOURCES = ["f'x{<'", "f'x{>'", "f'{<'", "f'{!'", "f'{:'", "f'x{'", "f'{='", "f'{a<}'",
           "f'{<}'", "f'{1<=2}'", "f'{1<2}'", "f'{2>1}'", "f'{1>'"]
for source in SOURCES:
    try:
        print(source, eval(source))
    except SyntaxError as e:
        print(source, "SyntaxError:", e.msg, e.offset)

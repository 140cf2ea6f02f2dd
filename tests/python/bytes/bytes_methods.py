# Every bytes/bytearray method against CPython, including argument errors.
def show(expr):
    try:
        result = eval(expr)
    except Exception as error:
        name = type(error).__name__
        if isinstance(error, UnicodeDecodeError):
            error = error.args
        result = f"{name}: {error}"
    print(expr, "->", repr(result))

for T in ("bytes", "bytearray"):
    print("==", T)
    for expr in [
        "T(b'hello world').capitalize()", "T(b'HELLO wORLD 1a').title()",
        "T(b'Hello').swapcase()", "T(b'\\xe9aB').upper()", "T(b'\\xe9aB').lower()",
        "T(b'abc').center(8)", "T(b'abc').center(8, b'*')", "T(b'abc').center(2)",
        "T(b'ab').center(5, b'-')", "T(b'abc').center(6, '*')", "T(b'abc').center(6, b'**')",
        "T(b'abc').ljust(6, bytearray(b'.'))", "T(b'abc').rjust(6)", "T(b'abc').rjust(2)",
        "T(b'42').zfill(5)", "T(b'+42').zfill(5)", "T(b'-42').zfill(2)", "T(b'').zfill(3)",
        "T(b'a\\tbc\\td\\n\\tx').expandtabs()", "T(b'a\\tb').expandtabs(0)",
        "T(b'a\\tb').expandtabs(tabsize=3)", "T(b'  hi  ').strip()", "T(b'xxhixx').strip(b'x')",
        "T(b'  hi  ').lstrip()", "T(b'  hi  ').rstrip()", "T(b'abcba').strip(b'ab')",
        "T(b'hi').strip('h')", "T(b'hi').strip(None)",
        "T(b'banana').count(b'an')", "T(b'banana').count(97)", "T(b'banana').count(b'')",
        "T(b'banana').count(b'a', 2, -1)", "T(b'banana').count('a')", "T(b'banana').count(256)",
        "T(b'banana').find(b'na')", "T(b'banana').find(b'na', 3)", "T(b'banana').find(b'x')",
        "T(b'banana').rfind(b'na')", "T(b'banana').rfind(b'')", "T(b'banana').find(b'', 10)",
        "T(b'banana').index(b'nan')", "T(b'banana').index(b'z')", "T(b'banana').rindex(110)",
        "T(b'banana').rindex(b'q')", "T(b'banana').find(-1)", "T(b'banana').find(b'a', None, 3)",
        "T(b'banana').startswith(b'ban')", "T(b'banana').startswith((b'x', b'ba'))",
        "T(b'banana').startswith(b'an', 1)", "T(b'banana').endswith(b'na', 0, 4)",
        "T(b'banana').endswith('na')", "T(b'banana').startswith(('na', b'x'))",
        "T(b'banana').endswith(bytearray(b'ana'))", "T(b'banana').startswith(b'')",
        "T(b'banana').startswith(b'', 7)",
        "T(b'banana').replace(b'a', b'o')", "T(b'banana').replace(b'a', b'o', 2)",
        "T(b'banana').replace(b'', b'-')", "T(b'banana').replace(b'', b'-', 3)",
        "T(b'banana').replace(b'x', b'y')", "T(b'banana').replace('a', b'y')",
        "T(b'banana').replace(b'an', b'')",
        "T(b'prefix-body').removeprefix(b'prefix-')", "T(b'body').removeprefix(b'x')",
        "T(b'body.txt').removesuffix(b'.txt')", "T(b'body').removesuffix('y')",
        "T(b'a,b,,c').split(b',')", "T(b'a,b,,c').split(b',', 1)", "T(b' a  b c ').split()",
        "T(b' a  b c ').split(maxsplit=1)", "T(b' a  b c ').rsplit(maxsplit=1)",
        "T(b'a,b,,c').rsplit(b',', 2)", "T(b'').split()", "T(b'').split(b',')",
        "T(b'abc').split(b'')", "T(b'abc').split('b')", "T(b'a\\x0bb\\x1cc').split()",
        "T(b'one\\ntwo\\r\\nthree\\rfour\\n').splitlines()",
        "T(b'one\\ntwo\\r\\nthree\\rfour\\n').splitlines(keepends=True)",
        "T(b'a\\x0bb\\x1cc').splitlines()", "T(b'').splitlines()",
        "T(b'a=b=c').partition(b'=')", "T(b'a=b=c').rpartition(b'=')",
        "T(b'abc').partition(b'x')", "T(b'abc').rpartition(b'x')", "T(b'abc').partition(b'')",
        "T(b'abc').partition('b')", "T(b'abc').partition(None)",
        "T(b', ').join([b'a', bytearray(b'b'), bytearray(b'c')])", "T(b'').join([])",
        "T(b'-').join(x for x in [b'1', b'2'])", "T(b'-').join([b'a', 'b'])", "T(b'-').join(5)",
        "T(b'abc').isalnum()", "T(b'ab1').isalnum()", "T(b'ab ').isalnum()", "T(b'').isalpha()",
        "T(b'abc').isalpha()", "T(b'\\xe9').isalpha()", "T(b'\\x7f').isascii()",
        "T(b'\\x80').isascii()", "T(b'').isascii()", "T(b'123').isdigit()",
        "T(b'abc1').islower()", "T(b'ABC1').isupper()", "T(b'1').islower()",
        "T(b' \\t\\n\\x0b\\x0c\\r').isspace()", "T(b'\\x1c').isspace()",
        "T(b'Hello World').istitle()", "T(b'Hello world').istitle()", "T(b'HW').istitle()",
        "T(b'abc').translate(None, b'b')", "T(b'abc').translate(bytes.maketrans(b'ab', b'xy'))",
        "T(b'abc').translate(b'x')", "T(b'abc').translate(None, delete=b'ac')",
        "T.maketrans(b'abc', b'xyz')[97:100]", "T.maketrans(b'a', b'xy')",
        "T.maketrans('a', b'x')",
        "T(b'\\x01\\xab\\xff').hex()", "T(b'\\x01\\xab\\xff').hex('-')",
        "T(b'abcdefg').hex(':', 3)", "T(b'abcdefg').hex(b':', -3)", "T(b'abc').hex(':', 0)",
        "T(b'abc').hex('::')", "T(b'abc').hex(5)", "T(b'abc').hex('\\xe9')",
        "T(b'abc').hex(sep='+', bytes_per_sep=2)", "T(b'').hex(':')",
        "T.fromhex('4142 43')", "T.fromhex(' 41\\t42\\n')", "T.fromhex('414')",
        "T.fromhex('4x')", "T.fromhex('41\\u20ac')", "T.fromhex(b'41')", "T.fromhex('')",
        "T(b'caf\\xc3\\xa9').decode()", "T(b'caf\\xc3\\xa9').decode('latin-1')",
        "T(b'caf\\xe9').decode()", "T(b'caf\\xe9').decode('utf-8', 'replace')",
        "T(b'caf\\xe9').decode(errors='ignore')", "T(b'abc').decode('ascii')",
        "T(b'\\xff').decode('ascii')", "T(b'abc').decode('nope')", "T(b'abc').decode(5)",
        "T(b'abc').upper() is T(b'abc')",
    ]:
        show(expr.replace("T(", T + "(").replace("T.", T + "."))

b = b"unchanged"
print(b.strip() is b, b.replace(b"x", b"y") is b, b.center(3) is b, b.removeprefix(b"q") is b)
ba = bytearray(b"unchanged")
print(ba.strip() is ba, ba.replace(b"x", b"y") is ba, type(ba.strip()).__name__)

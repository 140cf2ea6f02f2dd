# _locale in the C and C.UTF-8 locales: setlocale, localeconv, nl_langinfo, getencoding.
import _locale as L

print(L.setlocale(L.LC_CTYPE), L.getencoding(), L.nl_langinfo(L.CODESET))
print(L.localeconv())
for name in ["RADIXCHAR", "THOUSEP", "D_T_FMT", "D_FMT", "T_FMT", "T_FMT_AMPM", "AM_STR", "PM_STR",
             "DAY_1", "DAY_7", "ABDAY_3", "MON_1", "MON_12", "ABMON_5", "ERA", "ALT_DIGITS",
             "YESEXPR", "NOEXPR", "CRNCYSTR", "_DATE_FMT"]:
    print(name, getattr(L, name), repr(L.nl_langinfo(getattr(L, name))))
print(L.setlocale(L.LC_ALL, "C"), L.setlocale(L.LC_ALL), L.getencoding(), L.nl_langinfo(L.CODESET))
print(L.setlocale(L.LC_ALL, "C.UTF-8"), L.getencoding())
print(L.setlocale(L.LC_NUMERIC, "POSIX"), L.setlocale(L.LC_ALL))
saved = L.setlocale(L.LC_ALL)
print(L.setlocale(L.LC_ALL, "C"), L.setlocale(L.LC_ALL, saved), L.setlocale(L.LC_TIME))
print(L.setlocale(L.LC_ALL, "C.utf8"), L.setlocale(L.LC_COLLATE))
for args in [(99,), (99, "C"), (L.LC_ALL, "xx_YY.UTF-8"), ("x",), (L.LC_ALL, 5)]:
    try:
        print(L.setlocale(*args))
    except (L.Error, TypeError) as e:
        print(type(e).__name__, type(e).__module__, e)
try:
    L.nl_langinfo(12345)
except ValueError as e:
    print("ValueError", e)
print(L.strcoll("a", "b"), L.strcoll("b", "a"), L.strcoll("a", "a"), L.strxfrm("abc"))
try:
    L.strxfrm("a\0")
except ValueError as e:
    print("ValueError", e)
print(L.gettext("message"), L.dgettext(None, "m"), L.dcgettext("d", "m", L.LC_MESSAGES),
      L.textdomain(None), L.textdomain("demo"), L.bindtextdomain("demo", None))
print(L.Error.__mro__, L.CHAR_MAX, L.LC_CTYPE, L.LC_NUMERIC, L.LC_TIME, L.LC_COLLATE,
      L.LC_MONETARY, L.LC_MESSAGES, L.LC_ALL, L.__doc__)

# locale.py over _locale. Needs `re` (locale imports it).
import locale
import sys

# UTF-8 either way; spelled "utf-8" under UTF-8 mode (a C/POSIX environment), else the codeset.
expected = "utf-8" if sys.flags.utf8_mode else locale.getencoding()
print(locale.getpreferredencoding() == expected, locale.getpreferredencoding(False) == expected)
print(locale.getpreferredencoding().upper(), locale.getencoding())
print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.localeconv()["decimal_point"], locale.format_string("%d", 1234567, grouping=True))
print(locale.str(1.5), locale.atof("3.25"), locale.atoi("42"), locale.delocalize("1.5"))
print(locale.normalize("en_us"), locale.normalize("C.UTF-8"), locale.normalize("de_DE@euro"))
try:
    locale.setlocale(locale.LC_ALL, "xx_YY")
except locale.Error as e:
    print("Error", e)
try:
    locale.currency(1.5)
except ValueError as e:
    print("ValueError", e)
print(locale.strcoll("a", "b"), locale.strxfrm("x"), locale.nl_langinfo(locale.CODESET))

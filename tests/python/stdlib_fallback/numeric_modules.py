# decimal, fractions and statistics with the default stdlib: pyodide's zip
# has no _pydecimal, so Taipan takes it from the installed CPython 3.11 Lib
# (vm/runtime/import/stdlib_fallback.ts); CPython uses its C _decimal, whose
# results and reprs are the same.
import decimal
import fractions
import statistics
from decimal import Decimal, Context, localcontext, ROUND_HALF_EVEN, ROUND_DOWN

print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7))
print(repr(Decimal("3.14159").quantize(Decimal("0.01"))), Decimal(0.1))
print(Decimal("2").sqrt(), Decimal("10").ln(), Decimal("100").log10(), Decimal(1).exp())
print(Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"), Decimal("1E+3").normalize())
print(Decimal("123.456").as_tuple(), Decimal("7.5").to_integral_value(rounding=ROUND_HALF_EVEN))
print(divmod(Decimal("7"), Decimal("-3")), Decimal("7") % Decimal("-3"), Decimal("7") // Decimal("-3"))
print(Decimal("1.30") == Decimal("1.3"), hash(Decimal("1.5")) == hash(1.5), Decimal("2.5") < 3)
print(int(Decimal("-7.9")), float(Decimal("0.25")), round(Decimal("2.675"), 2), f"{Decimal('1234.5'):,.2f}")
with localcontext() as ctx:
    ctx.prec = 5
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3), ctx.prec)
print(decimal.getcontext().prec, Context(prec=3).divide(Decimal(1), Decimal(3)))
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero as error:
    print(type(error).__name__, isinstance(error, ZeroDivisionError), isinstance(error, ArithmeticError))
try:
    Decimal("abc")
except decimal.InvalidOperation as error:
    print(type(error).__name__, isinstance(error, ArithmeticError))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.HAVE_CONTEXTVAR)

F = fractions.Fraction
print(F(3, 6), F("1.25"), F(0.5), F(Decimal("0.75")), F(1, 3) + F(1, 6), F(2, 3) ** 2, F(-7, 2) // 1)
print(F(355, 113).limit_denominator(10), F(1, 3).as_integer_ratio(), float(F(1, 8)), round(F(7, 2)))
print(repr(F(5, 10)), F(1, 3) < 0.34, F(3, 1) == 3, hash(F(1, 2)) == hash(0.5), f"{F(1, 3)}")

print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.mode("aabbbc"))
print(statistics.fmean([1.5, 2.5]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.variance([1, 2, 3, 4]))
print(statistics.mean([F(1, 2), F(1, 3)]), statistics.mean([Decimal("0.5"), Decimal("0.25")]))
print(statistics.quantiles(range(1, 11), n=4), statistics.harmonic_mean([40, 60]), statistics.geometric_mean([2, 8]))
print(statistics.correlation([1, 2, 3], [2, 4, 7]), statistics.linear_regression([1, 2, 3], [2, 4, 6]))
d = statistics.NormalDist(10, 2)
print(d.cdf(12), d.inv_cdf(0.5), d.pdf(10), d + 1)
try:
    statistics.mean([])
except statistics.StatisticsError as error:
    print("StatisticsError", error)

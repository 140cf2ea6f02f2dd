# %-formatting and str.format: integer-required messages, __str__/__repr__/
# __format__ set to None, a str subclass with its own __str__ as a value.
import operator
class PseudoFloat:
    def __init__(self, value): self.value = float(value)
    def __int__(self): return int(self.value)
pi = PseudoFloat(3.1415)
def show(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
for fmt, v in [('%x', 3.14), ('%X', 2.11), ('%o', 1.79), ('%x', pi), ('%x', 3j), ('%u', 3j), ('%i', 2j), ('%d', 1j), ('%c', pi), ('%c', 'aa'), ('%i', 'aa'), ('%d', pi), ('%c', 2**40), ('%c', -1)]:
    show(operator.mod, fmt, v)
class E(object):
    def __init__(self, x): self.x = x
    def __repr__(self): return 'E(' + self.x + ')'
    def __str__(self): return 'E(' + self.x + ')'
class G(object):
    def __init__(self, x): self.x = x
    def __str__(self): return "string is " + self.x
    def __format__(self, format_spec):
        if format_spec == 'd': return 'G(' + self.x + ')'
        return object.__format__(self, format_spec)
show('{0:^10}'.format, E('data'))
show('{0:^10s}'.format, E('data'))
show('{0:>15s}'.format, G('data'))
show('{0[{1}]}'.format, 'abcdefg', 4)
class M:
    def __init__(self, x): self.x = x
    def __repr__(self): return 'M(' + self.x + ')'
    __str__ = None
class N:
    def __init__(self, x): self.x = x
    def __repr__(self): return 'N(' + self.x + ')'
    __format__ = None
show("{!s}".format, M('data')); show("{}".format, M('data')); show("{}".format, N('data')); show("{!r}".format, M('d'))
show(''.format_map); show('{a}'.format_map, [])
class S(str):
    def __str__(self): return '__str__ overridden'
s = S('xxx')
show(lambda: "%s" % s); show("{}".format, s)
s = S('xxx')
for r in ['%s' % s, '%s' % (s,), '{}'.format(s), format(s), f'{s}', f'{s!s}', '%r' % s,
          format(s, ''), '%s' % [s], S('%s') % 5]:
    print(repr(r))
class K:
    __str__ = None
show(str, K()); show(print, K())
class R:
    __repr__ = None
show(repr, R())

"""Programs whose uncaught exceptions tests/traceback compares against. Each
scenario is run as its own __main__ by make_cases.py."""

SCENARIOS = {
    "division": "def f(x):\n    return x / 0\n\nf(1)\n",
    "binary_subscript": "def g(d):\n    return d['key'] + 1\n\ng({'key': 's'})\n",
    "recursion_repeat": "def h(n):\n    if n == 0:\n        return undefined_name\n    return h(n - 1)\n\nh(6)\n",
    "attribute": "class C:\n    def m(self):\n        return self.missing\n\nC().m()\n",
    "cause": "def f():\n    return 1 // 0\ntry:\n    f()\nexcept ZeroDivisionError as e:\n    raise ValueError('bad') from e\n",
    "context": "try:\n    {}['x']\nexcept KeyError:\n    int('zz')\n",
    "suppressed_context": "try:\n    {}['x']\nexcept KeyError:\n    raise TypeError('t') from None\n",
    "multiline_expression": "x = (1 +\n     'a')\n",
    "notes": "e = TypeError('with note')\ne.add_note('a note')\ne.add_note('second\\nline')\nraise e\n",
    "group": "raise ExceptionGroup('eg', [ValueError(1), TypeError('t')])\n",
    "nested_group": (
        "def f():\n    raise ValueError('inner')\n"
        "try:\n    f()\nexcept ValueError as v:\n    inner = ExceptionGroup('inner', [v, KeyError('k')])\n"
        "raise ExceptionGroup('outer', [inner, OSError(2, 'No such file')])\n"
    ),
    "wide_group": "raise ExceptionGroup('many', [ValueError(i) for i in range(17)])\n",
    "call_whole_line": "len(5)\n",
    "index": "[1, 2][5]\n",
    "custom_class": "class MyError(Exception):\n    pass\n\nraise MyError('custom')\n",
    "empty_message": "raise RuntimeError\n",
    "empty_str_message": "raise RuntimeError('')\n",
    "keyerror_repr": "d = {}\nd[(1, 'a')]\n",
    "indented_source": "if True:\n    if True:\n        [].pop()\n",
    "tabs_in_source": "if True:\n\tx = 1 / 0\n",
    "unicode_source": "s = 'héllo'; t = s + 1\n",
    "method_chain": "class A:\n    def b(self):\n        return None\nA().b().c()\n",
    "unary": "x = -'a'\n",
    "compare": "1 < 'a'\n",
    "deep_recursion": "def r(n):\n    return r(n + 1)\nr(0)\n",
    "exit_code": "raise SystemExit(3)\n",
}

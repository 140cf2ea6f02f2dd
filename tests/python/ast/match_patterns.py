# Pattern nodes: parsed, hand-built and compiled, and the validator's pattern checks.
import _ast

def at(node, line=1, col=0):
    node.lineno, node.col_offset = line, col
    node.end_lineno, node.end_col_offset = line, col + 1
    return node

L, S = _ast.Load(), _ast.Store()
def name(n, ctx=L): return at(_ast.Name(n, ctx))
def const(v): return at(_ast.Constant(v))

def match(*cases):
    return _ast.Module([at(_ast.Match(name("subject"), list(cases)))], [])

def case(pattern, guard=None, *body):
    return _ast.match_case(pattern, guard, list(body) or [at(_ast.Pass())])

def report(label, value):
    return at(_ast.Expr(at(_ast.Call(name("print"), [const(label), value], []))))

tree = match(
    case(at(_ast.MatchValue(const(1))), None, report("one", const(1))),
    case(at(_ast.MatchSingleton(None)), None, report("none", const(None))),
    case(at(_ast.MatchSequence([at(_ast.MatchAs(None, "first")), at(_ast.MatchStar("rest"))])), None,
         report("sequence", name("rest"))),
    case(at(_ast.MatchMapping([const("k")], [at(_ast.MatchAs(None, "v"))], "others")), None,
         report("mapping", name("others"))),
    case(at(_ast.MatchClass(name("int"), [at(_ast.MatchAs(None, "n"))], [], [])),
         at(_ast.Compare(name("n"), [_ast.Gt()], [const(100)])), report("big int", name("n"))),
    case(at(_ast.MatchOr([at(_ast.MatchValue(const("a"))), at(_ast.MatchValue(const("b")))])), None,
         report("a or b", name("subject"))),
    case(at(_ast.MatchAs(at(_ast.MatchClass(name("str"), [], [], [])), "s")), None,
         report("string", name("s"))),
    case(at(_ast.MatchAs(None, None)), None, report("anything", name("subject"))),
)
code = compile(tree, "<match>", "exec")
for subject in [1, None, [1, 2, 3], {"k": 1, "j": 2}, 500, "a", "zzz", 3.5]:
    exec(code, {"subject": subject})

# Parsed patterns round-trip through compile().
parsed = compile("match p:\n case {'x': [1, *_], **kw} if kw: r = kw\n case _: r = None\n",
                 "<p>", "exec", _ast.PyCF_ONLY_AST)
print(type(parsed.body[0].cases[0].pattern).__name__, parsed.body[0].cases[0].pattern._fields)
ns = {"p": {"x": [1, 2], "y": 3}}
exec(compile(parsed, "<p>", "exec"), ns)
print(ns["r"])

def attempt(tree):
    try:
        compile(tree, "<t>", "exec")
        print("OK")
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__ + ":", e)

attempt(match())
attempt(match(case(at(_ast.MatchAs(None, "_")))))
attempt(match(case(at(_ast.MatchAs(at(_ast.MatchValue(const(1))), None)))))
attempt(match(case(at(_ast.MatchValue(name("x"))))))
attempt(match(case(at(_ast.MatchValue(const(...))))))
attempt(match(case(at(_ast.MatchValue(const(True))))))
attempt(match(case(at(_ast.MatchValue(at(_ast.UnaryOp(_ast.USub(), const(1))))))))
attempt(match(case(at(_ast.MatchValue(at(_ast.BinOp(const(1), _ast.Add(), const(2j))))))))
attempt(match(case(at(_ast.MatchValue(at(_ast.BinOp(const(1), _ast.Add(), const(2))))))))
attempt(match(case(at(_ast.MatchValue(at(_ast.Attribute(name("a"), "b", L)))))))
attempt(match(case(at(_ast.MatchSingleton(1)))))
attempt(match(case(at(_ast.MatchStar("x")))))
attempt(match(case(at(_ast.MatchOr([at(_ast.MatchAs(None, "x"))])))))
attempt(match(case(at(_ast.MatchMapping([const(1)], [], None)))))
attempt(match(case(at(_ast.MatchMapping([const(None)], [at(_ast.MatchAs(None, None))], "_")))))
attempt(match(case(at(_ast.MatchClass(name("C"), [], ["a"], [])))))
attempt(match(case(at(_ast.MatchClass(const(1), [], [], [])))))
attempt(match(case(at(_ast.MatchClass(name("C"), [], ["None"], [at(_ast.MatchAs(None, None))])))))
attempt(match(case(_ast.MatchAs(None, "x", lineno=1, col_offset=0))))
attempt(match(case(at(_ast.MatchAs(None, "x")), None, None)))
attempt(match(_ast.match_case(at(_ast.MatchAs(None, "x")), None, [])))

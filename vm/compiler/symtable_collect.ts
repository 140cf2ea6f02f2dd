/**
 * Symbol table pass 1 (CPython's symtable_visit_*): walks the AST once and
 * records raw facts per block (parameter, assigned, used, declared
 * global/nonlocal, imported, annotated), raising the SyntaxErrors that are
 * visible from those facts alone. See symtable.ts for the whole picture.
 */
import type {
  Arg,
  Arguments,
  Comprehension,
  Expr,
  MatchCase,
  Mod,
  Node,
  Pattern,
  Stmt,
} from "./ast.ts";
import { PySyntaxError } from "./errors.ts";
import { CO_FUTURE_ANNOTATIONS } from "./future.ts";
import {
  type BlockType,
  type ComprehensionKind,
  mangle,
  type Span,
  SymbolFlag,
  SymbolScope,
  SymbolTable,
} from "./symtable_scope.ts";

const F = SymbolFlag;

const COMPREHENSION_YIELD_ERRORS: Record<ComprehensionKind, string> = {
  list: "'yield' inside list comprehension",
  set: "'yield' inside set comprehension",
  dict: "'yield' inside dict comprehension",
  generator: "'yield' inside generator expression",
};

export class SymbolCollector {
  private readonly stack: SymbolScope[] = [];
  private current!: SymbolScope;
  private privateName: string | null = null;
  readonly table: SymbolTable;
  private globalSymbols!: Map<string, number>;

  constructor(
    private readonly filename: string,
    private readonly futureFeatures: number,
    mod: Mod,
  ) {
    const top = this.enterBlock("top", "module", mod, { lineno: 0, col_offset: 0 });
    this.table = new SymbolTable(top, futureFeatures);
    this.globalSymbols = top.symbols;
  }

  error(msg: string, span: Span): never {
    throw new PySyntaxError(
      "SyntaxError",
      msg,
      this.filename,
      span.lineno,
      span.col_offset + 1,
      null,
      span.end_lineno,
      span.end_col_offset + 1,
    );
  }

  enterBlock(
    name: string,
    type: BlockType,
    node: object,
    span: { lineno: number; col_offset: number },
    attach = true,
  ): SymbolScope {
    const parent = this.stack.length > 0 ? this.current : null;
    const block = new SymbolScope(name, type, node, span.lineno, span.col_offset);
    if (parent !== null && (parent.nested || parent.type === "function")) block.nested = true;
    if (attach) {
      this.table?.blocks.set(node, block);
      parent?.children.push(block);
    }
    this.stack.push(block);
    this.current = block;
    return block;
  }

  exitBlock(): void {
    this.stack.pop();
    this.current = this.stack[this.stack.length - 1];
  }

  addDefTo(block: SymbolScope, name: string, flag: number, span: Span): void {
    const mangled = mangle(this.privateName, name);
    let value = block.symbols.get(mangled);
    if (value !== undefined) {
      if ((flag & F.DEF_PARAM) && (value & F.DEF_PARAM)) {
        this.error(`duplicate argument '${name}' in function definition`, span);
      }
      value |= flag;
    } else {
      value = flag;
    }
    if (block.compIterTarget) {
      if (value & (F.DEF_GLOBAL | F.DEF_NONLOCAL)) {
        this.error(
          `comprehension inner loop cannot rebind assignment expression target '${name}'`,
          span,
        );
      }
      value |= F.DEF_COMP_ITER;
    }
    block.symbols.set(mangled, value);
    if (flag & F.DEF_PARAM) {
      block.varnames.push(mangled);
    } else if (flag & F.DEF_GLOBAL) {
      this.globalSymbols.set(mangled, flag | (this.globalSymbols.get(mangled) ?? 0));
    }
  }

  addDef(name: string, flag: number, span: Span): void {
    this.addDefTo(this.current, name, flag, span);
  }

  lookupCurrent(name: string): number {
    return this.current.flagsOf(mangle(this.privateName, name));
  }

  recordDirective(name: string, span: Span): void {
    const mangled = mangle(this.privateName, name);
    if (!this.current.directives.has(mangled)) this.current.directives.set(mangled, span);
  }

  visitModule(mod: Mod): void {
    switch (mod._type) {
      case "Module":
      case "Interactive":
        this.visitStatements(mod.body);
        break;
      case "Expression":
        this.visitExpr(mod.body);
        break;
      case "FunctionType":
        this.visitExprs(mod.argtypes);
        this.visitExpr(mod.returns);
        break;
    }
  }

  visitStatements(statements: Stmt[]): void {
    for (const statement of statements) this.visitStmt(statement);
  }
  visitExprs(expressions: (Expr | null)[]): void {
    for (const expression of expressions) if (expression !== null) this.visitExpr(expression);
  }

  visitStmt(s: Stmt): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        this.addDef(s.name, F.DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        this.visitExprs(s.args.kw_defaults);
        this.visitFunctionAnnotations(s, s.args, s.returns);
        this.visitExprs(s.decorator_list);
        const block = this.enterBlock(s.name, "function", s, s);
        if (s._type === "AsyncFunctionDef") block.coroutine = true;
        this.visitArguments(s.args);
        this.visitStatements(s.body);
        this.exitBlock();
        break;
      }
      case "ClassDef": {
        this.addDef(s.name, F.DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const keyword of s.keywords) this.visitExpr(keyword.value);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, "class", s, s);
        const savedPrivate = this.privateName;
        this.privateName = s.name;
        this.visitStatements(s.body);
        this.privateName = savedPrivate;
        this.exitBlock();
        break;
      }
      case "Return":
        if (s.value !== null) {
          this.visitExpr(s.value);
          this.current.returnsValue = true;
        }
        break;
      case "Delete":
        this.visitExprs(s.targets);
        break;
      case "Assign":
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case "AnnAssign":
        this.visitAnnAssign(s);
        break;
      case "AugAssign":
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case "For":
      case "AsyncFor":
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStatements(s.body);
        this.visitStatements(s.orelse);
        break;
      case "While":
      case "If":
        this.visitExpr(s.test);
        this.visitStatements(s.body);
        this.visitStatements(s.orelse);
        break;
      case "Match":
        this.visitExpr(s.subject);
        for (const matchCase of s.cases) this.visitMatchCase(matchCase);
        break;
      case "Raise":
        if (s.exc !== null) this.visitExpr(s.exc);
        if (s.cause !== null) this.visitExpr(s.cause);
        break;
      case "Try":
      case "TryStar":
        this.visitStatements(s.body);
        this.visitStatements(s.orelse);
        for (const handler of s.handlers) {
          if (handler.type !== null) this.visitExpr(handler.type);
          if (handler.name !== null) this.addDef(handler.name, F.DEF_LOCAL, handler);
          this.visitStatements(handler.body);
        }
        this.visitStatements(s.finalbody);
        break;
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const alias of s.names) this.visitAlias(alias);
        break;
      case "Global":
      case "Nonlocal":
        this.visitDeclaration(s);
        break;
      case "Expr":
        this.visitExpr(s.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
        }
        this.visitStatements(s.body);
        break;
    }
  }

  private visitAnnAssign(s: Node<"AnnAssign">): void {
    const target = s.target;
    if (target._type === "Name") {
      const current = this.lookupCurrent(target.id);
      if (
        (current & (F.DEF_GLOBAL | F.DEF_NONLOCAL)) &&
        this.current.symbols !== this.globalSymbols && s.simple
      ) {
        const kind = current & F.DEF_GLOBAL ? "global" : "nonlocal";
        this.error(`annotated name '${target.id}' can't be ${kind}`, s);
      }
      if (s.simple) {
        this.addDef(target.id, F.DEF_ANNOT | F.DEF_LOCAL, target);
      } else if (s.value !== null) {
        this.addDef(target.id, F.DEF_LOCAL, target);
      }
    } else {
      this.visitExpr(target);
    }
    this.visitAnnotation(s.annotation);
    if (s.value !== null) this.visitExpr(s.value);
  }

  private visitDeclaration(s: Node<"Global"> | Node<"Nonlocal">): void {
    const kind = s._type === "Global" ? "global" : "nonlocal";
    for (const name of s.names) {
      const current = this.lookupCurrent(name);
      if (current & (F.DEF_PARAM | F.DEF_LOCAL | F.USE | F.DEF_ANNOT)) {
        let msg: string;
        if (current & F.DEF_PARAM) msg = `name '${name}' is parameter and ${kind}`;
        else if (current & F.USE) msg = `name '${name}' is used prior to ${kind} declaration`;
        else if (current & F.DEF_ANNOT) msg = `annotated name '${name}' can't be ${kind}`;
        else msg = `name '${name}' is assigned to before ${kind} declaration`;
        this.error(msg, s);
      }
      this.addDef(name, kind === "global" ? F.DEF_GLOBAL : F.DEF_NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  private visitAlias(alias: Node<"alias">): void {
    const name = alias.asname ?? alias.name;
    if (name === "*") {
      if (this.current.type !== "module") {
        this.error("import * only allowed at module level", alias);
      }
      return;
    }
    const dot = name.indexOf(".");
    this.addDef(dot >= 0 ? name.slice(0, dot) : name, F.DEF_IMPORT, alias);
  }

  private visitMatchCase(matchCase: MatchCase): void {
    this.visitPattern(matchCase.pattern);
    if (matchCase.guard !== null) this.visitExpr(matchCase.guard);
    this.visitStatements(matchCase.body);
  }

  private visitPattern(p: Pattern): void {
    switch (p._type) {
      case "MatchValue":
        this.visitExpr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
      case "MatchOr":
        for (const sub of p.patterns) this.visitPattern(sub);
        break;
      case "MatchStar":
        if (p.name !== null) this.addDef(p.name, F.DEF_LOCAL, p);
        break;
      case "MatchMapping":
        this.visitExprs(p.keys);
        for (const sub of p.patterns) this.visitPattern(sub);
        if (p.rest !== null) this.addDef(p.rest, F.DEF_LOCAL, p);
        break;
      case "MatchClass":
        this.visitExpr(p.cls);
        for (const sub of p.patterns) this.visitPattern(sub);
        for (const sub of p.kwd_patterns) this.visitPattern(sub);
        break;
      case "MatchAs":
        if (p.pattern !== null) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, F.DEF_LOCAL, p);
        break;
    }
  }

  private get futureAnnotations(): boolean {
    return (this.futureFeatures & CO_FUTURE_ANNOTATIONS) !== 0;
  }

  private visitAnnotation(annotation: Expr): void {
    if (this.futureAnnotations) {
      this.enterBlock("_annotation", "annotation", annotation, annotation, false);
      this.visitExpr(annotation);
      this.exitBlock();
    } else {
      this.visitExpr(annotation);
    }
  }

  private visitFunctionAnnotations(node: Stmt, args: Arguments, returns: Expr | null): void {
    const future = this.futureAnnotations;
    if (future) this.enterBlock("_annotation", "annotation", node, node, false);
    const visitArgs = (list: Arg[]) => {
      for (const arg of list) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    };
    visitArgs(args.posonlyargs);
    visitArgs(args.args);
    if (args.vararg?.annotation) this.visitExpr(args.vararg.annotation);
    if (args.kwarg?.annotation) this.visitExpr(args.kwarg.annotation);
    visitArgs(args.kwonlyargs);
    if (future) this.exitBlock();
    if (returns !== null) this.visitAnnotation(returns);
  }

  private visitArguments(args: Arguments): void {
    for (const arg of args.posonlyargs) this.addDef(arg.arg, F.DEF_PARAM, arg);
    for (const arg of args.args) this.addDef(arg.arg, F.DEF_PARAM, arg);
    for (const arg of args.kwonlyargs) this.addDef(arg.arg, F.DEF_PARAM, arg);
    if (args.vararg !== null) {
      this.addDef(args.vararg.arg, F.DEF_PARAM, args.vararg);
      this.current.varargs = true;
    }
    if (args.kwarg !== null) {
      this.addDef(args.kwarg.arg, F.DEF_PARAM, args.kwarg);
      this.current.varkeywords = true;
    }
  }

  private raiseIfAnnotationBlock(what: string, e: Expr): void {
    if (this.current.type === "annotation") {
      this.error(`'${what}' can not be used within an annotation`, e);
    }
  }

  visitExpr(e: Expr): void {
    switch (e._type) {
      case "NamedExpr":
        this.raiseIfAnnotationBlock("named expression", e);
        if (this.current.compIterExpr > 0) {
          this.error(
            "assignment expression cannot be used in a comprehension iterable expression",
            e,
          );
        }
        if (this.current.comprehension !== null) {
          this.extendNamedExprScope(e.target as Node<"Name">);
        }
        this.visitExpr(e.value);
        this.visitExpr(e.target);
        break;
      case "BoolOp":
        this.visitExprs(e.values);
        break;
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case "UnaryOp":
        this.visitExpr(e.operand);
        break;
      case "Lambda": {
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock("lambda", "function", e, e);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      }
      case "IfExp":
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case "Dict":
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case "Set":
        this.visitExprs(e.elts);
        break;
      case "GeneratorExp":
        this.visitComprehension(e, "genexpr", e.generators, e.elt, null);
        break;
      case "ListComp":
        this.visitComprehension(e, "listcomp", e.generators, e.elt, null);
        break;
      case "SetComp":
        this.visitComprehension(e, "setcomp", e.generators, e.elt, null);
        break;
      case "DictComp":
        this.visitComprehension(e, "dictcomp", e.generators, e.key, e.value);
        break;
      case "Yield":
      case "YieldFrom":
        this.raiseIfAnnotationBlock("yield expression", e);
        if (e.value !== null) this.visitExpr(e.value);
        this.current.generator = true;
        if (this.current.comprehension !== null) {
          this.error(COMPREHENSION_YIELD_ERRORS[this.current.comprehension], e);
        }
        break;
      case "Await":
        this.raiseIfAnnotationBlock("await expression", e);
        this.visitExpr(e.value);
        this.current.coroutine = true;
        break;
      case "Compare":
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case "Call":
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const keyword of e.keywords) this.visitExpr(keyword.value);
        break;
      case "FormattedValue":
        this.visitExpr(e.value);
        if (e.format_spec !== null) this.visitExpr(e.format_spec);
        break;
      case "JoinedStr":
        this.visitExprs(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.visitExpr(e.value);
        break;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case "Starred":
        this.visitExpr(e.value);
        break;
      case "Slice":
        if (e.lower !== null) this.visitExpr(e.lower);
        if (e.upper !== null) this.visitExpr(e.upper);
        if (e.step !== null) this.visitExpr(e.step);
        break;
      case "Name":
        this.addDef(e.id, e.ctx._type === "Load" ? F.USE : F.DEF_LOCAL, e);
        if (e.ctx._type === "Load" && this.current.type === "function" && e.id === "super") {
          this.addDef("__class__", F.USE, e);
        }
        break;
      case "List":
      case "Tuple":
        this.visitExprs(e.elts);
        break;
    }
  }

  private extendNamedExprScope(target: Node<"Name">): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const block = this.stack[i];
      if (block.comprehension !== null) {
        if (block.flagsOf(mangle(this.privateName, name)) & F.DEF_COMP_ITER) {
          this.error(
            `assignment expression cannot rebind comprehension iteration variable '${name}'`,
            target,
          );
        }
        continue;
      }
      if (block.type === "function") {
        const inScope = block.flagsOf(mangle(this.privateName, name));
        this.addDef(name, inScope & F.DEF_GLOBAL ? F.DEF_GLOBAL : F.DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDefTo(block, name, F.DEF_LOCAL, target);
        return;
      }
      if (block.type === "module") {
        this.addDef(name, F.DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDefTo(block, name, F.DEF_GLOBAL, target);
        return;
      }
      if (block.type === "class") {
        this.error(
          "assignment expression within a comprehension cannot be used in a class body",
          target,
        );
      }
    }
  }

  private visitComprehension(
    e: Expr,
    scopeName: string,
    generators: Comprehension[],
    element: Expr,
    value: Expr | null,
  ): void {
    const isGenerator = e._type === "GeneratorExp";
    const outermost = generators[0];
    this.current.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.current.compIterExpr--;
    const block = this.enterBlock(scopeName, "function", e, e as Span);
    block.comprehension = e._type === "ListComp"
      ? "list"
      : e._type === "SetComp"
      ? "set"
      : e._type === "DictComp"
      ? "dict"
      : "generator";
    if (outermost.is_async) block.coroutine = true;
    this.addDef(".0", F.DEF_PARAM, e as Span);
    block.compIterTarget = true;
    this.visitExpr(outermost.target);
    block.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (const generator of generators.slice(1)) {
      block.compIterTarget = true;
      this.visitExpr(generator.target);
      block.compIterTarget = false;
      block.compIterExpr++;
      this.visitExpr(generator.iter);
      block.compIterExpr--;
      this.visitExprs(generator.ifs);
      if (generator.is_async) block.coroutine = true;
    }
    if (value !== null) this.visitExpr(value);
    this.visitExpr(element);
    block.generator = isGenerator;
    const isAsync = block.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.current.coroutine = true;
  }
}

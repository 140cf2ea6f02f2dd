# Constraint solving with many small objects, in the style of DeltaBlue: an
# incremental one-way dataflow solver over a constraint hierarchy (required
# to weakest strengths), tested on a long equality chain and on a projection
# of many scale constraints.
from _bench import main

REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)
FORWARD, BACKWARD = 1, 2


def stronger(a, b):
    return a < b


def weakest_of(a, b):
    return a if a > b else b


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay = True
        self.mark = 0

    def add_constraint(self, c):
        self.constraints.append(c)

    def remove_constraint(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def is_input(self):
        return False

    def install(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def satisfy(self, mark):
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError("cycle")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        Constraint.__init__(self, planner, strength)
        self.var = var
        self.satisfied = False
        self.install()

    def add_to_graph(self):
        self.var.add_constraint(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.remove_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = self.var.mark != mark and stronger(self.strength, self.var.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def recalculate(self):
        self.var.walk_strength = self.strength
        self.var.stay = not self.is_input()
        if self.var.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    def __init__(self, planner, v1, v2, strength):
        Constraint.__init__(self, planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = None
        self.install()

    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = None

    def remove_from_graph(self):
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = None

    def choose_method(self, mark):
        v1, v2 = self.v1, self.v2
        if v1.mark == mark:
            ok = v2.mark != mark and stronger(self.strength, v2.walk_strength)
            self.direction = FORWARD if ok else None
        elif v2.mark == mark:
            ok = v1.mark != mark and stronger(self.strength, v1.walk_strength)
            self.direction = BACKWARD if ok else None
        elif v1.walk_strength > v2.walk_strength:
            self.direction = BACKWARD if stronger(self.strength, v1.walk_strength) else None
        else:
            self.direction = FORWARD if stronger(self.strength, v2.walk_strength) else None

    def is_satisfied(self):
        return self.direction is not None

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = None

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    def __init__(self, planner, src, scale, offset, dest, strength):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, planner, src, dest, strength)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for strength in range(REQUIRED, WEAKEST + 1):
            for u in unsatisfied:
                if u.strength == strength:
                    self.incremental_add(u)

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_consumers(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_consumers(self, v, collection):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                collection.append(c)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = []
        todo = list(sources)
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.add_consumers(out, todo)
        return plan

    def plan_for(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])


def execute(plan):
    for c in plan:
        c.execute()


def chain_test(n):
    planner = Planner()
    variables = [Variable("v%d" % i) for i in range(n + 1)]
    for a, b in zip(variables, variables[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    first, last = variables[0], variables[-1]
    StayConstraint(planner, last, STRONG_DEFAULT)
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.plan_for([edit])
    total = 0
    for i in range(100):
        first.value = i
        execute(plan)
        if last.value != i:
            raise RuntimeError("chain test failed")
        total += last.value
    edit.destroy()
    return total + len(plan)


def change(planner, var, value):
    edit = EditConstraint(planner, var, PREFERRED)
    plan = planner.plan_for([edit])
    for _ in range(10):
        var.value = value
        execute(plan)
    edit.destroy()


def projection_test(n):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources, dests = [], []
    src = dst = None
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        sources.append(src)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    change(planner, src, 17)
    total = dst.value
    change(planner, dst, 1050)
    total += src.value
    change(planner, scale, 5)
    total += sum(d.value for d in dests)
    change(planner, offset, 2000)
    total += sum(d.value for d in dests)
    return total


def kernel(n):
    return chain_test(n), projection_test(n)


main(kernel, 12000, 100, iterations=5)

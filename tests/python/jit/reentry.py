# A loop that the program re-enters recursively from inside its own body:
# traces, bridges and their recordings nest (a bridge being recorded while
# the same loop runs again further down the stack).


def make(depth, width):
    if depth == 0:
        return list(range(width))
    return [make(depth - 1, width) if i % 3 else i for i in range(width)]


def walk(node):
    total = 0
    for child in node:
        if isinstance(child, list):
            total += walk(child) * 2
        elif child % 5 == 0:
            total -= child
        else:
            total += child
    return total


tree = make(5, 9)
print(walk(tree), walk(tree[1]), walk([]))


def flatten(node, out):
    for child in node:
        if type(child) is list:
            flatten(child, out)
        else:
            out.append(child)
    return out


print(len(flatten(tree, [])), sum(flatten(tree, [])))

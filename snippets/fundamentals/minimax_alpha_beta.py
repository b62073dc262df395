"""Minimax with and without alpha-beta pruning on a depth-3 game tree."""

# A tree is a leaf value (int) or a list of subtrees. MAX moves at the root.
tree = [
    [[3, 5], [6, 9]],
    [[1, 2], [0, -1]],
    [[8, 4], [7, 2]],
]

visited = {"plain": 0, "alpha-beta": 0}


def minimax(node, maximizing):
    if isinstance(node, int):
        visited["plain"] += 1
        return node
    values = [minimax(child, not maximizing) for child in node]
    return max(values) if maximizing else min(values)


def alphabeta(node, maximizing, alpha=float("-inf"), beta=float("inf"), pruned=None):
    """alpha: best value MAX can already force; beta: best value MIN can already force."""
    if isinstance(node, int):
        visited["alpha-beta"] += 1
        return node
    best = float("-inf") if maximizing else float("inf")
    for i, child in enumerate(node):
        value = alphabeta(child, not maximizing, alpha, beta, pruned)
        if maximizing:
            best, alpha = max(best, value), max(alpha, value)
        else:
            best, beta = min(best, value), min(beta, value)
        if alpha >= beta:                       # the opponent will never allow this line
            pruned.append((node[i + 1:], alpha, beta))
            break
    return best


def leaves(node):
    return 1 if isinstance(node, int) else sum(leaves(c) for c in node)


pruned = []
v_plain = minimax(tree, True)
v_ab = alphabeta(tree, True, pruned=pruned)
print("minimax value:", v_plain, "| alpha-beta value:", v_ab)
print("leaves evaluated:", visited)
for rest, a, b in pruned:
    print(f"  cut at alpha={a}, beta={b}: skipped {rest}")
assert v_plain == v_ab == 7
assert visited["plain"] == leaves(tree) == 12
skipped = visited["plain"] - visited["alpha-beta"]
print(f"pruned {skipped} of {leaves(tree)} leaves")
assert skipped == sum(leaves(r) for r, _, _ in pruned) == 3

# best move ordering (strongest child first at every node) prunes even more
def ordered(node, maximizing):
    if isinstance(node, int):
        return node
    kids = [ordered(c, not maximizing) for c in node]
    return sorted(kids, key=lambda c: minimax(c, not maximizing), reverse=maximizing)

visited["alpha-beta"] = 0
assert alphabeta(ordered(tree, True), True, pruned=[]) == 7
print("leaves evaluated with best-first move ordering:", visited["alpha-beta"])
assert visited["alpha-beta"] == 7 < 9

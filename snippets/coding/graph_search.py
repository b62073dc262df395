"""BFS for fewest-edge paths, DFS (recursive and iterative), and cycle
detection in a directed graph.
"""

from collections import deque

Graph = dict[str, list[str]]


def bfs_path(graph: Graph, start: str, goal: str) -> list[str] | None:
    """Path with the fewest edges, or None. O(V + E) time and space."""
    parent = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = parent[node]
            return path[::-1]
        for nxt in graph.get(node, []):
            if nxt not in parent:  # mark when queued, not when popped
                parent[nxt] = node
                queue.append(nxt)
    return None


def dfs_recursive(graph: Graph, start: str) -> list[str]:
    """Pre-order DFS. Depth can reach V; the recursion limit is 1000."""
    seen, order = set(), []

    def visit(node: str) -> None:
        seen.add(node)
        order.append(node)
        for nxt in graph.get(node, []):
            if nxt not in seen:
                visit(nxt)

    visit(start)
    return order


def dfs_iterative(graph: Graph, start: str) -> list[str]:
    """Same order as the recursive version, explicit stack: no depth limit."""
    seen, order, stack = set(), [], [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        # Push in reverse so the first neighbour is popped first.
        stack.extend(reversed(graph.get(node, [])))
    return order


def has_cycle(graph: Graph) -> bool:
    """Directed cycle check, three colours: an edge to a GREY node = cycle."""
    WHITE, GREY, BLACK = 0, 1, 2
    colour = dict.fromkeys(graph, WHITE)
    for root in graph:
        if colour[root] != WHITE:
            continue
        colour[root] = GREY
        stack = [(root, iter(graph[root]))]
        while stack:
            node, children = stack[-1]
            for nxt in children:
                if colour.get(nxt, WHITE) == GREY:
                    return True
                if colour.get(nxt, WHITE) == WHITE:
                    colour[nxt] = GREY
                    stack.append((nxt, iter(graph.get(nxt, []))))
                    break
            else:  # all children done
                colour[node] = BLACK
                stack.pop()
    return False


g = {
    "A": ["B", "C"],
    "B": ["D"],
    "C": ["D", "E"],
    "D": ["F"],
    "E": ["F"],
    "F": [],
}
assert bfs_path(g, "A", "F") == ["A", "B", "D", "F"]
assert bfs_path(g, "F", "A") is None  # edges are directed
assert bfs_path(g, "A", "A") == ["A"]
assert (
    dfs_recursive(g, "A")
    == dfs_iterative(g, "A")
    == ["A", "B", "D", "F", "C", "E"]
)
assert not has_cycle(g)
assert has_cycle({**g, "F": ["C"]})  # C -> E -> F -> C
assert has_cycle({"A": ["A"]})  # self-loop

# A path of 5000 nodes, "0" -> "1" -> ... -> "4999" (4999 edges).
chain = {str(i): [str(i + 1)] for i in range(4999)}
try:
    dfs_recursive(chain, "0")
    recursive = "fine"
except RecursionError:
    recursive = "RecursionError"
visited = dfs_iterative(chain, "0")
assert len(visited) == 5000 and recursive == "RecursionError"
print(
    f"5000-node chain: dfs_recursive -> {recursive}, "
    f"dfs_iterative -> visits {len(visited)} nodes"
)

print("BFS A -> F:", " -> ".join(bfs_path(g, "A", "F")))
print("DFS order from A:", dfs_iterative(g, "A"))
print("cycle after adding F -> C:", has_cycle({**g, "F": ["C"]}))

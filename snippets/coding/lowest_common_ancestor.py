"""Lowest common ancestor: any binary tree, a BST, and a very deep tree."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(eq=False)
class TreeNode:
    val: int
    left: TreeNode | None = None
    right: TreeNode | None = None


def lca(root: TreeNode | None, p: TreeNode, q: TreeNode) -> TreeNode | None:
    """Any binary tree, p and q present: one post-order pass.

    O(n) time, O(h) stack. A node is the answer when p and q come back
    from different sides, or when it is p or q itself (then the other one
    is below it).
    """
    if root is None or root is p or root is q:
        return root
    left, right = lca(root.left, p, q), lca(root.right, p, q)
    if left and right:
        return root
    return left or right


def lca_bst(root: TreeNode, p: int, q: int) -> TreeNode:
    """BST: walk down until p and q split. O(h) time, O(1) space."""
    lo, hi = min(p, q), max(p, q)
    while not lo <= root.val <= hi:
        root = root.left if hi < root.val else root.right
    return root


def common_ancestors(root: TreeNode, p: int, q: int) -> list[int]:
    """All common ancestors of p and q in a BST, root first, LCA last."""
    path = []
    while True:  # the walk of lca_bst, recording the nodes passed
        path.append(root.val)
        if max(p, q) < root.val:
            root = root.left
        elif min(p, q) > root.val:
            root = root.right
        else:
            return path


def lca_iterative(root: TreeNode, p: TreeNode, q: TreeNode) -> TreeNode:
    """No recursion: record parents until both are found, then walk up."""
    parent = {root: None}
    stack = [root]
    while p not in parent or q not in parent:
        node = stack.pop()
        for child in (node.left, node.right):
            if child:
                parent[child] = node
                stack.append(child)
    ancestors = set()
    while p:
        ancestors.add(p)
        p = parent[p]
    while q not in ancestors:
        q = parent[q]
    return q


def insert(root: TreeNode | None, val: int) -> TreeNode:
    """Iterative BST insert (sorted insertions make a path, not a tree)."""
    node = TreeNode(val)
    if root is None:
        return node
    cur = root
    while True:
        side = "left" if val < cur.val else "right"
        if getattr(cur, side) is None:
            setattr(cur, side, node)
            return root
        cur = getattr(cur, side)


#         6
#       /   \
#      2     8
#     / \   / \
#    0   4 7   9
#       / \
#      3   5
root = None
for v in [6, 2, 8, 0, 4, 7, 9, 3, 5]:
    root = insert(root, v)
nodes = {}
stack = [root]
while stack:
    node = stack.pop()
    nodes[node.val] = node
    stack += [c for c in (node.left, node.right) if c]

for p, q, expected in [(2, 8, 6), (2, 4, 2), (3, 5, 4), (0, 5, 2), (7, 7, 7)]:
    assert lca(root, nodes[p], nodes[q]).val == expected
    assert lca_iterative(root, nodes[p], nodes[q]).val == expected
    assert lca_bst(root, p, q).val == expected
    print(f"LCA({p}, {q}) = {expected}")

print("common ancestors of 3 and 5:", common_ancestors(root, 3, 5))
deep = None
for v in range(3000):  # sorted inserts: a path 3000 nodes deep
    deep = insert(deep, v)
bottom = deep
while bottom.right:
    bottom = bottom.right
print(
    "3000-deep path, LCA(root, deepest) iteratively:",
    lca_iterative(deep, deep, bottom).val,
)

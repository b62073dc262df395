"""Reverse a singly linked list in place; detect a cycle and find its start."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(eq=False)  # compare nodes by identity
class Node:
    val: int
    next: Node | None = None


def from_list(values, cycle_to: int | None = None) -> Node | None:
    """Build a list; optionally link the tail back to the node at cycle_to."""
    nodes = [Node(v) for v in values]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    if nodes and cycle_to is not None:
        nodes[-1].next = nodes[cycle_to]
    return nodes[0] if nodes else None


def to_list(head: Node | None) -> list[int]:
    out = []
    while head:
        out.append(head.val)
        head = head.next
    return out


def reverse(head: Node | None) -> Node | None:
    """Iterative reversal: O(n) time, O(1) space (recursion: O(n) stack)."""
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev


def cycle_start(head: Node | None) -> Node | None:
    """Floyd's tortoise and hare: O(n) time, O(1) space; None if no cycle.

    If they meet, the meeting point and the head are equally far from the
    cycle's entrance (modulo the cycle length), so two pointers stepping
    together from there meet at the entrance.
    """
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            slow = head
            while slow is not fast:
                slow, fast = slow.next, fast.next
            return slow
    return None


assert to_list(reverse(from_list([1, 2, 3, 4]))) == [4, 3, 2, 1]
assert to_list(reverse(from_list([7]))) == [7]
assert reverse(None) is None
assert cycle_start(from_list([1, 2, 3, 4, 5])) is None
assert cycle_start(None) is None
for n in range(1, 8):
    for entry in range(n):
        head = from_list(range(n), cycle_to=entry)
        # Every length, every entry point.
        assert cycle_start(head).val == entry

print("reverse [1, 2, 3, 4] ->", to_list(reverse(from_list([1, 2, 3, 4]))))
head = from_list([3, 2, 0, -4], cycle_to=1)
print(
    "cycle in 3 -> 2 -> 0 -> -4 -> (back to 2) starts at node with value",
    cycle_start(head).val,
)
print("cycle entry found correctly for all 28 lists of length 1-7")

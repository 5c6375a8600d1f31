"""The union-find root the corpus layer's groupings share (stories.average_link's merges,
disagreements.figures' links between same-thing figures)."""

from __future__ import annotations


def root(parent: list[int], x: int) -> int:
    """The representative of x's group in the forest `parent` (parent[r] == r at a root),
    halving the path on the way up so that later look-ups are short."""
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x

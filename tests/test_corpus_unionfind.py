"""corpus/unionfind.py: the one union-find root that stories.average_link and
disagreements.figures share."""

from __future__ import annotations

from newsgraph.corpus.stories import average_link
from newsgraph.corpus.unionfind import root


def test_root_and_path_halving():
    # a chain 4 -> 3 -> 2 -> 1 -> 0 and a lone 5
    parent = [0, 0, 1, 2, 3, 5]
    assert root(parent, 4) == 0
    assert parent[4] == 2 and parent[2] == 0  # every other link on the way now skips one
    assert [root(parent, i) for i in range(6)] == [0, 0, 0, 0, 0, 5]
    assert parent == [0, 0, 0, 0, 0, 5]  # flat after every member was looked up


def test_average_link_labels_are_roots():
    # 0-1 and 1-2 strongly alike, 3-4 alike, 5 alone: three groups, each labelled by one member
    sims = {(0, 1): 0.9, (1, 2): 0.8, (0, 2): 0.7, (3, 4): 0.6, (2, 3): 0.01}
    labels = average_link(6, sims, threshold=0.12)
    assert labels[0] == labels[1] == labels[2] != labels[3]
    assert labels[3] == labels[4] != labels[5]
    assert all(labels[lab] == lab for lab in labels)

"""Stories: two undated events of one kind told apart by who they are about (stories.UNDATED_NAMES 2).

ECB+ topics hold two events of one kind, undated: the New Orleans Saints placing Reggie Bush on
injured reserve and, two years later, Pierre Thomas (topic 25); Vincent Jackson and Jamal Williams,
two San Diego Chargers arrested for drunk driving (35); Wladimir Klitschko's title defences against
Hasim Rahman and Tony Thompson (7). Each pair shares its club, its boxer and its vocabulary, so the
words merged each topic into one story; each group's lead names a person the other group does not.
Topics 3 and 28 are one event each whose reports name different people in their leads: they stay
whole. Real texts (../shared/stories), analysed by the pipeline; the grouping is stories.group.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsgraph.corpus import stories

from .conftest import need_shared

APART = ("25", "35", "7")  # two events each, merged before the rule
WHOLE = ("3", "28")  # two events each, each event's reports naming different people


@pytest.fixture(scope="module")
def ecb():
    from newsgraph.cli_corpus import read_records

    gold, files = {}, []
    import json

    for part in ("ecb-train", "ecb-dev"):
        d = need_shared("stories", part)
        for x in json.load(open(d / "gold.json"))["articles"]:
            if x["file"].split("_")[0] in APART + WHOLE:
                gold[x["file"]] = x["story"]
                files.append(str(d / "text" / x["file"]))
    recs, fails = read_records(files)
    assert not fails and len(recs) == len(files)
    return recs, gold


def _groups(recs, topic: str) -> list[dict[str, int]]:
    docs = [stories.Doc.of(r, Path(r.article.source).name) for r in recs if Path(r.article.source).name.split("_")[0] == topic]
    return [dict(Counter(d.name.split("_")[1].endswith("plus.txt") for d in s.docs)) for s in stories.group(docs)]


@pytest.mark.parametrize("topic", APART)
def test_two_events_of_one_kind_with_other_people_stay_apart(ecb, topic):
    recs, _ = ecb
    groups = _groups(recs, topic)
    assert all(len(g) == 1 for g in groups), groups  # no story mixes the two events
    big = sorted((g for g in groups), key=lambda g: -sum(g.values()))[:2]
    assert {next(iter(g)) for g in big} == {True, False}, groups


@pytest.mark.parametrize("topic", APART)
def test_without_the_rule_they_merge(ecb, topic, monkeypatch):
    monkeypatch.setattr(stories, "UNDATED_KEYS", 0)
    recs, _ = ecb
    assert any(len(g) == 2 for g in _groups(recs, topic))


@pytest.mark.parametrize("topic", WHOLE)
def test_one_event_naming_different_people_stays_whole(ecb, topic):
    recs, gold = ecb
    groups = _groups(recs, topic)
    n = Counter(f.endswith("plus.txt") for f in gold if f.split("_")[0] == topic)
    assert sorted(groups, key=lambda g: sorted(g.items())) == sorted(({k: v} for k, v in n.items()), key=lambda g: sorted(g.items())), groups

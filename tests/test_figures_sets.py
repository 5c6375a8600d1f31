"""Figures on two invented sets modelled on CQE's other test sets: money, and lengths and weights.

Issue 15 names two CQE test sets kept apart from development (money; lengths and weights) on
which the extractor scored value+unit F1 69.0 and 68.5. They are not here, so sets of the same
kind were written for the project in NewsQuant's gold format (`tests/data/figures/*.json`:
value, unit, normalized_unit as CQE names units, change): varied news sentences with money
amounts ("$3.5bn", "£40 million", "US$ 1.2 trillion", "EUR 5", "Rs 300 crore", "¥", ranges,
"per share", "a barrel", changes) and with lengths and weights ("5 ft 11 in", "6-foot-2", "2.5 kg",
"tonnes", "lbs", "half a mile", "200 pounds" as weight or money, "kg/m").

Each set comes in rounds: `*-1.json` was written first and measured, and its failures fixed at
the root (the unit table, the scanner); `*-2.json` was written after those fixes and is the
held-out measure of them; `*-3.json` (messier forms: Indian digit grouping, "$12M", curly-quote
heights, "short tons") was written after the round-2 fixes, measured, then fixed in turn;
`*-4.json` (messier still: headlines, tables flattened into text, several quantities a sentence,
ranges "$2-3 billion" / "from 5 to 7 kg", negative values, a unit far from its number, and numbers
that are no quantities -- model numbers "Boeing 737", phone numbers, scores, resolutions, road
numbers, ranks) was written after the round-3 fixes and scored blind before any fix for it;
`*-5.json` (shorter, the same kinds of mess) was written after the round-4 fixes as their held-out
measure. Scored with the shared NewsQuant scorer's matching (../shared/tools/
newsquant_score.py); `python -m tests.test_figures_sets` prints the scores and every sentence
that is not exactly right.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path

import pytest

from newsgraph.components.figures import find_quantities
from newsgraph.formats.newsquant import quantity_item

from .conftest import SHARED

DATA = Path(__file__).resolve().parent / "data" / "figures"
SETS = sorted(p.stem for p in DATA.glob("*.json"))
# floors just under the scores measured when each round was closed (docs/measurements.md, Figures)
FLOORS = {"money-1": 98.0, "money-2": 98.0, "money-3": 97.0, "money-4": 95.0, "money-5": 95.0,
          "measures-1": 98.0, "measures-2": 98.0, "measures-3": 97.0, "measures-4": 98.0, "measures-5": 99.0}


def _scorer():
    path = SHARED / "tools" / "newsquant_score.py"
    if not path.exists():
        pytest.skip(f"the shared NewsQuant scorer is not at {path}")
    spec = importlib.util.spec_from_file_location("newsquant_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@functools.lru_cache(maxsize=1)
def _cv():
    """scripts/newsquant_cv.py, whose one-sentence matching (the shared scorer's) this scores with."""
    spec = importlib.util.spec_from_file_location("newsquant_cv", Path(__file__).resolve().parents[1] / "scripts" / "newsquant_cv.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score(sc, gold: list[dict], pred: dict[str, list[dict]]) -> dict:
    """Value and value+unit P/R/F1, matched one-to-one per sentence as the shared scorer matches."""
    tp_v = tp_u = n_g = n_p = 0
    wrong = []
    for s in gold:
        g = [(sc.parse_value(q["value"]), sc.unit_key(q.get("normalized_unit"))) for q in s["quantities"]]
        p = [(sc.parse_value(q["value"]), sc.unit_key(q.get("normalized_unit"))) for q in pred[s["text"]]]
        n_g, n_p = n_g + len(g), n_p + len(p)
        v, u = _cv().match_sentence(g, p, sc)
        tp_v, tp_u = tp_v + v, tp_u + u
        if not (len(g) == len(p) and u == len(g)):  # every value found, with its unit, and nothing more
            wrong.append((s["text"], g, p))
    return {"value": sc.prf(tp_v, n_g, n_p), "value+unit": sc.prf(tp_u, n_g, n_p), "gold": n_g, "predicted": n_p,
            "sentences": len(gold), "right": len(gold) - len(wrong), "wrong": wrong}


def run_set(nlp, sc, name: str) -> dict:
    gold = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    texts = [s["text"] for s in gold]
    pred = {t: [quantity_item(t, q) for q in find_quantities(d)] for t, d in zip(texts, nlp.pipe(texts))}
    return score(sc, gold, pred)


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load_base_model, register_extensions

    register_extensions()
    return load_base_model()


def test_sets_are_well_formed():
    sc = _scorer()
    assert set(SETS) == set(FLOORS)
    seen = set()
    for name in SETS:
        gold = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
        assert len(gold) >= 30, name
        for s in gold:
            assert s["text"] not in seen, s["text"]
            seen.add(s["text"])
            for q in s["quantities"]:
                sc.parse_value(q["value"])
                assert q["normalized_unit"] and q["change"] in ("=", "~", ">", "<", "up", "down"), (name, s["text"])


@pytest.mark.parametrize("name", SETS)
def test_value_unit_f1_above_floor(nlp, name):
    res = run_set(nlp, _scorer(), name)
    assert res["value+unit"][2] >= FLOORS[name], (res["value+unit"], [w[0] for w in res["wrong"]])


# the readings added for these sets must not fire where there is no such figure
GUARDS = [
    ("A kilo of rice costs 65 rupees in Mumbai.", [(65, "indian rupee")]),  # a unit of price, no amount
    ("The one-time payment was approved by the one-man board.", []),
    ("A third of the members voted against the plan.", []),
    ("Subscribers rose to 1.5m and revenue to £40m.", [(1_500_000, "-"), (40_000_000, "pound sterling")]),
    ("The 6-foot-long banner hung from the wall.", [(6, "foot")]),
    ("The bank paid a dividend of 20p per share.", [(20, "penny per share")]),
    ("He lost 2 pounds a week on the diet.", [(2, "pound-mass per week")]),
    ("Rice sells for $400 a tonne and wheat for $250 per ton.", [(400, "dollar per metric ton"), (250, "dollar per ton")]),
    ("The plant shipped 1,234,567 units and 12,34,567 more in India.", [(1_234_567, "unit"), (1_234_567, "-")]),
    ("The half-time score was 1-0 and the half-hour show followed.", []),
    ("It’s 2 o’clock and he’s 30 today.", []),
    # round-4 readings: local currency abbreviations only where the country is named, and not on a name
    ("Hospitals in Abuja bought N95 masks for staff.", []),
    ("QR codes are common in Doha; a coffee costs QR18.", [(18, "qatari riyal")]),
    ("Ticket sales in Nairobi reached Sh2.5 billion.", [(2_500_000_000, "kenyan shilling")]),
    ("The SR-71 flew at 2,200 mph.", [(2200, "mile per hour")]),
    # numbers that name a junction, a train, a model, a list item
    ("Take junction 4 or exit 12 for the 3 km bypass.", [(3, "kilometre")]),
    ("The 7 train and the 405 freeway were closed.", []),
    ("The 11 member states signed.", [(11, "member state")]),
    ("Chelsea won 4-1 and the 747-8 landed.", []),
    ("Top speeds: 1. Orca, 56 km/h; 2. Marlin, 80 km/h", [(56, "kilometre per hour"), (80, "kilometre per hour")]),
    # a rate per one of a thing, not "a month ago" or "a spokesman"
    ("He paid $500 a month ago and $20 a ticket in London.", [(500, "dollar"), (20, "dollar per ticket")]),
    ("They raised $5 million a year from donors, a spokesman said.", [(5_000_000, "dollar per year")]),
    ("He bought 5 t-shirts in Leeds.", [(5, "t-shirt")]),
    # sides, twins, ages
    ("Sales grew 3x to 40 kg.", [(3, "count"), (40, "kilogram")]),
    ("The box is 40 x 30 cm.", [(40, "centimetre"), (30, "centimetre")]),
    ("The team scored 3 goals, up from 2.", [(3, "goal"), (2, "goal")]),
    ("Output rose to 5 million tonnes, up from 4.2 million.", [(5_000_000, "metric ton"), (4_200_000, "metric ton")]),
    ("Brazil, 3, and Chile, 2, led the table.", []),
    ("The loss widened to -$1.5bn from -$900m.", [(-1_500_000_000, "dollar"), (-900_000_000, "dollar")]),
    ("Storm Kills 3 People, Cuts Power to 20,000 Homes", [(3, "people"), (20000, "home")]),
    # round-5 readings: a rupee or riyal of the country named, UK phone numbers, "st", "or older"
    ("In Lahore, Pakistan, a kilo of sugar costs Rs 150.", [(150, "pakistani rupee")]),
    ("Sri Lanka and India signed a deal worth Rs 500 crore.", [(5_000_000_000, "indian rupee")]),
    ("Hotels in Riyadh charge SR900 a night.", [(900, "saudi riyal per night")]),
    ("Call 020 7946 0958 or 0800 123 4567 before 6pm.", []),
    ("She finished 21st and weighs 9 st 4 lb.", [(9, "stone"), (4, "pound-mass")]),
    ("Voters must be 18 or older; sales of 1,200 and older models fell.", [(18, "year of age"), (1200, "old model")]),
]


@pytest.mark.parametrize("text, expected", GUARDS, ids=[g[0][:40] for g in GUARDS])
def test_no_false_reading(nlp, text, expected):
    got = sorted((round(float(q.number()), 6), q.nq_unit) for q in find_quantities(nlp(text)))
    assert got == sorted((round(float(v), 6), u) for v, u in expected)


if __name__ == "__main__":
    from newsgraph.nlp import load_base_model, register_extensions

    register_extensions()
    _nlp, _sc = load_base_model(), _scorer()
    for _name in SETS:
        r = run_set(_nlp, _sc, _name)
        for text, g, p in r["wrong"]:
            print(f"[--] {text}\n     gold {g}\n     got  {p}")
        print(f"{_name}: value F1 {r['value'][2]}, value+unit F1 {r['value+unit'][2]} (P {r['value+unit'][0]} "
              f"R {r['value+unit'][1]}); {r['right']}/{r['sentences']} sentences exactly right; "
              f"gold {r['gold']}, predicted {r['predicted']}")

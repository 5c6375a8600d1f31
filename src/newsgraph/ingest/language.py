"""Is this text English? A cheap test for pages met in web archives, where most are not.

    not_english(text, title=None, declared=None) -> "not English (mostly Cyrillic script)" | None

No model: the share of letters in the Latin script, then English function words against those
of the other common Latin-script languages. newsgraph's pipeline reads English only, so a web
archive's page in another language is named and left out rather than analysed into nonsense.
Measured on ../shared (extraction gold pages, PolNeAR): every English article body has at least
9% English function words and more of them than of any other language's; the Portuguese,
Italian, German, Indonesian, Russian and Japanese pages fail one of the two tests.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# frequent English words that are rare in the other Latin-script languages ("a", "in", "is",
# "die", "was", "war" are left out: they are words there too)
ENGLISH = frozenset(
    """the of and to that for with by from his her he she this these those are be been being
    have has had were said says not but they their them which or who whom would could should
    after about more than its also we our you your there when what into over can if it how
    because while where just only some such then very through""".split()
)
# the same for the languages most often met in web archives in the Latin script
OTHER: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "German": "der die und den das ist nicht mit sich auf für von dem des eine ein einen zu im auch sie wir werden wurde oder aber nach bei",
        "French": "le la les et des du une est pour que qui dans pas sur au aux avec sont cette mais par ou nous vous il elle ce ses leur",
        "Spanish": "el la los las y del que en por con una para es se no su sus al lo como más pero fue este esta entre",
        "Portuguese": "de que não uma os as do da dos das em para com por é ao se na no mais foi pelo pela também seu sua",
        "Italian": "il di che la e le del della per non una sono con è gli dei delle alla anche nel nella questo ha più",
        "Dutch": "de het een en van dat niet op zijn voor met ook maar bij naar dan heeft deze wordt uit",
        "Indonesian": "yang dan di ini itu dengan untuk dari tidak dalam akan pada juga ke atau karena sudah oleh",
        "Scandinavian": "och att det som är på för med av inte til og er ikke har jeg vi kan fra ett af",
        "Polish": "nie się na jest że do to jak po za od ale przez dla tak jego oraz",
        "Turkish": "ve bir bu da de için ile olarak daha çok gibi olan ama kadar sonra",
    }.items()
}

_WORD = re.compile(r"[^\W\d_]+")
# the least share of English function words an English article body has (measured: 9%)
MIN_ENGLISH_SHARE = 0.04
# fewer words than this are too few to judge by words (the script is still judged)
MIN_WORDS = 20
# another language's function words must be at least this share of the words to be named
MIN_OTHER_SHARE = 0.05
MIN_LETTERS = 40


def _script(ch: str) -> str:
    """'Latin' or the script's name ("Cyrillic", "Han", ...) for a letter."""
    if ch < "\u0250" or "\u1e00" <= ch <= "\u1eff":
        return "Latin"
    try:
        first = unicodedata.name(ch).split()[0]
    except ValueError:
        return "other"
    return {"CJK": "Han", "HIRAGANA": "Japanese kana", "KATAKANA": "Japanese kana", "HANGUL": "Hangul"}.get(
        first, first.capitalize()
    )


# a Han, kana or Hangul character says about as much as a word: it counts as this many letters
_WIDE = {"Han": 2, "Japanese kana": 2, "Hangul": 2}


def main_other_script(text: str, *, min_letters: int = MIN_LETTERS, share: float = 0.5) -> str | None:
    """The script most of `text`'s letters are in, where that is not Latin; else None."""
    scripts: Counter[str] = Counter()
    for ch in text:
        if ch.isalpha():
            sc = _script(ch)
            scripts[sc] += _WIDE.get(sc, 1)
    total = sum(scripts.values())
    if total < min_letters:
        return None
    latin = scripts.pop("Latin", 0)
    if latin >= (1 - share) * total or not scripts:
        return None
    return scripts.most_common(1)[0][0]


def word_shares(text: str) -> tuple[int, float, str | None, float]:
    """(words, share of English function words, the likeliest other language, its share)."""
    # one-letter words ("e", "y", "a") are left out: in code and initials they say nothing
    words = [w for w in _WORD.findall(text.lower()) if len(w) > 1]
    if not words:
        return 0, 0.0, None, 0.0
    n = len(words)
    en = sum(w in ENGLISH for w in words) / n
    best, best_share = None, 0.0
    for name, stop in OTHER.items():
        s = sum(w in stop for w in words) / n
        if s > best_share:
            best, best_share = name, s
    return n, en, best, best_share


def not_english(text: str, title: str | None = None, declared: str | None = None, *, strict: bool = True) -> str | None:
    """Why `text` (an article body, or a whole page's text) is not English, or None.

    `title` is judged by its script too (a page whose English blurb sits under a Chinese
    title is not an English article). `declared` is the page's own language (`lang`
    attribute): a declared other language needs fewer signs. `strict=False` (a whole page
    with its menus, before extraction) refuses only what is plainly not English."""
    script = main_other_script(text, share=0.5 if strict else 0.7)
    if script:
        return f"not English (mostly {script} script)"
    if title and len(title) >= 4:
        tscript = main_other_script(title, min_letters=4)
        if tscript:
            return f"not English (title in {tscript} script)"
    n, en, other, other_share = word_shares(text)
    if n < MIN_WORDS:
        return None
    lang = (declared or "").strip().lower()[:2]
    said = f", lang={declared.strip()}" if lang and lang != "en" else ""
    margin = 1.0 if strict else 2.0
    if other and other_share >= MIN_OTHER_SHARE and other_share > margin * en:
        return f"not English (reads as {other}{said})"
    if strict and en < MIN_ENGLISH_SHARE:
        return f"not English (only {en:.0%} English function words{said})"
    if lang and lang != "en" and en < (0.1 if strict else 0.05):
        return f"not English (lang={declared.strip()}, {en:.0%} English function words)"
    return None

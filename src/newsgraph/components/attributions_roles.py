"""Token roles for attributions: how likely each token is part of a source, a cue or a content.

A small network (one hidden layer of 128) over what spaCy's shared `tok2vec` already computed
(`doc.tensor`, 96 numbers per token, for the token and its two neighbours) plus facts about the
token: inside a quotation, how cue-like it, its head, its ancestors and the words before and
after it in its sentence are, its place in the sentence and its dependency label. It is trained
on PolNeAR train by scripts/train_attributions.py (weights in data/attributions/roles.npz,
0.18 MB) and costs one matrix product per document: the parse is not repeated. The attribution
component does not read its output directly: the candidate scorer and the content-range ranker
take it as features (attributions._features, _content_role_features, _Builder._bound_features).

Written by hand with numpy because no library offers a token classifier over spaCy's tensor that
installs from PyPI without pulling in a training framework (thinc's layers would do, but their
trained form is tied to thinc's config system; two small matrices are simpler to ship and check).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import DEP, HEAD, IS_PUNCT, LOWER, SENT_START
from spacy.tokens import Doc

from ..nlp import newline_tokens

WINDOW = 1  # neighbours on each side whose tensors are concatenated
DEPS = ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp", "advcl", "conj", "cc", "prep", "pobj", "punct", "mark",
        "relcl", "acl", "amod", "compound", "det", "poss", "appos", "aux", "neg", "advmod", "attr", "ROOT",
        "parataxis", "dep", "npadvmod", "agent", "pcomp", "dative", "acomp", "nummod")
_PATH = Path(__file__).resolve().parents[1] / "data" / "attributions" / "roles.npz"


def token_inputs(doc: Doc, in_quote: np.ndarray, lexicon: dict[str, float]) -> np.ndarray | None:
    """The network's input rows for every token of a parsed Doc (None without a tensor)."""
    t = doc.tensor
    n = len(doc)
    if t is None or getattr(t, "shape", (0,))[0] != n or n == 0:
        return None
    t = np.asarray(t, dtype=np.float32)
    width = t.shape[1]
    pad = np.zeros((WINDOW, width), dtype=np.float32)
    tp = np.concatenate([pad, t, pad])
    parts = [tp[k : k + n] for k in range(2 * WINDOW + 1)]
    # token attributes as arrays (Doc.to_array: iterating Token objects costs more than the rest)
    arr = doc.to_array([LOWER, SENT_START, IS_PUNCT, HEAD, DEP]).astype(np.int64)
    strings = doc.vocab.strings
    lowers, inv = np.unique(arr[:, 0], return_inverse=True)
    lex = np.array([lexicon.get(strings[int(h) & 0xFFFFFFFFFFFFFFFF], 0.0) for h in lowers],
                   dtype=np.float32)[inv.reshape(-1)]
    sent_start = arr[:, 1] == 1
    sent_start[0] = True
    punct = arr[:, 2].astype(np.float32)
    newline = np.zeros(n, dtype=bool)
    newline[newline_tokens(doc)] = True
    para = np.concatenate([[True], newline[:-1]]).astype(np.float32)
    # the strongest cue word before / after the token in its sentence, and the position in it
    before = np.zeros(n, dtype=np.float32)
    after = np.zeros(n, dtype=np.float32)
    pos = np.zeros(n, dtype=np.float32)
    starts = list(np.flatnonzero(sent_start)) + [n]
    if not starts or starts[0] != 0:
        starts = [0] + starts
    for a, b in zip(starts, starts[1:]):
        if b <= a:
            continue
        seg = lex[a:b]
        before[a:b] = np.concatenate([[0.0], np.maximum.accumulate(seg)[:-1]])
        after[a:b] = np.concatenate([np.maximum.accumulate(seg[::-1])[::-1][1:], [0.0]])
        pos[a:b] = np.arange(b - a, dtype=np.float32) / max(1, b - a - 1)
    # the parse: the token's own relation, and how cue-like its head and its ancestors are
    # (a token under a reporting verb's clause is likely content)
    idx = np.arange(n)
    heads = idx + arr[:, 3]  # HEAD is the offset to the head
    dep_index = {strings[d]: k for k, d in enumerate(DEPS)}
    dep = np.zeros((n, len(DEPS) + 1), dtype=np.float32)
    deps_u = arr[:, 4].astype(np.uint64)
    dep[idx, [dep_index.get(int(d), len(DEPS)) for d in deps_u]] = 1.0
    head_lex = np.where(heads != idx, lex[heads], 0.0).astype(np.float32)
    anc_lex = np.zeros(n, dtype=np.float32)
    anc_near = np.zeros(n, dtype=np.float32)  # 1 / steps up to the first ancestor with cue odds >= 0.3
    cur = idx.copy()
    alive = np.ones(n, dtype=bool)
    for step in range(1, 9):
        nxt = heads[cur]
        alive &= nxt != cur
        cur = np.where(alive, nxt, cur)
        val = np.where(alive, lex[cur], 0.0)
        anc_near = np.where((anc_near == 0.0) & alive & (val >= 0.3), 1.0 / step, anc_near).astype(np.float32)
        anc_lex = np.maximum(anc_lex, val)
    extra = np.stack([in_quote.astype(np.float32), lex, before, after, pos, sent_start.astype(np.float32),
                      punct, para, head_lex, anc_lex, anc_near], axis=1)
    return np.concatenate(parts + [extra, dep], axis=1)


@functools.lru_cache(maxsize=1)
def role_model() -> dict | None:
    try:
        with np.load(_PATH) as z:
            m = {k: z[k].astype(np.float32) for k in z.files}
    except (OSError, ValueError, KeyError):
        return None
    # fold the input standardisation into the first layer: ((x - mu) / sd) @ w1 + b1
    m["w1"], m["b1"] = m["w1"] / m["sd"][:, None], m["b1"] - (m["mu"] / m["sd"]) @ m["w1"]
    return m


@functools.lru_cache(maxsize=1)
def _blas() -> Any:
    """The process's BLAS thread pools. The network's products are a few hundred rows: waking a
    BLAS thread per core costs more than it saves, and the analysis runs one process per core
    (84 PolNeAR dev texts: 1.58 s -> 0.41 s for the network, the same probabilities bit for bit)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _mlp(x: np.ndarray, m: dict) -> np.ndarray:
    with _blas().limit(limits=1, user_api="blas"):
        h = np.maximum(0.0, x @ m["w1"] + m["b1"])
        z = h @ m["w2"] + m["b2"]
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def forward(m: dict, x: np.ndarray) -> np.ndarray:
    """Role probabilities for input rows x, m as the training script saves it (unfolded)."""
    return _mlp((x - m["mu"]) / m["sd"], m)


def role_probs(doc: Doc, in_quote: np.ndarray, lexicon: dict[str, float]) -> np.ndarray | None:
    """(n_tokens, 4) probabilities of O / SOURCE / CUE / CONTENT, or None (no tensor or no model)."""
    m = role_model()
    if m is None:
        return None
    x = token_inputs(doc, in_quote, lexicon)
    if x is None or x.shape[1] != m["w1"].shape[0]:
        return None
    return _mlp(x, m)  # the standardisation is folded into m

"""Train newsgraph's attribution models on PolNeAR train (issue 3).

    nice -n 10 python scripts/train_attributions.py [--polnear ../shared/polnear] [--out DIR]
        [--cache /tmp/polnear-train.spacy]

Reproduces the committed src/newsgraph/data/attributions/{cues.json,cue_model.json,roles.npz,
scorer.npz} byte for byte with the defaults (seed 13; ranker: 12 epochs, lr 0.2 decaying by 0.8,
l2 1e-4; scorer: hidden layer of 16, 2 epochs of Adam at 5e-4, batches of 32, content-only target
0.3; threshold 0.3; the component's constants as committed). Numpy only, one process: about
3.5 minutes of parsing (skipped on reruns with --cache: a DocBin plus CACHE.tensors.npz, kept
outside the repo) and 5 minutes of training (features of every candidate, the role network three
times, the ranker, the scorer).

Reads train/text/*.txt and the first train/attributions/NAME_*.ann of each article (brat
standoff).
1. Cue lexicon: for every lower-cased word form, how often one of its occurrences lies inside an
   annotated Cue span over how often it occurs (add-one smoothed); forms seen at least twice as a
   cue go to data/attributions/cues.json.
2. Token roles (attributions_roles.py): every token is labelled CUE, SOURCE, CONTENT or O from
   the annotations; a one-hidden-layer network over spaCy's tok2vec output (the token and its
   neighbours) and a few facts about the token learns them (Adam, 6 epochs) -> roles.npz. The
   scorer and the ranker below read its probabilities; for their training each article gets the
   probabilities of a network trained on the other half of the articles (cross-fitting).
3. Content-range ranker: for each verb cue the component proposes several content ranges
   (_Builder._variants); where one matches a content of that cue's gold attribution (token
   Jaccard >= 0.5), a softmax over the cue's ranges learns to prefer those -> cue_model.json
   "ranker".
4. Candidate scorer: the component's rules propose (cue, speaker, content) candidates (verbs with
   a clause or object, content range as the ranker picks it; noun cues such as `the claim that`
   / `criticism of`, `Name: ...` lines); a candidate is positive when PolNeAR has an attribution
   whose content (token Jaccard >= 0.5) and source (same rule, or both absent) match it, as
   polnear_score.py counts, and its target is 0.3 (`--content-label`) when only the content
   matches: the statement is found and only its speaker is wrong, so the scorer should not learn
   to drop such statements as firmly as non-statements (held out: content overlap +0.9 F1,
   attribution F1 the same, source overlap -0.1). Over sparse features (cue word, lexicon
   bucket, dependency, content rule, kind and word of the speaker, first word and head of the
   content, role probabilities, ...) a linear part plus one hidden layer of 16 (so that features
   combine) is trained by Adam -> cue_model.json "weights" (linear) and the decision threshold,
   scorer.npz (hidden layer).
   `--hidden 0` trains the logistic regression alone (mini-batch SGD, the second half's epochs
   averaged), as before.
   `--set NAME=VALUE` overrides a component constant while training, to try a variant first."""

from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import re
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
WORD = re.compile(r"\w+(?:[-\u2019']\w+)*")


def read_ann(path: str) -> list[dict]:
    spans, events = {}, []
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if parts[0].startswith("T") and len(parts) > 1:
            typ, rng = parts[1].split(" ", 1)
            spans[parts[0]] = (typ, [tuple(map(int, x.split())) for x in rng.split(";")])
        elif parts[0].startswith("E") and len(parts) > 1:
            events.append(parts[1].split())
    out = []
    for args in events:
        if not args or not args[0].startswith("Attribution"):
            continue
        att = {}
        for a in args[1:]:
            k, _, v = a.partition(":")
            k = re.sub(r"\d+$", "", k).lower()
            if v in spans:
                att[k] = spans[v][1]
        out.append(att)
    return out


def load_split(root: str, split: str):
    for t in sorted(glob.glob(os.path.join(root, split, "text", "*.txt"))):
        stem = os.path.basename(t)[:-4]
        anns = sorted(glob.glob(os.path.join(root, split, "attributions", stem + "*.ann")))
        if not anns:
            continue
        yield stem, open(t, encoding="utf-8").read(), read_ann(anns[0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--polnear", default=str(REPO.parent / "shared" / "polnear"))
    ap.add_argument("--out", default=str(REPO / "src" / "newsgraph" / "data" / "attributions"))
    ap.add_argument("--lexicon-only", action="store_true", help="only write cues.json")
    ap.add_argument("--limit", type=int, default=0, help="train on the first N articles (testing)")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--lr", type=float, default=0.2)
    ap.add_argument("--decay", type=float, default=0.8, help="learning-rate factor after each epoch")
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--threshold", type=float, default=0.3,
                    help="decision threshold (0.3: best sum of attribution, content and source F1 on the "
                    "last 168 train articles held out, models trained on the other 672)")
    ap.add_argument("--hidden", type=int, default=16, help="the scorer's hidden layer (0: a logistic "
                    "regression alone, as before)")
    ap.add_argument("--hidden-epochs", type=int, default=2)
    ap.add_argument("--hidden-lr", type=float, default=5e-4)
    ap.add_argument("--hidden-batch", type=int, default=32)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--content-label", type=float, default=0.3,
                    help="the scorer's target for a candidate with the right content and the wrong source")
    ap.add_argument("--no-ranker", action="store_true", help="train no content-range ranker")
    ap.add_argument("--batch", type=int, default=8, help="rows per SGD step (gradients summed)")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="override a constant of newsgraph.components.attributions while training "
                    "(e.g. EXTRA_RULES=True), to train a model for a variant before switching to it")
    ap.add_argument("--cache", default="", help="a spaCy DocBin of the parsed train articles: read when it "
                    "exists, else written (saves the parse on reruns; keep it outside the repo)")
    a = ap.parse_args()
    cue_n, all_n = collections.Counter(), collections.Counter()
    ndocs = 0
    for _stem, text, atts in load_split(a.polnear, "train"):
        if a.limit and ndocs >= a.limit:
            break  # the lexicon, too, sees only the training articles (held-out runs)
        ndocs += 1
        inside = set()
        for att in atts:
            for s, e in att.get("cue") or []:
                inside.update(range(s, e))
        for m in WORD.finditer(text):
            w = m.group().lower().replace("\u2019", "'")
            all_n[w] += 1
            if m.start() in inside:
                cue_n[w] += 1
    lex = {w: round(c / (all_n[w] + 1), 4) for w, c in sorted(cue_n.items()) if c >= 2}
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "cues.json"), "w", encoding="utf-8") as f:
        json.dump({"source": "PolNeAR v1.0.0 train", "articles": ndocs, "cue_prob": lex}, f, indent=0, sort_keys=True)
    print(f"{ndocs} articles, {len(lex)} cue forms -> {a.out}/cues.json")
    if not a.lexicon_only:
        train_scorer(a)


_TOK = re.compile(r"\w+")


def _toks(text: str, frags) -> frozenset:
    out = set()
    for s, e in frags or []:
        out.update(m.start() for m in _TOK.finditer(text, s, e))
    return frozenset(out)


def _jac(x: frozenset, y: frozenset) -> float:
    return len(x & y) / len(x | y) if (x or y) else 1.0


def train_scorer(a) -> None:
    import time

    from newsgraph.components import attributions as A
    from newsgraph.nlp import load_base_model, register_extensions

    A.DATA_DIR = Path(a.out)  # the features read the lexicon just written, not the committed one
    A.cue_lexicon.cache_clear()
    for kv in a.set:
        name, _, value = kv.partition("=")
        setattr(A, name, type(getattr(A, name))(value == "True") if isinstance(getattr(A, name), bool)
                else type(getattr(A, name))(value))
    register_extensions()
    nlp = load_base_model()
    docs = list(load_split(a.polnear, "train"))
    if a.limit:
        docs = docs[: a.limit]
    t0 = time.time()
    rows, labels = [], []
    if a.cache and os.path.exists(a.cache):
        from spacy.tokens import DocBin

        parsed = list(DocBin().from_disk(a.cache).get_docs(nlp.vocab))
        assert len(parsed) >= len(docs) and all(d.text == t for d, (_s, t, _a) in zip(parsed, docs)), "stale --cache"
        with np.load(a.cache + ".tensors.npz") as z:  # DocBin does not keep doc.tensor
            for k, d in enumerate(parsed[: len(docs)]):
                d.tensor = z[f"arr_{k}"]
                assert d.tensor.shape[0] == len(d), "stale --cache tensors"
    else:
        parsed = list(nlp.pipe((t for _s, t, _a in docs), batch_size=8))
        if a.cache:
            from spacy.tokens import DocBin

            DocBin(docs=parsed).to_disk(a.cache)
            np.savez(a.cache + ".tensors.npz", *[d.tensor for d in parsed])
    roles = train_roles(a, A, docs, parsed) if A.ROLE_FEATURES else [None] * len(docs)
    ranker = train_ranker(a, A, docs, parsed, roles) if A.VARIANTS and not a.no_ranker else None
    A.cue_model = lambda: {"ranker": ranker} if ranker else {}  # candidates() picks ranges with it
    for (stem, text, atts), doc, doc_roles in zip(docs, parsed, roles):
        gold = [(_toks(text, g.get("content")), _toks(text, g.get("source"))) for g in atts if g.get("content")]
        b = A._Builder(doc)
        b._roles = doc_roles
        b.direct_quotes()
        b.according_all()
        for _tok, content, speaker, _cue, feats in b.candidates():
            ct = _toks(text, [(c.start, c.end) for c in content])
            st = _toks(text, [(speaker.start, speaker.end)] if speaker else [])
            ok = any(_jac(ct, gc) >= 0.5 and ((not gs and not st) or (gs and st and _jac(st, gs) >= 0.5))
                     for gc, gs in gold)
            if not ok and a.content_label and any(_jac(ct, gc) >= 0.5 for gc, _gs in gold):
                ok = a.content_label  # the right content with the wrong source: partly right
            rows.append(feats)
            labels.append(float(ok))
    print(f"parsed {len(docs)} articles in {time.time() - t0:.0f}s: {len(rows)} candidates, "
          f"{labels.count(1.0)} positive, {sum(0.0 < y < 1.0 for y in labels)} with the content only")
    counts = collections.Counter(f for r in rows for f in set(r))
    index = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= a.min_count))}
    X = [np.array(sorted({index[f] for f in r if f in index}), dtype=np.int64) for r in rows]
    y = np.array(labels)
    if a.hidden:
        w, hidden = fit_wide_deep(X, y, len(index), a)
    else:
        w, hidden = fit_linear(X, y, len(index), a), None
    weights = {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= 1e-3}
    model = {"source": "PolNeAR v1.0.0 train", "articles": len(docs), "candidates": len(rows),
             "threshold": a.threshold, "seed": a.seed, "weights": weights}
    if ranker:
        model["ranker"] = ranker
    with open(os.path.join(a.out, "cue_model.json"), "w", encoding="utf-8") as f:
        json.dump(model, f, indent=0, sort_keys=True)
    print(f"{len(weights)} weights -> {a.out}/cue_model.json")
    scorer = os.path.join(a.out, "scorer.npz")
    if hidden is not None:
        vocab = json.dumps(sorted(index, key=index.get), ensure_ascii=False).encode("utf-8")  # features may hold "\n"
        np.savez_compressed(scorer, vocab=np.frombuffer(vocab, dtype=np.uint8),
                            **{k: v.astype(np.float32) for k, v in hidden.items()})
        print(f"hidden layer of {a.hidden} over {len(index)} features -> {scorer}")
    elif os.path.exists(scorer):
        os.remove(scorer)  # a linear model alone: no stale hidden layer beside it


def _minibatches(X: list, rng, size: int):
    """One epoch in a random order: (rows, their feature ids concatenated, each row's count)."""
    order = rng.permutation(len(X))
    for b0 in range(0, len(order), size):
        rows = order[b0 : b0 + size]
        yield rows, np.concatenate([X[n] for n in rows]), np.array([len(X[n]) for n in rows])


def fit_linear(X: list, y: "np.ndarray", n_feats: int, a) -> "np.ndarray":
    """Logistic regression by mini-batch SGD (gradients summed over a.batch rows), the second
    half's epoch-end weights averaged (steadier than the last)."""
    w = np.zeros(n_feats)
    rng = np.random.default_rng(a.seed)
    lr, l2 = a.lr, a.l2
    w_sum, n_avg = np.zeros_like(w), 0
    for epoch in range(a.epochs):
        loss = 0.0
        for rows_b, idx, ln in _minibatches(X, rng, a.batch):
            starts = np.concatenate([[0], np.cumsum(ln)[:-1]])
            z = np.add.reduceat(w[idx], starts)  # every row has the "bias" feature: none is empty
            p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
            yb = y[rows_b]
            g = p - yb
            grad = np.zeros_like(w)
            np.add.at(grad, idx, np.repeat(g, ln))
            touched = np.unique(idx)
            w[touched] -= lr * (grad[touched] + l2 * w[touched])
            loss += float(-(yb * np.log(p + 1e-9) + (1 - yb) * np.log(1 - p + 1e-9)).sum())
        lr *= a.decay
        if epoch >= a.epochs // 2:
            w_sum += w
            n_avg += 1
        print(f"epoch {epoch + 1}: loss {loss / len(X):.4f}")
    return w_sum / max(1, n_avg)


def fit_wide_deep(X: list, y: "np.ndarray", n_feats: int, a) -> tuple:
    """The candidate scorer as a linear part plus one small hidden layer over the same sparse
    features: p = sigmoid(sum_f w[f] + relu(sum_f E[f] + b1) . w2 + b2). The hidden layer lets
    features combine (a cue word with a speaker kind and a content range rule) without listing
    every conjunction by hand. Adam on mini-batches of a.hidden_batch, a.hidden_epochs epochs
    (more overfits: held-out loss rises after the second), the second half's epoch-end
    parameters averaged. Returns (w, {"E", "b1", "w2", "b2"})."""
    H = a.hidden
    rng = np.random.default_rng(a.seed)
    P = {"E": rng.normal(0, 0.05, (n_feats, H)), "b1": np.zeros(H), "w2": rng.normal(0, 0.1, H),
         "b2": np.zeros(1), "w": np.zeros(n_feats)}
    m1 = {k: np.zeros_like(v) for k, v in P.items()}
    m2 = {k: np.zeros_like(v) for k, v in P.items()}
    avg = {k: np.zeros_like(v) for k, v in P.items()}
    n_avg, t, l2 = 0, 0, 1e-6
    for epoch in range(a.hidden_epochs):
        loss = 0.0
        for rb, idx, ln in _minibatches(X, rng, a.hidden_batch):
            seg = np.repeat(np.arange(len(rb)), ln)
            pre = np.zeros((len(rb), H))
            np.add.at(pre, seg, P["E"][idx])
            pre += P["b1"]
            h = np.maximum(pre, 0.0)
            zw = np.zeros(len(rb))
            np.add.at(zw, seg, P["w"][idx])
            p = 1.0 / (1.0 + np.exp(-np.clip(h @ P["w2"] + P["b2"][0] + zw, -30, 30)))
            yb = y[rb]
            loss += float(-(yb * np.log(p + 1e-9) + (1 - yb) * np.log(1 - p + 1e-9)).sum())
            g = (p - yb) / len(rb)
            dh = np.outer(g, P["w2"]) * (pre > 0)
            grads = {"w2": h.T @ g, "b2": np.array([g.sum()]), "b1": dh.sum(0),
                     "E": np.zeros_like(P["E"]), "w": np.zeros_like(P["w"])}
            np.add.at(grads["E"], idx, dh[seg])
            grads["E"] += l2 * P["E"]
            np.add.at(grads["w"], idx, g[seg])
            t += 1
            for k in P:
                m1[k] = 0.9 * m1[k] + 0.1 * grads[k]
                m2[k] = 0.999 * m2[k] + 0.001 * grads[k] ** 2
                P[k] -= a.hidden_lr * (m1[k] / (1 - 0.9 ** t)) / (np.sqrt(m2[k] / (1 - 0.999 ** t)) + 1e-8)
        if epoch >= a.hidden_epochs // 2:
            for k in P:
                avg[k] += P[k]
            n_avg += 1
        print(f"scorer epoch {epoch + 1}: loss {loss / len(X):.4f}")
    P = {k: v / n_avg for k, v in avg.items()}
    return P.pop("w"), P


def role_labels(doc, atts) -> "np.ndarray":
    """Per token: 2 inside a cue, else 1 inside a source, else 3 inside a content, else 0."""
    starts = np.array([t.idx for t in doc])
    ends = starts + np.array([len(t) for t in doc])
    y = np.zeros(len(doc), dtype=np.int64)
    for role, code in (("content", 3), ("source", 1), ("cue", 2)):
        for g in atts:
            for s, e in g.get(role) or []:
                y[(starts < e) & (ends > s)] = code
    return y


def fit_roles(X: "np.ndarray", y: "np.ndarray", seed: int, hidden: int = 128, epochs: int = 6) -> dict:
    """The token-role network (attributions_roles.forward): one ReLU layer, softmax over the four
    roles, Adam on mini-batches of 512 tokens, fixed seed."""
    mu, sd = X.mean(0), X.std(0) + 1e-3
    Xn = (X - mu) / sd
    rng = np.random.default_rng(seed)
    d, c = X.shape[1], 4
    params = [rng.normal(0, np.sqrt(2 / d), (d, hidden)).astype(np.float32), np.zeros(hidden, np.float32),
              rng.normal(0, np.sqrt(1 / hidden), (hidden, c)).astype(np.float32), np.zeros(c, np.float32)]
    m1 = [np.zeros_like(p) for p in params]
    m2 = [np.zeros_like(p) for p in params]
    lr, t = 1e-3, 0
    for _epoch in range(epochs):
        order = rng.permutation(len(X))
        for s in range(0, len(order), 512):
            idx = order[s : s + 512]
            x, yy = Xn[idx], y[idx]
            w1, b1, w2, b2 = params
            h = np.maximum(0, x @ w1 + b1)
            z = h @ w2 + b2
            z -= z.max(1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(1, keepdims=True)
            g = p
            g[np.arange(len(yy)), yy] -= 1
            g /= len(yy)
            gh = g @ w2.T
            gh[h <= 0] = 0
            grads = [x.T @ gh + 1e-5 * w1, gh.sum(0), h.T @ g + 1e-5 * w2, g.sum(0)]
            t += 1
            for i, (pp, gg) in enumerate(zip(params, grads)):
                m1[i] = 0.9 * m1[i] + 0.1 * gg
                m2[i] = 0.999 * m2[i] + 0.001 * gg * gg
                pp -= lr * (m1[i] / (1 - 0.9**t)) / (np.sqrt(m2[i] / (1 - 0.999**t)) + 1e-8)
        lr *= 0.7
    return {"mu": mu, "sd": sd, "w1": params[0], "b1": params[1], "w2": params[2], "b2": params[3]}


def train_roles(a, A, docs, parsed) -> list:
    """Train the token-role network on every article (written to roles.npz) and, for the scorer
    and ranker features, give each training article the probabilities of a network trained on the
    other half (cross-fitting: features as noisy as they will be on unseen text)."""
    from newsgraph.components.attributions_roles import forward, token_inputs

    lex = A.cue_lexicon()
    X, Y = [], []
    for (_stem, _text, atts), doc in zip(docs, parsed):
        b = A._Builder(doc)
        inq = np.zeros(len(doc), dtype=bool)
        for lo, hi in b.quote_tok:
            inq[lo:hi] = True
        X.append(token_inputs(doc, inq, lex))
        Y.append(role_labels(doc, atts))
    full = fit_roles(np.concatenate(X), np.concatenate(Y), a.seed)
    np.savez(os.path.join(a.out, "roles.npz"), **{k: v.astype(np.float32) for k, v in full.items()})
    out = [None] * len(docs)
    half = np.arange(len(docs)) % 2
    for k in (0, 1):
        m = fit_roles(np.concatenate([X[i] for i in np.flatnonzero(half != k)]),
                      np.concatenate([Y[i] for i in np.flatnonzero(half != k)]), a.seed + 1 + k)
        for i in np.flatnonzero(half == k):
            out[i] = forward(m, X[i])
    print(f"token roles: {sum(len(y) for y in Y)} tokens -> {a.out}/roles.npz")
    return out


def train_ranker(a, A, docs, parsed, roles) -> dict:
    """The content-range ranker: for each verb cue, the component proposes several ranges
    (_Builder._variants); where one of them matches a PolNeAR content (token Jaccard >= 0.5), the
    best-matching ones are the target of a softmax over the cue's ranges (conditional logit,
    plain SGD, same seed). Returns feature -> weight."""
    import numpy as np

    A.cue_model = lambda: {}
    groups = []
    for (_stem, text, atts), doc, doc_roles in zip(docs, parsed, roles):
        golds = [(_toks(text, g["content"]), {i for s, e in g.get("cue") or [] for i in range(s, e)})
                 for g in atts if g.get("content")]
        b = A._Builder(doc)
        b._roles = doc_roles
        b.collect = []
        b.direct_quotes()
        for _ in b.candidates():
            pass
        for cue_i, rows in b.collect:
            # only the contents of the gold attributions whose cue this is
            mine = [gc for gc, cue_chars in golds if doc[cue_i].idx in cue_chars]
            if len(rows) < 2 or not mine:
                continue
            js = []
            for vlo, vhi, _tag, _f in rows:
                ct = _toks(text, [(doc[vlo].idx, doc[vhi - 1].idx + len(doc[vhi - 1]))])
                js.append(max(_jac(ct, gc) for gc in mine))
            top = max(js)
            if top >= 0.5:
                groups.append(([f for *_x, f in rows], [1.0 if j >= 0.5 else 0.0 for j in js]))
    counts = collections.Counter(f for fs, _y in groups for r in fs for f in set(r))
    index = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= a.min_count))}
    G = [([np.array(sorted({index[f] for f in r if f in index}), dtype=np.int64) for r in fs],
          np.array(y) / sum(y)) for fs, y in groups]
    w = np.zeros(len(index))
    rng = np.random.default_rng(a.seed)
    lr = a.lr
    w_sum, n_avg = np.zeros_like(w), 0
    for epoch in range(a.epochs):
        loss = 0.0
        for n in rng.permutation(len(G)):
            xs, y = G[n]
            z = np.array([w[x].sum() for x in xs])
            p = np.exp(z - z.max())
            p /= p.sum()
            loss -= float((y * np.log(p + 1e-9)).sum())
            for x, g in zip(xs, p - y):
                w[x] -= lr * (g + a.l2 * w[x])
        lr *= a.decay
        if epoch >= a.epochs // 2:
            w_sum += w
            n_avg += 1
        print(f"ranker epoch {epoch + 1}: loss {loss / max(1, len(G)):.4f} over {len(G)} cues")
    w = w_sum / max(1, n_avg)
    return {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= 1e-3}


if __name__ == "__main__":
    main()

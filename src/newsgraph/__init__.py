"""newsgraph: read the news into evidence-linked records.

    >>> import newsgraph
    >>> rec = newsgraph.analyze(text, published="2023-06-30", publisher="Press TV")
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "analyze", "analyze_many", "Record"]


def __getattr__(name: str):
    # the pipeline pulls in spaCy; import it only when it is asked for
    if name in ("analyze", "analyze_many"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "Record":
        from .record import Record

        return Record
    raise AttributeError(name)

"""The one error type users see: an item and the reason it could not be read or analysed."""

from __future__ import annotations


class InputError(Exception):
    """A source that cannot become an article. `item` names it; `reason` says why, in words."""

    def __init__(self, item: str, reason: str):
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.item}: {self.reason}"

"""The photo and news agencies whose name alone makes a photo credit.

One table for both page extractors, so that they recognise the same credits: html.py (HTML
pages: "(AFP)" at a caption's end, a paragraph that is only "Reuters Photo") and text.py
(plain-text pages: "... (AP)" in the head, "Jane Roe/Getty Images" alone on a line).

The names are matched case-sensitively, as agencies print them in credits; a name printed in
two ways ("dpa" and "DPA", "ZUMA" and "Zuma") is listed in both. Each use site adds its own
suffixes ("Photo", "Images") and brackets around `PHOTO_AGENCY_RX`.
"""

from __future__ import annotations

import re

__all__ = ["PHOTO_AGENCIES", "PHOTO_AGENCY_RX"]

PHOTO_AGENCIES: tuple[str, ...] = (
    # wire services
    "Associated Press", "AP Photo", "AP", "AFP", "Reuters", "UPI", "AAP",
    "EPA-EFE", "EPA", "dpa", "DPA", "ANP", "ANSA", "Kyodo", "Yonhap",
    "Xinhua", "TASS", "Sputnik", "Anadolu Agency", "Anadolu",
    "IRNA", "WANA", "Tasnim", "Press TV",
    "PA Images", "PA Wire", "PA Media", "PA",
    # picture agencies and other frequent credits
    "Getty Images", "Getty", "Bloomberg", "Shutterstock", "Alamy", "Sipa", "Imago",
    "ZUMA", "Zuma", "ZUMA Press", "Zuma Press", "NurPhoto", "SOPA Images", "NASA",
)

# a regex alternation of the names (escaped), longest first so that "AP Photo" is tried
# before "AP" and "EPA-EFE" before "EPA"; no group, no flags, no word boundaries
PHOTO_AGENCY_RX = "|".join(re.escape(a) for a in sorted(set(PHOTO_AGENCIES), key=lambda a: (-len(a), a)))

"""The reference data were gathered with the researcher's notes in them ("via … mirror", "not verified
here", "(as listed; …)"): useful to whoever checks the data, not to a visitor or an officer. The demo
shows the facts without them."""

from __future__ import annotations

import re

NOTES = [
    re.compile(r"\s*\((?:via )?[^()]*\bmirror\)", re.IGNORECASE),  # (via en-academic.com mirror)
    re.compile(r"\s*\(as listed[^()]*\)", re.IGNORECASE),  # (as listed; PKX later)
    re.compile(
        r"[;,]?\s*[^;,]*\(not verified here\)", re.IGNORECASE
    ),  # ; policy since extended (not verified here)
    re.compile(r"\s*\((?:older page|at time of page)\)", re.IGNORECASE),
    re.compile(r"\s+at (?:the )?time of (?:the )?page", re.IGNORECASE),  # 53 countries at time of page
    re.compile(r"\s*\((?:[A-Z][\w.&-]*\s?)+,?\s(?:19|20)\d{2}\)"),  # (Wikipedia, 2014), (CRI 2010)
]


def without_notes(text: str) -> str:
    for note in NOTES:
        text = note.sub("", text)
    return re.sub(r"\s{2,}", " ", text).strip(" ;,")

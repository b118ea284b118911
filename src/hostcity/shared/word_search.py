"""Searching a casefolded `search` column kept by the model: every word of the query must be in it
(at most six words are used)."""


def every_word(found, text: str, column: str = "search"):
    for word in text.casefold().split()[:6]:
        found = found.filter(**{f"{column}__contains": word})
    return found

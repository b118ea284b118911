"""Fill translations into a gettext catalog from a JSON file of {msgid: msgstr}: each entry named gets
its msgstr (its fuzzy mark and previous msgid dropped), a plural entry (named by its singular) its one
form msgstr[0], as Chinese has; the rest is left as it is.

    python tools/fill_po.py src/hostcity/locale/zh_Hans/LC_MESSAGES/django.po translations.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path


def _unquote(lines: list[str]) -> str:
    return "".join(json.loads(line) for line in lines)


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def fill(po: str, wanted: dict[str, str]) -> tuple[str, int]:
    out, filled = [], 0
    for block in po.split("\n\n"):
        lines = block.split("\n")
        ids = [i for i, line in enumerate(lines) if line.startswith("msgid ")]
        strs = [i for i, line in enumerate(lines) if line.startswith(("msgstr ", "msgstr[0] "))]
        if not ids or not strs:
            out.append(block)
            continue
        plural = next((i for i, line in enumerate(lines) if line.startswith("msgid_plural")), None)
        start, end = ids[0], strs[0] if plural is None else plural
        msgid = _unquote([lines[start][6:], *lines[start + 1 : end]])
        if msgid not in wanted:
            out.append(block)
            continue
        head = [
            line.replace(", fuzzy", "") if line.startswith("#,") else line
            for line in lines[:start]
            if not line.startswith("#|") and line.strip() != "#, fuzzy"
        ]
        if plural is None:
            out.append("\n".join([*head, *lines[start:end], "msgstr " + _quote(wanted[msgid])]))
        else:  # Chinese has one form: msgstr[0] (the singular's msgid names the entry)
            out.append("\n".join([*head, *lines[start : strs[0]], "msgstr[0] " + _quote(wanted[msgid])]))
        filled += 1
    return "\n\n".join(out), filled


def main() -> None:
    path, table = Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text())
    text, filled = fill(path.read_text(), table)
    path.write_text(text)
    left = re.findall(r'#, fuzzy\n(?:#\|.*\n)*msgid "(.+)"', text)
    print(f"{filled} filled; still fuzzy: {left[:20]}")


if __name__ == "__main__":
    main()

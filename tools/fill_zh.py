"""Fill the Simplified Chinese catalog from a dict file and report what is still untranslated.

    python tools/fill_zh.py /path/to/zh.py    (a module defining ZH = {msgid: msgstr} and PLURAL = {...})

Existing translations are kept; a msgid missing from both the catalog and the dict is listed and
makes the script exit with 1. Then compile: `hostcity manage compilemessages`.
"""

import runpy
import sys

import polib

CATALOG = "src/hostcity/locale/zh_Hans/LC_MESSAGES/django.po"


def main(dict_path: str) -> int:
    given = runpy.run_path(dict_path)
    singular, plural = given.get("ZH", {}), given.get("PLURAL", {})
    po = polib.pofile(CATALOG)
    missing = []
    for entry in po:
        if "fuzzy" in entry.flags:
            # msgmerge guessed from a similar message: never trust the guess.
            entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = None
            entry.msgstr = ""
            entry.msgstr_plural = {0: ""} if entry.msgid_plural else {}
        if entry.msgid_plural:
            if not entry.msgstr_plural.get(0):
                if entry.msgid in plural:
                    entry.msgstr_plural = {0: plural[entry.msgid]}
                else:
                    missing.append(entry.msgid)
        elif not entry.msgstr:
            if entry.msgid in singular:
                entry.msgstr = singular[entry.msgid]
            else:
                missing.append(entry.msgid)
    po.metadata_is_fuzzy = False
    po.metadata["Plural-Forms"] = "nplurals=1; plural=0;"
    po.metadata["Language"] = "zh_Hans"
    po.save()
    for msgid in missing:
        print(f"untranslated: {msgid!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

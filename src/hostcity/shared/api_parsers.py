"""The API's JSON parser: DRF's, with every body it cannot take answered 400 with a message. Python's
JSON decoder gives up on deep nesting (`[` × 100,000) with RecursionError, which DRF's parser lets
through as a server error; a depth limit stops such a body before the decoder is asked."""

import io
import re

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_DEPTH = 64  # no request body of this API nests deeper than a handful of levels


STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
BRACKETS = re.compile(r"[\[\]{}]")


def too_deep(text: str, limit: int = MAX_DEPTH) -> bool:
    """Whether the JSON text nests arrays and objects deeper than `limit` (brackets in strings do not
    count)."""
    depth = 0
    for match in BRACKETS.finditer(STRINGS.sub("", text)):
        depth += 1 if match.group() in "[{" else -1
        if depth > limit:
            return True
    return False


class SafeJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        parser_context = parser_context or {}
        encoding = parser_context.get("encoding", "utf-8")
        raw = stream.read() if stream is not None else b""
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise ParseError(
                f"JSON parse error - the body is not {encoding} text (byte {exc.start})"
            ) from exc
        if too_deep(text):
            raise ParseError(f"JSON parse error - the body nests deeper than {MAX_DEPTH} levels")
        try:
            return super().parse(io.BytesIO(raw), media_type, parser_context)
        except RecursionError as exc:  # a body deep in a way the scan did not see
            raise ParseError("JSON parse error - the body nests too deeply") from exc

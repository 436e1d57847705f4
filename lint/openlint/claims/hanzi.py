"""Traditional Chinese read as Simplified, character for character.

The detector's words and rules are written in Simplified Chinese ("开源", "我们", "发布"); a README
from Taiwan or Hong Kong writes "開源", "我們", "發佈". The detector reads such text through
OpenCC's Traditional-to-Simplified conversion, one character at a time, so that every character
keeps its place: lines, columns and quotes are those of the file, which is never changed.
"""

from __future__ import annotations

from functools import lru_cache

# every Chinese mention holds 開 in Traditional script (開源, 開放, 開放權重): without it, a text has
# nothing for the detector that Simplified reading would add, and OpenCC is not even imported
MARK = "開"


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """`text` with each Traditional character replaced by its Simplified one, of the same length;
    the text itself when it holds no Traditional mention."""
    if MARK not in text:
        return text
    convert = _converter().convert
    table = {}
    for char in set(text):
        if "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff":
            single = convert(char)
            if len(single) == 1 and single != char:
                table[ord(char)] = single
    return text.translate(table)

"""Where Thai text may break: dictionary word boundaries (nlpo3 newmm over the bundled CC0 word
list), plus the rules official Thai typesetting keeps (never before a vowel, mark, ๆ or ฯ; never
after a leading vowel; names whole). Plain Python: layout.py asks it where boxes may end.

The word list stays in ``kppforum/exports/pdf/data`` (the installer and package data name it
there), one level above this package."""

from __future__ import annotations

import itertools
import os
import re
import tempfile
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

import nlpo3

from kppforum.thai import TITLES

__all__ = ["break_positions", "cluster_starts", "compound_breaks", "has_thai_mark", "segment"]

_LOCK = threading.RLock()
_DATA = Path(__file__).resolve().parent.parent / "data"


_DICT_NAME = "kppforum-th-v1"
_dict_loaded = False
_THAI_RUN = re.compile("[\u0e01-\u0e4f]+")  # Thai letters, vowels, marks, ฯ ๆ (not ๐-๙)
_NON_STARTERS = frozenset(
    "\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e45\u0e46\u0e47"
    "\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e\u0e2f"
)  # ะ ั า ำ ิ ี ึ ื ุ ู ฺ ๅ ๆ ็ ่ ้ ๊ ๋ ์ ํ ๎ ฯ: never start a line
_LEADING_VOWELS = frozenset("เแโใไ")
_THAI_MARK = re.compile("[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]")
_LONE_FINAL = re.compile("^[\u0e01-\u0e2e][\u0e48-\u0e4c]?$")  # a consonant alone (+ mark)
# Words the general list lacks that official minutes use all the time (kept whole).
_EXTRA_WORDS = (
    "โทร.",
    "มท",
    "ประชาคม",
    "ประชาคมท้องถิ่น",
    "มติที่ประชุม",
    "ระเบียบวาระ",
    "เทศบาลเมือง",
    "กำแพงเพชร",
)


def _load_dictionary() -> None:
    global _dict_loaded
    with _LOCK:
        if _dict_loaded:
            return
        words = (_DATA / "words_th.txt").read_text(encoding="utf-8")
        extra = [t for t in (*TITLES, *_EXTRA_WORDS) if _THAI_RUN.search(t) and " " not in t]
        fd, tmp = tempfile.mkstemp(prefix="kppforum-words-", suffix=".txt")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(words)
                f.write("\n" + "\n".join(extra) + "\n")
            message, ok = nlpo3.load_dict(tmp, _DICT_NAME)
            if not ok and "exist" not in message.lower():
                raise RuntimeError(f"cannot load the Thai word list: {message}")
        finally:
            os.unlink(tmp)
        global _words
        _words = frozenset(words.split()) | frozenset(extra)
        _dict_loaded = True


_words: frozenset[str] = frozenset()


@lru_cache(maxsize=65536)
def segment(thai: str) -> tuple[str, ...]:
    """Dictionary words of a Thai run (nlpo3 newmm).

    Not ``safe=True``: nlpo3 1.4.0's safe mode returns tokens from elsewhere in the text for
    runs over ~100 characters. Tokens that do not rebuild the run exactly are refused (the run
    then stays one unit and only the over-long fallback may cut it, between clusters)."""
    _load_dictionary()
    words = tuple(nlpo3.segment(thai, _DICT_NAME, safe=False))
    return words if "".join(words) == thai else (thai,)


@lru_cache(maxsize=65536)
def break_positions(text: str) -> tuple[int, ...]:
    """Offsets inside a chunk without spaces where a line may break (between Thai words only)."""
    found: list[int] = []
    for m in _THAI_RUN.finditer(text):
        pos = m.start()
        words = segment(m.group())
        for prev, word in itertools.pairwise(words):
            pos += len(prev)
            if word[0] in _NON_STARTERS or prev[-1] in _LEADING_VOWELS:
                continue
            if _LONE_FINAL.match(word):  # a final consonant the dictionary missed: ติ|ย
                continue
            if prev not in _words or word not in _words:  # unknown text: maybe mid-syllable
                continue
            found.append(pos)
    return tuple(found)


@lru_cache(maxsize=8192)
def compound_breaks(word: str) -> tuple[int, ...]:
    """Where a compound dictionary word splits into shorter dictionary words
    (องค์กร|ปกครอง|ส่วน|ท้องถิ่น): the second choice for a word wider than its column."""
    _load_dictionary()
    n = len(word)
    # fewest pieces covering word[:i], with a back pointer (not the tuple of cuts: a name of
    # 100,000 characters kept whole would hold n/2 tuples of n/2 cuts)
    count: list[int | None] = [None] * (n + 1)
    back = [0] * (n + 1)
    count[0] = 0
    for i in range(1, n + 1):
        for j in range(max(0, i - 30), i):
            cj = count[j]
            if cj is None or (j == 0 and i == n):
                continue
            piece = word[j:i]
            if piece in _words and len(piece) > 1 and not _LONE_FINAL.match(piece):
                ci = count[i]
                if ci is None or cj + 1 < ci:
                    count[i], back[i] = cj + 1, j
    if count[n] is None or (count[n] or 0) < 2:
        return ()
    cuts: list[int] = []
    i = n
    while i:
        cuts.append(i)
        i = back[i]
    found = tuple(reversed(cuts))
    return tuple(b for b in found[:-1] if word[b] not in _NON_STARTERS)


def has_thai_mark(text: str) -> bool:
    """Whether *text* holds a Thai vowel/tone mark (its glyphs may read back out of order)."""
    return bool(_THAI_MARK.search(text))


def cluster_starts(text: str) -> list[int]:
    """Offsets where a grapheme-like cluster starts (fallback breaks for an over-long word)."""
    starts = []
    for i, c in enumerate(text):
        if i == 0:
            continue
        if c in _NON_STARTERS or unicodedata.combining(c) or text[i - 1] in _LEADING_VOWELS:
            continue
        starts.append(i)
    return starts

"""jieba's word frequencies on disk, read one word at a time.

A ``jieba.Tokenizer`` loads its whole dictionary (some 350 000 words and their prefixes)
before it segments anything: about 1.5 s and 100 MB, paid by every process that asks a
single word-boundary question.  Segmenting a window of twenty characters reads a few dozen
of those entries.  So the table a tokenizer would build (jieba's dictionary with ours added,
through jieba's own code, so every frequency and the total are exactly jieba's) is written
once per machine into an SQLite file, and :class:`WordFrequencies` reads it word by word,
keeping what it has read.  jieba's algorithm, run over it, gives exactly jieba's words.

The file lives in ``$ZHPROJ_CACHE_DIR``, else ``$XDG_CACHE_HOME/zhproj-extract``, else
``~/.cache/zhproj-extract``, else the temporary folder; its name carries a digest of
jieba's version, its dictionary file's size and time, and our dictionary, so a change to
either builds a new one.
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["WordFrequencies", "cache_file", "domain_dictionary", "whole_tokenizer"]

#: Entries kept in memory once read; past this the memo starts again (a bound on memory
#: for a process that reads millions of documents).
MEMO_SIZE = 200_000


def domain_dictionary() -> bytes:
    """Our dictionary of amounts, units, company and place suffixes (jieba's format)."""
    return resources.files("zhproj_extract").joinpath("data/domain_dict.txt").read_bytes()


def cache_file() -> Path:
    """Where this machine's frequency file is (or will be) for this jieba and these words."""
    import jieba

    dictionary = Path(jieba.__file__).with_name("dict.txt")
    status = dictionary.stat() if dictionary.exists() else None
    digest = hashlib.sha256()
    digest.update(getattr(jieba, "__version__", "?").encode())
    digest.update(repr(status and (status.st_size, status.st_mtime_ns)).encode())
    digest.update(domain_dictionary())
    return _cache_dir() / f"word-freq-{digest.hexdigest()[:16]}.sqlite"


def _cache_dir() -> Path:
    for folder in (
        os.environ.get("ZHPROJ_CACHE_DIR"),
        os.environ.get("XDG_CACHE_HOME")
        and os.path.join(os.environ["XDG_CACHE_HOME"], "zhproj-extract"),
        os.path.join(os.path.expanduser("~"), ".cache", "zhproj-extract"),
        os.path.join(tempfile.gettempdir(), "zhproj-extract"),
    ):
        if not folder:
            continue
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError:
            continue
        if os.access(folder, os.W_OK):
            return Path(folder)
    return Path(tempfile.gettempdir())


def whole_tokenizer() -> Any:
    """A ``jieba.Tokenizer`` loaded the ordinary way: jieba's whole dictionary, then ours.
    Its table is what the frequency file holds, and what stands in when there is none."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    tokenizer.load_userdict(io.BytesIO(domain_dictionary()))
    return tokenizer


def _build(path: Path) -> None:
    """Write the frequency table of :func:`whole_tokenizer` into ``path``, atomically (a
    process building at the same time writes its own file and one wins)."""
    tokenizer = whole_tokenizer()
    partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.part")
    with sqlite3.connect(partial) as db:
        db.execute("CREATE TABLE freq (word TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID")
        db.execute("CREATE TABLE meta (total INTEGER)")
        db.executemany("INSERT INTO freq VALUES (?, ?)", tokenizer.FREQ.items())
        db.execute("INSERT INTO meta VALUES (?)", (tokenizer.total,))
    db.close()
    os.replace(partial, path)


_UNREAD = object()


class WordFrequencies(Mapping[str, int]):
    """jieba's ``FREQ`` table, read from this machine's frequency file as needed.

    Built on first use if the file is missing, and built again if it is found damaged
    when opened (unreadable, or cut short); a file damaged after it was opened gives way
    to the whole table in memory.  Safe to share between threads (each reads through its
    own connection) and across ``fork`` (a child opens its own).
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_file()
        if not self.path.exists():
            _build(self.path)
        self._memo: dict[str, int | None] = {}
        self._local = threading.local()
        self._whole_table: dict[str, int] | None = None
        self._whole_lock = threading.Lock()
        try:
            self.total: int = self._opened()
        except sqlite3.DatabaseError:  # damaged before it was opened: built again
            self._local = threading.local()  # forget the connection to the damaged file
            _build(self.path)
            self.total = self._opened()

    def _opened(self) -> int:
        """The total of the file's frequencies, once the file is known whole: readable,
        and as long as its header says (a file cut short reads fine until a lookup
        reaches a missing page)."""
        pages = self._query("PRAGMA page_count", ())[0]
        page_size = self._query("PRAGMA page_size", ())[0]
        if self.path.stat().st_size != pages * page_size:
            raise sqlite3.DatabaseError(f"{self.path} is not as long as its header says")
        return int(self._query("SELECT total FROM meta", ())[0])

    def _query(self, sql: str, args: tuple[Any, ...]) -> Any:
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            local.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            local.pid = os.getpid()
        return local.db.execute(sql, args).fetchone()

    def _lookup(self, word: str) -> int | None:
        memo = self._memo
        known = memo.get(word, _UNREAD)  # one step: another thread may clear the memo
        if known is not _UNREAD:
            return known  # type: ignore[return-value]
        try:
            row = self._query("SELECT n FROM freq WHERE word = ?", (word,))
        except sqlite3.Error:  # the file was damaged after it was opened
            return self._whole().get(word)
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        memo[word] = value = None if row is None else int(row[0])
        return value

    def _whole(self) -> dict[str, int]:
        """The whole table in memory, built the ordinary way (once), for when the file
        can no longer be read: slower to start, the same words."""
        with self._whole_lock:
            if self._whole_table is None:
                self._whole_table = whole_tokenizer().FREQ
        return self._whole_table

    def __getitem__(self, word: str) -> int:
        value = self._lookup(word)
        if value is None:
            raise KeyError(word)
        return value

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._lookup(word) is not None

    def get(self, word: str, default: Any = None) -> Any:
        value = self._lookup(word)
        return default if value is None else value

    def __iter__(self) -> Iterator[str]:
        raise TypeError("the word frequencies are read one word at a time, not listed")

    def __len__(self) -> int:
        return int(self._query("SELECT count(*) FROM freq", ())[0])

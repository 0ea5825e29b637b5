"""Blocks: a header line (● 项目名, 【…】, 一、…) followed by labelled sections.

::

    ● 江门储能电池项目
    项目介绍：由…公司投资建设，计划总投资200亿元，落户新会区…
    项目进展：计划3月首线试生产

The header gives the name; the intro section is where the fields are read and the
progress section where the milestones are.  A name cut by a page break goes on on the
next line.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..rules import Rule, example
from .grammar import BULLETS, ProjectGrammar
from .names import Candidate, at_line_starts

HEADER = regex.compile(
    rf"""^[ \t]*(?:
        [{BULLETS}][ \t]*(?P<name>[^\n]+?)
      | 【(?P<name>[^】\n]+)】
      | (?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[、.．]|项目[一二三四五六七八九十]+[：:])[ \t]*(?P<name>[^\n]+?)
      | (?P<name>[^\n，。；：:]{{2,40}}项目(?:（[^）\n]{{1,6}}）)?)
    )[ \t]*$""",
    regex.MULTILINE | regex.VERBOSE,
)


def _may_head(line: str) -> bool:
    """A quick test of a line before HEADER: a marker (a bullet, 【, a numeral or a digit,
    项目一：) starts it, or a name ends in it with 项目 and has no clause punctuation."""
    if len(line) < 2:
        return False
    first = line.lstrip(" \t")[:1]
    if first in _MARKS or first.isdigit() or first > "\uffff":  # (maybe a newer digit)
        return True
    at = line.find("项目")
    return at >= 0 and _CLAUSE_MARKS.isdisjoint(line[:at])


_MARKS = frozenset(BULLETS + "【一二三四五六七八九十（(项")
_CLAUSE_MARKS = frozenset("，。；：:")

_NON_SPACE = regex.compile(r"\S")
#: A name cut by a page break: the rest of it stands alone on the next line.
_NAME_REST = regex.compile(r"[ \t]*[^\n，。；：:！？]{1,16}[ \t]*(?=\n|$)")

RULE = Rule(
    "projects.blocks",
    "A header line (●, 【】, 一、, 1.) over labelled sections (项目介绍：, 项目进展：).",
    (
        example(
            "● 滨江储能电池项目\n项目介绍：由海川新能源有限公司投资建设，计划总投资80亿元，落户滨江区。\n"
            "项目进展：3月已开工建设。",
            {"name": "滨江储能电池项目", "investor": "海川新能源有限公司", "investment": "8000000000",
             "location": "滨江区"},
        ),
        example("● 会议议程\n主持人讲话。"),
    ),
)  # fmt: skip


@dataclass(frozen=True)
class Block:
    """A block's sections: section kind → normalised (start, end) of its text."""

    sections: dict[str, tuple[int, int]]


def find(text: str, grammar: ProjectGrammar) -> list[Candidate]:
    """Block headers followed by at least one labelled section."""
    section_at = grammar.section.match
    headers = [
        m for m in at_line_starts(HEADER, text, _may_head) if not section_at(text, m.start())
    ]
    found: list[Candidate] = []
    for i, header in enumerate(headers):
        limit = headers[i + 1].start() if i + 1 < len(headers) else len(text)
        sections: dict[str, tuple[int, int]] = {}
        pos = end = header.end()
        name_end = header.end("name")
        while True:
            nxt = _NON_SPACE.search(text, pos, limit)
            if nxt is None:
                break
            line_start = text.rfind("\n", 0, nxt.start()) + 1
            section = section_at(text, line_start)
            if section is None:
                rest = _NAME_REST.match(text, line_start) if not sections else None
                following = _NON_SPACE.search(text, rest.end(), limit) if rest else None
                if (
                    rest
                    and following
                    and section_at(text, text.rfind("\n", 0, following.start()) + 1)
                ):
                    pos = name_end = rest.end()  # the name went on after a page break
                    continue
                break  # a line that is not a section ends the block
            line_end = text.find("\n", section.end(), limit)
            line_end = limit if line_end < 0 else line_end
            kind = grammar.section_labels[section.group("label")]
            sections.setdefault(kind, (section.end(), line_end))
            pos = end = line_end
        if sections:
            start = header.start("name")
            found.append(Candidate(start, name_end, "block", (start, end), block=Block(sections)))
    return found

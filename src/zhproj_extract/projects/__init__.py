"""Projects: the distinct projects of a release, whatever its layout.

Each layout module finds where projects are named and what stretch of text describes
each (:class:`~.names.Candidate`): :mod:`.blocks` (● 名称 / 项目介绍：…), :mod:`.lists`
(enumerations, numbered lines, ；-items), :mod:`.forms` (项目名称：…, flattened tables)
and :mod:`.prose` (names in sentences, headings, approval titles).  :mod:`.fields` reads
each one's fields from the Document's mentions, and :mod:`.merge` joins the candidates
that name the same project into one :class:`~zhproj_extract.models.Project` with every
mention and every field.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..models import DateMention, Money, Project, Quantity, ReferenceDate
from ..reading.pipe_tables import pipe_tables
from ..reading.text import NormalizedText
from ..rules import Rule
from . import blocks, debris, forms, lists, prose, respectively
from .assemble import assemble
from .fields import Mentions
from .grammar import DEFAULT_GRAMMAR, SECTION_LABELS, STAGES, ProjectGrammar
from .merge import keep_abbreviations, merge
from .names import Taken
from .timeline import dated_statuses

__all__ = [
    "DEFAULT_GRAMMAR",
    "RULES",
    "SECTION_LABELS",
    "STAGES",
    "ProjectGrammar",
    "find_projects",
]

#: The example corpus of every layout, run by ``tests/test_corpus.py``.
RULES: tuple[Rule, ...] = (blocks.RULE, lists.RULE, forms.RULE, prose.RULE, respectively.RULE)


def find_projects(
    ntext: NormalizedText,
    money: Sequence[Money],
    quantities: Sequence[Quantity],
    dates: Sequence[DateMention],
    grammar: ProjectGrammar = DEFAULT_GRAMMAR,
    reference: ReferenceDate | None = None,
) -> list[Project]:
    """Every distinct project named in ``ntext``, its fields read from the mentions; a
    milestone's status, where no word states it, from its date and the ``reference``."""
    text = ntext.text
    candidates = blocks.find(text, grammar)
    block_scopes = Taken([c.scope for c in candidates])
    # a table's row is one project's, read no other way; its other rows are no one's
    rows = [c for c in forms.table_rows(ntext) if c.start not in block_scopes]
    candidates += rows
    in_blocks = [c.scope for c in candidates] + [
        (t.header[0][0], t.rows[-1][-1][1]) for t in pipe_tables(ntext)
    ]
    in_blocks += debris.links(text)  # 上一篇：…项目正式投产 is another article's
    blocked = Taken(in_blocks)

    def outside(found: list) -> list:  # type: ignore[type-arg]
        return [c for c in found if c.start not in blocked]

    records = outside(forms.records(text))
    candidates += records
    listed = outside(lists.enumerations(text) + lists.lines(text) + lists.semicolon_items(text))
    candidates += listed
    # a record's fields describe its project (项目概况：…建设30万吨/年…装置及配套公用工程)
    taken = in_blocks + [c.scope for c in listed] + [c.scope for c in records]
    candidates = [c for c in candidates if not c.fields.get("section")]  # (read, not projects)
    candidates += prose.find(text, Taken(taken))
    named = [(c.start, c.end) for c in candidates if not c.fields.get("abbreviation_only")]
    candidates += prose.headings(text, Taken(taken + named))
    candidates = keep_abbreviations(text, candidates)
    found = Mentions(ntext, money, quantities, dates)
    drafts = respectively.pair(ntext, assemble(ntext, candidates, found, grammar), found)
    projects = merge(drafts, _headline_end(text))
    return dated_statuses(projects, reference)


#: What a headline does not hold: a sentence's end, a field's colon, a list's marker.
_NOT_A_HEADLINE = regex.compile(
    r"[。：:]|^[ \t]*(?:[（(【\[]|\d{1,3}[、.．]|[一二三四五六七八九十]{1,3}、)", regex.MULTILINE
)
#: A newspaper's masthead line over the headline: its name, date and page.
_MASTHEAD = regex.compile(
    r"[^\n]{0,30}?(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,2}版)[^\n]{0,20}(?=\n)"
)
#: A line of a newspaper page's navigation under its masthead.
_PAGE_NAVIGATION = regex.compile(
    r"[^\n]{0,20}?(?:上一期|下一期|上一版|下一版|版面导航|返回目录)[^\n]{0,20}(?=\n)"
)
#: The longest first line read as a headline.
_HEADLINE = 60


def _headline_end(text: str) -> int:
    """Where the article's headline ends: its first line, when short and no sentence
    (0 when the text opens otherwise)."""
    start = 0
    while start < len(text) and text[start].isspace():
        start += 1
    masthead = _MASTHEAD.match(text, start)
    while masthead is not None:  # 盐城日报 2026年4月21日 第A01版：要闻, over the headline
        start = masthead.end()
        while start < len(text) and text[start].isspace():
            start += 1
        masthead = _PAGE_NAVIGATION.match(text, start)  # 上一期  下一期  ◀ 版面导航
    end = text.find("\n", start)
    if end < 0 or end - start > _HEADLINE or _NOT_A_HEADLINE.search(text, start, end):
        return 0  # (a sentence, a form's field, a list's first item)
    return end

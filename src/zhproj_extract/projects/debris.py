"""The links to other articles that a text copied off a web page keeps around it.

A release copied from a site often brings 上一篇：… / 下一篇：… along, or a 相关链接 /
相关新闻 list of other headlines.  Those headlines name other projects (上一篇：总投资12亿元
澧川智能装备产业园项目正式投产); they are no project of this article and take none of its
events, so no project is read from them.  (A page read as HTML loses them to trafilatura
before they get here.)
"""

from __future__ import annotations

import re

__all__ = ["links"]

#: A line that links the article before or after this one, or that heads a list of other
#: articles' headlines (compiled with ``re``, which scans a text for them in one pass).
_LINK_LINE = re.compile(
    r"^[ \t]*[【\[]?(?:(?P<neighbour>上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇)[】\]]?[：:].*"
    r"|(?:相关(?:链接|新闻|阅读|文章|报道|推荐|资讯)|推荐阅读|延伸阅读|热门(?:新闻|文章)|猜你喜欢|"
    r"更多新闻|往期回顾)[】\]]?[：:]?[ \t]*)$",
    re.MULTILINE,
)
#: The longest line read as a headline of such a list.
_HEADLINE = 60


def links(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that link other articles: neighbour links, and each list of
    headlines with its heading (the short lines under it without a full stop)."""
    found = []
    for m in _LINK_LINE.finditer(text):
        end = m.end()
        if m.group("neighbour") is None:  # a list's heading: its headlines below it
            while end < len(text):
                line_end = text.find("\n", end + 1)
                line_end = len(text) if line_end < 0 else line_end
                line = text[end + 1 : line_end]
                if len(line) > _HEADLINE or "。" in line:
                    break
                end = line_end
        found.append((m.start(), end))
    return found

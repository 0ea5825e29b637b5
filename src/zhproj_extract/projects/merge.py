"""One project, however often it is named: candidates that name the same project merge.

Two names are the same project's when they are equal without spaces, punctuation and a
final 项目 (百花小镇 / 百花小镇项目), when one is the other with a company or place in
front (诚意药业海洋生物医药制造项目 / 海洋生物医药制造项目), or when a short name is part
of exactly one earlier name (仙回项目 → 昭平仙回风电场).  The merged project keeps the
name of its first mention, every mention, and each field from the first place that
states it (a block's fields before any other).
"""

from __future__ import annotations

import regex

from ..models import Milestone, Phase, Project, Quantity, Span
from .assemble import Draft, measure
from .fields import named_before
from .grammar import PHASES
from .names import Candidate, name_key

__all__ = ["merge"]

#: Fields that are filled from the first draft that states them, by the field whose
#: weakness they share (investor_span: investor; None: never weak).
_SINGLE: dict[str | None, tuple[str, ...]] = {
    None: ("investment", "annual_output", "tax", "jobs", "land_area", "significance"),
    "investor": ("investor", "investor_span"),
    "location": ("location", "location_span"),
}


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.endswith("期") and _HEAD_BEFORE_PHASE.sub("", a) == _HEAD_BEFORE_PHASE.sub("", b):
        return True  # 滨江算力中心一期 / 滨江算力中心项目一期 (keys that end alike)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    # 诚意药业海洋生物医药制造 / 海洋生物医药制造; not 年产6.5GW高效电池和1.5GW… / 1.5GW…
    if (
        len(short) >= 4
        and long.endswith(short)
        and not long[: -len(short)].endswith(("和", "及", "与", "、"))
    ):
        return True
    # 江西瑞峰年产5GWh储能电池 / 江西瑞峰储能电池: the same name without its figure
    return (
        _FIGURE.search(long) is not None
        and _FIGURE.search(short) is None
        and (len(short) >= 6 and _FIGURE.sub("", long) == short)
    )


#: A capacity written in a name (年产5GWh, 10万吨), which a later mention may leave out.
_FIGURE = regex.compile(
    r"(?:年产|年加工|年处理)?[0-9][0-9.]*[万亿千]?[A-Za-z]*(?:吨|台|套|件|辆|平方米|立方米)?"
)


#: The head before a phase that ends a key (…项目一期): a phase named with it or without.
_HEAD_BEFORE_PHASE = regex.compile(r"(?:项目|工程)(?=(?:" + "|".join(PHASES) + r")$)")
#: A phase written after a whole project's name (…基地项目一期, …工程（二期）): the project's
#: phase, where the whole is named too; 二期项目 named as such stays a project of its own.
_PHASE_OF = regex.compile(r"(?<=项目|工程)[（(]?(?:" + "|".join(PHASES) + r")(?:工程|项目)?[）)]?$")


def merge(found: list[tuple[Candidate, Draft]], headline_end: int = 0) -> list[Project]:
    """The distinct projects among ``found``, in order of first mention.

    Two keys that are the same project's end with the same character (:func:`_same`), so
    a key is compared only with the earlier keys that end as it does.  A project named
    only in the headline (before ``headline_end``) is the body's project of the same
    amount where there is exactly one, or the body's only project: the headline describes
    it in other words."""
    groups: list[list[Draft]] = []
    keys: list[str] = []
    by_last: dict[str, list[int]] = {}  # the index of each key, by its last character
    phase_of: dict[str, int] = {}  # a whole's key, by the group its phase was named first in
    for candidate, draft in found:
        key = draft.key or name_key(draft.name)
        if not key:
            continue
        alone = candidate.fields.get("abbreviation_only", False)
        home = next((i for i in by_last.get(key[-1], ()) if _same(keys[i], key)), None)
        whole = _whole_of_phase(key, draft.name) if home is None else None
        if whole:  # X项目一期: X项目's phase, if it is named
            home = next((i for i in by_last.get(whole[-1], ()) if keys[i] == whole), None)
        if home is None and key in phase_of:  # X项目一期 first, then X项目: the whole's
            home = phase_of.pop(key)
            groups[home].insert(0, draft)
            keys[home] = key
            by_last.setdefault(key[-1], []).append(home)
            continue
        if home is None and len(key) <= 6:
            holders = [i for i, k in enumerate(keys) if key in k]
            home = holders[0] if len(holders) == 1 else None
            if home is not None and _gainsays(groups[home], draft):
                home = None  # 光伏组件项目 of another investor and amount: its own project
        if home is None:  # 楚星新能源项目一期, after 湖北楚星新能源科技有限公司的X项目
            home = _of_its_company(groups, whole or key)
        if home is None and alone:
            continue  # a short name that abbreviates no project named before it
        if home is None:
            if whole:
                phase_of.setdefault(whole, len(keys))
            by_last.setdefault(key[-1], []).append(len(keys))
            groups.append([draft])
            keys.append(key)
        else:
            groups[home].append(draft)
    if headline_end:
        groups = _headline_into_body(groups, headline_end)
    return [_joined(group) for group in groups]


def _of_its_company(groups: list[list[Draft]], short: str) -> int | None:
    """The one group whose stated investor holds ``short`` (a name that is a company's
    short name and 项目: 楚星新能源项目 after 湖北楚星新能源科技有限公司年产4万吨…项目)."""
    if len(short) < 2:
        return None
    owned = [
        i
        for i, group in enumerate(groups)
        if any(
            d.investor and short in d.investor and d.investor != short and "investor" not in d.weak
            for d in group
        )
    ]
    return owned[0] if len(owned) == 1 else None


def _gainsays(group: list[Draft], draft: Draft) -> bool:
    """Whether ``draft`` states another investment or another investor than ``group`` does:
    a short name that only abbreviates a project restates neither otherwise."""
    amount, own = _amount(group), draft.investment
    if amount is not None and own is not None and (own.value, own.unit) != amount:
        return True
    stated = {d.investor for d in group if d.investor and "investor" not in d.weak}
    return bool(stated and draft.investor and "investor" not in draft.weak) and (
        draft.investor not in stated
    )


def _headline_into_body(groups: list[list[Draft]], headline_end: int) -> list[list[Draft]]:
    """``groups`` with a group named only in the headline joined to the body's one group
    of the same amount (舍弗勒太仓增资2.3亿美元建设新能源汽车零部件工厂 / …增资2.3亿美元，
    …建设舍弗勒电驱动零部件项目), or to the body's only project, after the body's drafts:
    the body names it."""
    kept = list(groups)
    body = [g for g in groups if all(d.mention.end > headline_end for d in g)]
    for group in groups:
        if any(d.mention.end > headline_end or d.layout not in _HEADLINED for d in group):
            continue  # (a list's first item or a form's first field is no headline)
        amount = _amount(group)
        same = [g for g in body if amount is not None and _amount(g) == amount]
        if not same and len(body) == 1 and None in (amount, _amount(body[0])):
            same = body  # the body's one project, which the headline's amount does not gainsay
        if len(same) == 1:
            same[0].extend(group)
            kept.remove(group)
    return kept


#: The layouts of a name a headline holds.
_HEADLINED = ("prose", "heading")


def _amount(group: list[Draft]) -> tuple[object, str] | None:
    """The investment the first draft of ``group`` that states one states."""
    money = next((d.investment for d in group if d.investment is not None), None)
    return (money.value, money.unit) if money is not None else None


def keep_abbreviations(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the short names that abbreviate no project (read before any
    field is, since only those that join a project are worth reading)."""
    names = [name_key(text[c.start : c.end]) for c in candidates]
    strong = {k for c, k in zip(candidates, names, strict=True) if not _alone(c)}
    return [
        c
        for c, key in zip(candidates, names, strict=True)
        if not _alone(c)
        or key in strong
        or any(_same(k, key) or (len(key) <= 6 and key in k) for k in strong)
        or _whole_of_phase(key) in strong  # 确保X项目一期6月底前投产, after X项目
        or _a_companys(text, key, c.start)  # 华晟项目, after 华晟新能源有限公司 invests in one
    ]


def _a_companys(text: str, key: str, pos: int) -> bool:
    """Whether ``key`` is the short name of a company named in full shortly before ``pos``."""
    return 2 <= len(key) <= 6 and named_before(text, key, pos)


def _whole_of_phase(key: str, name: str = "") -> str | None:
    """The whole project's key of a phase's (X项目一期: X项目; a facility's phase, …中心一期:
    …中心), if ``key`` names a phase (not 二期项目, a project named as such)."""
    phase = _PHASE_OF.search(key)
    if phase is None and name and not name.endswith(("项目", "工程")):
        phase = _BARE_PHASE.search(key)
    return name_key(key[: phase.start()]) if phase is not None else None


#: A phase that ends a name without a head before it (…智算中心一期).
_BARE_PHASE = regex.compile("(?:" + "|".join(PHASES) + ")$")


def _alone(candidate: Candidate) -> bool:
    return bool(candidate.fields.get("abbreviation_only"))


def _joined(group: list[Draft]) -> Project:
    """One project from its drafts; a place stated for it wins over the place its
    paragraph or article is about."""
    first = group[0]
    ordered = sorted(group, key=lambda d: d.layout != "block") if len(group) > 1 else group
    mentions = [d.mention for d in group]
    fields: dict[str, object] = {  # (a project named once keeps its one mention)
        "name": first.name,
        "start": first.start,
        "end": first.end,
        "layout": first.layout,
        "mentions": mentions
        if len(mentions) == 1
        else sorted(set(mentions), key=lambda m: m.start),
    }
    for weakness, names in _SINGLE.items():
        by = ordered
        if (
            weakness is not None
            and len(group) > 1
            and any(weakness in d.weak or weakness in d.labelled for d in group)
        ):  # the labelled ones first, then the stated ones
            by = sorted(ordered, key=lambda d: (weakness in d.weak, weakness not in d.labelled))
        _first_stated(by, names, fields)
    # each phase once, as the first draft that names it states it (a phase's own sentence
    # named before the whole: 一期正式投入运营。…二期计划…)
    phases: dict[str, Phase] = {}
    for d in ordered:
        for phase in d.phases:
            kept = phases.setdefault(phase.name, phase)
            if kept is not phase:
                phases[phase.name] = _phase_joined(kept, phase)
    fields["phases"] = list(phases.values())
    # every capacity and product the text states, once
    fields["capacities"] = _once_each(
        _unnamed_again([q for d in ordered for q in d.capacities], mentions)
    )
    fields["products"] = list(dict.fromkeys(x for d in ordered for x in d.products))
    stated = [m for d in ordered for m in d.progress if not m.implicit]
    implied = [m for d in ordered for m in d.progress if m.implicit]
    fields["progress"] = _each_stage_once([*stated, *implied])
    fields["sections"] = first.sections
    block = next((d for d in group if d.layout == "block"), None)
    if block is not None:
        fields.update(start=block.start, end=block.end, layout="block", sections=block.sections)
    return Project(**fields)  # type: ignore[arg-type]


#: Dates said from the article's day (今天, 近日), which a day written out dates better.
_DEICTIC = ("date.relative_day", "date.recent")


def _dated(phase: Phase) -> int:
    """How many of a phase's milestones are dated, and whether it states its investment."""
    return sum(m.date is not None for m in phase.progress) + (phase.investment is not None)


def _phase_joined(kept: Phase, other: Phase) -> Phase:
    """One phase from two mentions of it: the investment the first states, each capacity
    once, and each stage once, dated where either dates it (a headline's 一期投运, the
    body's 5月20日…; 一期正式投入运营。…项目一期投资11亿元)."""
    if _dated(other) > _dated(kept):
        kept, other = other, kept  # the span of the mention that states it best
    return kept.model_copy(
        update={
            "investment": kept.investment or other.investment,
            "capacities": _once_each([*kept.capacities, *other.capacities]),
            "progress": _each_stage_once([*kept.progress, *other.progress]),
        }
    )


def _each_stage_once(milestones: list[Milestone]) -> list[Milestone]:
    """Each stage of ``milestones`` once, the first kept unless a later one dates it
    better (a headline's 三期项目开工 or …今天开工, the body's 5月18日…)."""
    progress: list[Milestone] = []
    for m in milestones:
        same = next((i for i, k in enumerate(progress) if k.stage == m.stage), None)
        if same is None:
            progress.append(m)
        elif _less_dated(progress[same], m):
            progress[same] = m
    return progress


def _less_dated(kept: Milestone, other: Milestone) -> bool:
    """Whether ``other``, a stated milestone of ``kept``'s stage, dates it better: ``kept``
    has no date, or one said from the article's day where ``other`` writes the day out."""
    if other.implicit or other.date is None:
        return False
    if kept.date is None:
        return True
    return (
        kept.date.rule in _DEICTIC
        and other.date.rule not in _DEICTIC
        and (other.date.granularity == "day")
    )


def _first_stated(drafts: list[Draft], names: tuple[str, ...], into: dict[str, object]) -> None:
    """Each field of ``names`` into ``into``: the first of ``drafts``' values of it that
    is stated (not None)."""
    for name in names:
        value = None
        for d in drafts:
            value = getattr(d, name)
            if value is not None:
                break
        into[name] = value


def _unnamed_again(capacities: list[Quantity], names: list[Span]) -> list[Quantity]:
    """``capacities`` without those written in a name (年产12万吨…项目) that the text
    states again, or that the name written again repeats: one figure, not two (the same
    figure of two products stays twice)."""
    if len(capacities) < 2:
        return capacities  # nothing stated twice
    in_name = [any(n.start <= q.start < n.end for n in names) for q in capacities]
    if not any(in_name):
        return capacities
    said = {measure(q) for q, named in zip(capacities, in_name, strict=True) if not named}
    kept = []
    for q, named in zip(capacities, in_name, strict=True):
        if named and measure(q) in said:
            continue
        if named:
            said.add(measure(q))  # the name written again holds the same figure
        kept.append(q)
    return kept


def _once_each(capacities: list[Quantity]) -> list[Quantity]:
    """Each capacity once, the first kept: two are the same when their JSON is.  Two at
    different spans never are, so the JSON is written only where a span comes back."""
    if len(capacities) < 2 or len({(q.start, q.end) for q in capacities}) == len(capacities):
        return capacities
    seen: dict[str, Quantity] = {}
    for q in capacities:
        seen.setdefault(q.model_dump_json(), q)
    return list(seen.values())

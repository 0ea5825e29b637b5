"""One project, however often it is named: candidates that name the same project merge.

Two names are the same project's when they are equal without spaces, punctuation and a
final 项目 (百花小镇 / 百花小镇项目), when one is the other with a company or place in
front (诚意药业海洋生物医药制造项目 / 海洋生物医药制造项目), or when a short name is part
of exactly one earlier name (仙回项目 → 昭平仙回风电场).  The merged project keeps the
name of its first mention, every mention, and each field from the first place that
states it (a block's fields before any other).
"""

from __future__ import annotations

from ..models import Milestone, Project, Quantity
from .names import Candidate, name_key

__all__ = ["merge"]

#: Fields that are filled from the first candidate that has them.
_SINGLE = ("investor", "investor_span", "location", "location_span", "investment",
           "annual_output", "tax", "jobs", "land_area", "significance")  # fmt: skip
#: Each of those with the field whose weakness it shares (investor_span: investor).
_SINGLE_FIELDS = tuple((name, name.removesuffix("_span")) for name in _SINGLE)


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    # 诚意药业海洋生物医药制造 / 海洋生物医药制造; not 年产6.5GW高效电池和1.5GW… / 1.5GW…
    return (
        len(short) >= 4
        and long.endswith(short)
        and not long[: -len(short)].endswith(("和", "及", "与", "、"))
    )


def merge(found: list[tuple[Candidate, Project]]) -> list[Project]:
    """The distinct projects among ``found``, in order of first mention."""
    groups: list[list[Project]] = []
    weak = {  # each project's fields that are only implied
        id(p): {name for name in ("location", "investor") if c.fields.get(f"weak_{name}")}
        for c, p in found
    }
    keys: list[str] = []
    for candidate, project in found:
        key = name_key(project.name)
        if not key:
            continue
        alone = candidate.fields.get("abbreviation_only", False)
        home = next((i for i, k in enumerate(keys) if _same(k, key)), None)
        if home is None and len(key) <= 6:
            holders = [i for i, k in enumerate(keys) if key in k]
            home = holders[0] if len(holders) == 1 else None
        if home is None and alone:
            continue  # a short name that abbreviates no project named before it
        if home is None:
            groups.append([project])
            keys.append(key)
        else:
            groups[home].append(project)
    return [_joined(group, weak) for group in groups]


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
    ]


def _alone(candidate: Candidate) -> bool:
    return bool(candidate.fields.get("abbreviation_only"))


def _joined(group: list[Project], weak: dict[int, set[str]]) -> Project:
    """One project from its mentions; a place stated for it wins over the place its
    paragraph or article is about."""
    first = group[0]
    ordered = sorted(group, key=lambda p: p.layout != "block")
    mentions = [m for p in group for m in p.mentions]
    update: dict[str, object] = {  # (a project named once keeps its one mention)
        "mentions": mentions if len(mentions) == 1 else sorted(set(mentions), key=lambda m: m.start)
    }
    weak_here = set().union(*(weak[id(p)] for p in group))
    for name, field in _SINGLE_FIELDS:
        by = sorted(ordered, key=lambda p: field in weak[id(p)]) if field in weak_here else ordered
        update[name] = _first_stated(by, name)
    for name in ("phases",):
        update[name] = next((getattr(p, name) for p in ordered if getattr(p, name)), [])
    # every capacity and product the text states, once
    update["capacities"] = _once_each([q for p in ordered for q in p.capacities])
    update["products"] = list(dict.fromkeys(x for p in ordered for x in p.products))
    stated = [m for p in ordered for m in p.progress if not m.implicit]
    implied = [m for p in ordered for m in p.progress if m.implicit]
    progress: list[Milestone] = []
    for m in [*stated, *implied]:
        if all(m.stage != k.stage for k in progress):
            progress.append(m)
    update["progress"] = progress
    block = next((p for p in group if p.layout == "block"), None)
    if block is not None:
        update.update(start=block.start, end=block.end, layout="block", sections=block.sections)
    return first.model_copy(update=update)


def _first_stated(projects: list[Project], name: str) -> object:
    """The first of ``projects``' values of field ``name`` that is stated (not None)."""
    value = None
    for p in projects:
        value = getattr(p, name)
        if value is not None:
            break
    return value


def _once_each(capacities: list[Quantity]) -> list[Quantity]:
    """Each capacity once, the first kept: two are the same when their JSON is.  Two at
    different spans never are, so the JSON is written only where a span comes back."""
    if len({(q.start, q.end) for q in capacities}) == len(capacities):
        return capacities
    seen: dict[str, Quantity] = {}
    for q in capacities:
        seen.setdefault(q.model_dump_json(), q)
    return list(seen.values())

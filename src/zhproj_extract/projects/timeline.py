"""A stated milestone's status from its date, where no word states it.

项目于2023年10月开工 says nothing of whether it happened, but an article of 2024 reports
it as done; 项目2026年建成 in the same article is still ahead.  A milestone the text
dates and gives no status word is done when its date has passed by the article's own
date (the reference date), planned when it has not begun by then, and stays unknown
when the two overlap or the article's date is not known.
"""

from __future__ import annotations

from ..models import Milestone, Project, ReferenceDate, Status

__all__ = ["dated_statuses"]


def dated_statuses(projects: list[Project], reference: ReferenceDate | None) -> list[Project]:
    """``projects`` with each undated-status milestone's status read from its date."""
    if reference is None or (reference.date is None and reference.year is None):
        return projects
    out = []
    for project in projects:
        progress = _with_statuses(project.progress, reference)
        phases = [
            phase.model_copy(update={"progress": dated})
            if (dated := _with_statuses(phase.progress, reference)) is not phase.progress
            else phase
            for phase in project.phases
        ]
        changed = progress is not project.progress or any(
            a is not b for a, b in zip(phases, project.phases, strict=True)
        )
        update = {"progress": progress, "phases": phases}
        out.append(project.model_copy(update=update) if changed else project)
    return out


def _with_statuses(progress: list[Milestone], reference: ReferenceDate) -> list[Milestone]:
    """``progress`` with each status read from its date where needed; the same list when
    none is."""
    dated = [_with_status(m, reference) for m in progress]
    return progress if all(a is b for a, b in zip(dated, progress, strict=True)) else dated


def _with_status(milestone: Milestone, reference: ReferenceDate) -> Milestone:
    date = milestone.date
    if milestone.status != "unknown" or date is None:
        return milestone
    if date.start_date is None:  # 年底前: a deadline, planned while its end is ahead
        ahead = (
            date.modifier in ("before", "until")
            and date.end_date is not None
            and reference.date is not None
            and date.end_date > reference.date
        )
        return milestone.model_copy(update={"status": "planned"}) if ahead else milestone
    start, end = date.start_date, date.end_date or date.start_date
    status: Status = "unknown"
    if reference.date is not None:
        if end <= reference.date:
            status = "done"
        elif start > reference.date or date.modifier in ("before", "until"):
            status = "planned"  # (2025年3月前投运: a deadline still ahead)
    elif reference.year is not None:
        if end.year < reference.year:
            status = "done"
        elif start.year > reference.year:
            status = "planned"
    return milestone if status == "unknown" else milestone.model_copy(update={"status": status})

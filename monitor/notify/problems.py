"""What there is to alert about: the problems of a report, each with who is told about it.

A problem is keyed by (recipient, owner, rule, item), the key of its alert state:

- recipient: one e-mail address of the subject's `email` (a unit is an address; a subject with two
  addresses is two units' problem), or '' when the subject has none (tracked for the summary);
- owner: "site:<网站标识码>" or "account:<key>";
- item: what tells apart several problems of one rule, and stays the same while the problem does:
  a veto's or finding's wording without its parenthesised figures (站点无法访问（…占比6%）is one
  problem whatever the ratio), a broken link's URL, a warned column's URL.

Kinds: veto (fails now), warning (fails on its date), link (a broken link, one per URL) and finding
(notice findings and other deductions). Which rules were decided is kept per subject: a problem of
an undecided rule, or of a subject not checked, is never taken as resolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, NamedTuple

from monitor.config import Config
from monitor.report.model import Report
from monitor.report.worklist import addresses
from monitor.rules.verdict import AccountVerdict, Evidence, SiteVerdict
from monitor.vocab import PLATFORM_NAMES

Kind = Literal["veto", "warning", "link", "finding"]
LINK_RULES = frozenset({"deduct.links_home", "deduct.links_other"})
EVIDENCE_SHOWN = 5


@dataclass(frozen=True)
class Subject:
    """A website or account as alerts see it."""

    owner: str
    name: str  # as the digest names it: 淄博市教育局, 淄博发布（新浪微博）
    unit: str
    kind: Literal["website", "account"]
    recipients: tuple[str, ...]  # ('',) when it has no address
    verdict: str
    undecided: frozenset[str]  # rules that were not decided: they resolve nothing

    def decides(self, rule: str) -> bool:
        return self.verdict != "not_checked" and rule not in self.undecided


@dataclass(frozen=True)
class Problem:
    recipient: str
    owner: str
    rule: str
    item: str
    kind: Kind
    name: str
    text: str
    evidence: tuple[tuple[str, str], ...] = ()  # (url, detail)
    fails_on: date | None = None
    url: str | None = None

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.recipient, self.owner, self.rule, self.item)


class _Found(NamedTuple):
    rule: str
    item: str
    kind: Kind
    text: str
    evidence: tuple[tuple[str, str], ...] = ()
    fails_on: date | None = None
    url: str | None = None


def wording(text: str) -> str:
    """A problem's wording without its parenthesised figures (as findings key deductions)."""
    return text.split("（")[0]


def _evidence(items: tuple[Evidence, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((e.url, e.detail) for e in items)


def _undecided(verdict: SiteVerdict | AccountVerdict) -> frozenset[str]:
    notes = verdict.notes if isinstance(verdict, SiteVerdict) else ()
    return frozenset({u.rule for u in (*verdict.unknown, *notes)} | {n.rule for n in verdict.not_assessed})


def _site_problems(v: SiteVerdict) -> list[_Found]:
    found = [_Found(x.rule, wording(x.text), "veto", x.text, _evidence(x.evidence)) for x in v.vetoes]
    if not v.vetoes and v.verdict == "fail" and v.score is not None:
        found.append(_Found("site.score", "", "veto", f"得分{v.score:g}分，低于60分"))
    found += [_Found(x.rule, wording(x.text), "finding", x.text, _evidence(x.evidence)) for x in v.findings]
    for d in v.deductions:
        if d.rule in LINK_RULES:
            found += [_Found(d.rule, e.url, "link", e.detail, ((e.url, e.detail),), url=e.url) for e in d.evidence]
        else:
            found.append(_Found(d.rule, wording(d.text), "finding", f"{d.text}，扣{d.points:g}分",
                                _evidence(d.evidence)))
    found += [_Found(w.rule, w.url or wording(w.text), "warning", w.text, (), w.fails_on, w.url) for w in v.warnings]
    return found


def fleet(report: Report, config: Config) -> tuple[dict[str, Subject], list[Problem]]:
    """The subjects of the report by owner, and their problems, one per recipient."""
    site_email = {s.code: s.email for s in config.sites}
    account_email = {a.key: a.email for a in config.accounts}
    subjects: dict[str, Subject] = {}
    problems: dict[tuple[str, str, str, str], Problem] = {}

    def add(subject: Subject, found: list[_Found]) -> None:
        subjects[subject.owner] = subject
        for f in found:
            for recipient in subject.recipients:
                problem = Problem(recipient, subject.owner, f.rule, f.item, f.kind, subject.name, f.text, f.evidence,
                                  f.fails_on, f.url)
                problems.setdefault(problem.key, problem)

    for v in report.websites:
        owner = f"site:{v.code}"
        subject = Subject(owner, v.name, v.unit, "website", addresses(site_email.get(v.code)) or ("",), v.verdict,
                          _undecided(v))
        add(subject, _site_problems(v))
    for a in report.accounts:
        key = a.key or (a.code or f"{a.platform}:{a.name}")
        name = f"{a.name}（{PLATFORM_NAMES.get(a.platform, a.platform)}）"
        subject = Subject(f"account:{key}", name, a.unit, "account", addresses(account_email.get(key)) or ("",),
                          a.verdict, _undecided(a))
        found = [_Found(x.rule, wording(x.text), "veto", x.text, _evidence(x.evidence)) for x in a.vetoes]
        found += [_Found(x.rule, wording(x.text), "finding", x.text, _evidence(x.evidence)) for x in a.findings]
        found += [_Found(w.rule, "", "warning", w.text, (), w.fails_on, w.url) for w in a.warnings]
        add(subject, found)
    return subjects, list(problems.values())

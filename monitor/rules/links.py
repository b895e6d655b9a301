"""deduct.links_home and deduct.links_other: broken links, on the homepage and on other pages.

A link is broken only when its server or the name system said so (HTTP error, no such host); a
link that timed out or was refused is undecided and may cost at most its points.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.rules.model import Rule
from monitor.rules.verdict import PASSED, Deduction, Evidence, Outcome, Unknown

if TYPE_CHECKING:
    from monitor.rules.context import SiteContext


def _links(ctx: SiteContext, on_home: bool, rule: Rule) -> Outcome:
    links = [link for link in ctx.site.links if link.on_homepage == on_home]
    broken = [link for link in links if link.broken]
    undecided = sum(1 for link in links if link.undecided)
    points = rule.param("points")
    unknown = ()
    if undecided:
        unknown = (Unknown(rule.id, f"{undecided}个链接无法判断是否可用", at_stake=undecided * points),)
    if not broken:
        return Outcome(unknown=unknown) if unknown else PASSED
    evidence = tuple(
        Evidence(link.url, link.checked_at, f"{link.error or f'HTTP {link.status}'}（见于 {link.found_on}）")
        for link in broken
    )
    deduction = Deduction(rule.id, round(len(broken) * points, 2), f"{rule.text('broken')}（{len(broken)}个）", evidence)
    return Outcome(deductions=(deduction,), unknown=unknown)


def evaluate_links_home(ctx: SiteContext, rule: Rule) -> Outcome:
    return _links(ctx, True, rule)


def evaluate_links_other(ctx: SiteContext, rule: Rule) -> Outcome:
    return _links(ctx, False, rule)

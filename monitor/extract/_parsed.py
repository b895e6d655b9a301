"""The parsed page every step of extraction reads, once per page: tree, metas, scripts, families."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from selectolax.lexbor import LexborNode

from monitor.extract._dom import Marks
from monitor.extract._urls import Resolver


class Script(NamedTuple):
    """One <script> element as written: its src (None when inline), type, id and code."""

    src: str | None
    type: str
    id: str
    code: str


@dataclass(frozen=True)
class Parsed:
    """The parsed page every step reads: body (scripts stripped), metas, title, script code.

    url is the page URL as the caller gave it (resolve.base_url is the effective base, without
    its fragment); text the page text the tree was parsed from (after the families' prepare
    hooks); scripts all inline script code with comments removed; script_elements every
    <script> with its attributes and raw code. Which CMS families are on the page is asked of
    monitor.extract.families, which runs each family's detector at most once per page (the
    answers are kept in detected); memo keeps what a step works out once per page.
    """

    body: LexborNode
    meta: dict[str, str]
    title: str
    scripts: str
    marks: Marks
    resolve: Resolver
    today: date
    url: str | None = None
    text: str = ""
    script_elements: tuple[Script, ...] = ()
    detected: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

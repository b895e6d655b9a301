"""The configuration file: schema, loading and error reporting.

A user reads one YAML file and knows everything the monitor will do. Every
key is typed here; unknown keys are errors. Each error names the file, the
line and the key in one line, because the people who edit these files are not
Python programmers; all errors of a file are reported at once, so that one run
shows everything to fix.
"""

from __future__ import annotations

import difflib
import os
import re
import types
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Union, get_args, get_origin
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from monitor.dburl import async_url, missing_driver
from monitor.vocab import Category, Platform, platform_of
from monitor.extract._security import dictionaries_from_config
from monitor.rules.catalog import RULESETS, load_ruleset

if TYPE_CHECKING:
    from monitor.rosters import Roster

SITE_CODE_PATTERN = re.compile(r"^(\d{10}|bm\d{8})$")
_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_DUPLICATE_SITE_CODE = "duplicate_site_code"

RuleOverrides = dict[str, dict[str, float | int]]
"""Rule id -> parameter -> value, as under ``rules:``."""


class ConfigError(Exception):
    """Mistakes in the configuration, already phrased for the user.

    One line per mistake, ``file:line: key: message``, sorted by line; then the mistakes of the
    rosters, ``file [sheet] row N: header: message``. ``warnings`` are the problems that alone
    would not stop a run (roster rows skipped), for `monitor validate` to print as well.
    """

    def __init__(self, message: str, warnings: tuple[str, ...] | list[str] = ()) -> None:
        super().__init__(message)
        self.warnings = tuple(warnings)


def _code_as_text(value: Any) -> Any:
    # YAML reads an unquoted 3703000034 as an int; the code is text.
    return str(value) if isinstance(value, int) else value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ColumnConfig(_Strict):
    """A column declared by hand (otherwise columns are discovered)."""

    name: str
    url: str
    category: Category | None = None
    level: int | None = Field(default=None, ge=1, le=5)


class ColumnOverride(_Strict):
    """Corrects the category or level of a discovered column."""

    category: Category | None = None
    level: int | None = Field(default=None, ge=1, le=5)


class SiteConfig(_Strict):
    code: str
    name: str
    url: str
    kind: Literal["portal", "department"] = "department"
    unit: str | None = None
    email: str | None = None
    columns: list[ColumnConfig] | None = None
    column_overrides: dict[str, ColumnOverride] = Field(default_factory=dict)
    """Keyed by a discovered column's name or URL."""

    @field_validator("code", mode="before")
    @classmethod
    def _code_as_text(cls, value: Any) -> Any:
        return _code_as_text(value)

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @property
    def responsible_unit(self) -> str:
        return self.unit or self.name


class AccountConfig(_Strict):
    code: str | None = None
    name: str
    platform: Platform
    operator: str | None = None
    unit: str | None = None
    email: str | None = None
    feed: str | None = None
    account_id: str | None = None
    """The account's id on its platform (a weibo uid, a wechat __biz …), for `feeds.templates`."""

    @field_validator("code", mode="before")
    @classmethod
    def _code_as_text(cls, value: Any) -> Any:
        return _code_as_text(value)

    @field_validator("platform", mode="before")
    @classmethod
    def _platform_as_written(cls, value: Any) -> Any:
        # 微信公众号, 新浪微博, 抖音短视频 … as people write them; unknown names fail as before.
        return platform_of(value) or value if isinstance(value, str) else value

    @property
    def key(self) -> str:
        """Identity of the account in the store: its code, else platform and name."""
        return self.code or f"{self.platform}:{self.name}"


class FetchConfig(_Strict):
    """Politeness and fault handling; defaults follow the indicators (15 s)."""

    timeout: float = Field(default=15.0, gt=0, le=300)
    concurrency: int = Field(default=32, ge=1, le=1024)
    per_host: int = Field(default=4, ge=1, le=256)
    per_ip: int = Field(default=8, ge=1, le=1024)
    retries: int = Field(default=2, ge=0, le=10)
    backoff: float = Field(default=0.5, ge=0, le=60)
    max_redirects: int = Field(default=5, ge=0, le=30)
    max_bytes: int = Field(default=5_000_000, ge=10_000)
    user_agent: str = "monitor/0.1 (government website freshness monitor)"
    verify_tls: bool = True


class FeedsConfig(_Strict):
    """Where accounts' posts are read from when an account names no `feed` of its own: a URL
    template per platform of a self-hosted bridge (RSSHub, we-mp-rss, wewe-rss …), with the
    placeholders {code}, {name}, {platform} and {account_id}."""

    templates: dict[Platform, str] = Field(default_factory=dict)


class CrawlConfig(_Strict):
    max_pages: int = Field(default=3, ge=1, le=50)
    """Pages read per column: more than the first only while no dated item was found."""
    check_links: bool = True
    external_links: bool = True
    external_concurrency: int = Field(default=4, ge=1, le=256)
    site_concurrency: int = Field(default=16, ge=1, le=1024)
    """Sites crawled at once (memory and early results; request limits are under fetch)."""
    max_links_per_site: int = Field(default=3000, ge=0)
    article_dates: int = Field(default=3, ge=0, le=20)
    """Articles opened per column when its list shows no dates (their 发布时间 counts)."""
    guide_pages: int = Field(default=10, ge=0, le=100)
    """办事指南 pages opened per service column (site.service)."""


class EvaluationConfig(_Strict):
    max_observation_age_days: int = Field(default=7, ge=1, le=365)
    """How old the newest observation of a page may be and still decide a rule."""


class ProbeConfig(_Strict):
    """Homepage availability probes for site.unreachable (run `monitor probe` from cron, or the daemon)."""

    enabled: Literal["auto"] | bool = "auto"
    """auto or true: judged for every site once it has enough probes in the window (fewer are
    not assessed, with the count, and never make a site unknown); false: never judged (listed
    as not assessed)."""


class SecurityConfig(_Strict):
    """Dictionaries for site.security; the spam lists add to built-in defaults."""

    wrong_names: dict[str, str] = Field(default_factory=dict)
    """Wrong form → right form of leaders' names (give full names)."""
    forbidden_terms: list[str] = Field(default_factory=list)
    allowed_terms: list[str] = Field(default_factory=list)
    """Longer phrases that shield a forbidden term inside them (反对台独)."""
    spam_words: list[str] = Field(default_factory=list)
    suspicious_domains: list[str] = Field(default_factory=list)
    """Regular expressions over a hidden link's host."""
    trusted_domains: list[str] = Field(default_factory=list)


class ReportConfig(_Strict):
    dir: str = "reports"
    requirements: str | None = None
    """三、工作要求 of the notice (docx/md/html); None uses the default text in monitor/report."""


class RostersConfig(_Strict):
    """The office's spreadsheets (台账) of sites and accounts, read at every run (monitor/rosters.py)."""

    sites: str | None = None
    """An .xlsx or .csv file, relative to the config file."""
    accounts: str | None = None


class EmailConfig(_Strict):
    """The SMTP server alerts are mailed through (monitor/notify), and who gets the fleet summary."""

    host: str
    port: int | None = Field(default=None, ge=1, le=65535)
    """Default: 465 for ssl, 587 for starttls, 25 for none."""
    security: Literal["ssl", "starttls", "none"] = "starttls"
    username: str | None = None
    password: SecretStr | None = None
    """Only as ${VARIABLE}, from the environment; never printed or logged."""
    sender: str
    """From: address, with an optional display name: 政府网站监测 <monitor@example.org>."""
    supervisor: str | None = None
    """The supervising office's address: gets the whole-fleet summary."""
    timeout: float = Field(default=30.0, gt=0, le=600)

    @field_validator("sender", "supervisor")
    @classmethod
    def _address(cls, value: str | None) -> str | None:
        from email.utils import parseaddr

        if value is not None and "@" not in parseaddr(value)[1]:
            raise ValueError(f"not an e-mail address: {value!r}")
        return value

    @property
    def smtp_port(self) -> int:
        return self.port or {"ssl": 465, "starttls": 587, "none": 25}[self.security]


class NotifyConfig(_Strict):
    """Alerts (`monitor alerts send`): a digest per responsible unit by e-mail, a summary to the
    supervisor and to chat groups (WeCom, DingTalk, Feishu robots through apprise URLs)."""

    email: EmailConfig | None = None
    webhooks: list[str] = Field(default_factory=list)
    """apprise URLs: wecombot://KEY, dingtalk://TOKEN/ (dingtalk://SECRET@TOKEN/), feishu://TOKEN."""
    remind_every_days: int = Field(default=7, ge=1, le=365)
    """An unchanged problem is mailed again after this many days."""
    resolve_after_days: int = Field(default=3, ge=0, le=90)
    resolve_after_runs: int = Field(default=2, ge=1, le=100)
    """A problem is announced resolved only once it has been gone this long and for this many
    runs of `alerts send`; one that comes back sooner is the same problem, unchanged."""
    rectify_within_days: int = Field(default=15, ge=1, le=365)
    """整改时限 in the 整改清单: this many days after the 监测时间点 (a warning's own date when earlier)."""

    @field_validator("webhooks")
    @classmethod
    def _urls(cls, value: list[str]) -> list[str]:
        for url in value:
            if not re.match(r"^[a-z][a-z0-9+.-]*://\S+$", url):
                raise ValueError("each webhook is an apprise URL like wecombot://KEY or feishu://TOKEN")
        return value


class Config(_Strict):
    database: str = "sqlite:///monitor.db"
    ruleset: str = "national-2019"
    timezone: str = "Asia/Shanghai"
    fetch: FetchConfig = FetchConfig()
    crawl: CrawlConfig = CrawlConfig()
    evaluation: EvaluationConfig = EvaluationConfig()
    probe: ProbeConfig = ProbeConfig()
    security: SecurityConfig = SecurityConfig()
    report: ReportConfig = ReportConfig()
    rosters: RostersConfig = RostersConfig()
    feeds: FeedsConfig = FeedsConfig()
    notify: NotifyConfig = NotifyConfig()
    rules: RuleOverrides = Field(default_factory=dict)
    sites: list[SiteConfig] = Field(default_factory=list)
    accounts: list[AccountConfig] = Field(default_factory=list)

    @field_validator("database")
    @classmethod
    def _known_database(cls, value: str) -> str:
        async_url(value)  # raises ValueError naming what is wrong
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @model_validator(mode="after")
    def _unique_codes(self) -> Config:
        seen: set[str] = set()
        for site in self.sites:
            if site.code in seen:
                # A type of its own: parse_config reports duplicates with both lines instead.
                raise PydanticCustomError(_DUPLICATE_SITE_CODE, "site code {code} appears twice", {"code": site.code})
            seen.add(site.code)
        return self

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class LoadedConfig:
    """A validated config with where it came from, for messages and relative paths."""

    config: Config
    """With the roster entries: config.sites and config.accounts list the YAML's, then the rosters' in row order."""
    path: Path
    warnings: tuple[str, ...] = ()
    rosters: tuple[Roster, ...] = ()
    """The rosters read, with their entries and the problems of their rows (also in warnings)."""

    def database_url(self) -> str:
        """The database URL, with a relative SQLite path taken from the config's folder."""
        url = self.config.database
        prefix = "sqlite:///"
        if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
            return prefix + str((self.path.parent / url[len(prefix):]).resolve())
        return url

    def report_dir(self) -> Path:
        return (self.path.parent / self.config.report.dir).resolve()


def default_config_path() -> Path:
    return Path(os.environ.get("MONITOR_CONFIG", "config.yaml"))


def load_config(path: Path) -> LoadedConfig:
    """Read and validate a config file; raise ConfigError with one line per mistake."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found (create one with `monitor init`)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    return parse_config(text, path)


class _Problem(NamedTuple):
    """One mistake: where (line, and key path as in pydantic's loc) and what."""

    line: int
    loc: tuple[Any, ...]
    message: str


def parse_config(text: str, path: Path) -> LoadedConfig:
    """Validate a config's text; ``path`` is for messages and relative paths.

    Every mistake found is reported together: YAML-level ones (repeated keys,
    unset environment variables), the schema's, and the checks that need the
    rest of the program (ruleset, rule overrides, security dictionaries,
    duplicate site codes, the database driver), and the rosters' (a missing file
    or header column, a site or account listed twice). Only a file that is not a
    YAML mapping stops at once. Roster rows that cannot be used are warnings: the
    rest of the roster is used.
    """
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{where}: invalid YAML: {problem}") from None
    if root is None:
        raise ConfigError(f"{path}: the file is empty")
    problems: list[_Problem] = []
    # Values whose ${VAR} could not be substituted: what else is wrong with them is noise.
    unknown_values: set[tuple[Any, ...]] = set()
    data = _construct(root, (), problems, unknown_values)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:{root.start_mark.line + 1}: the top level must be a mapping of keys")
    config: Config | None = None
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        problems += _schema_problems(exc, data, root, unknown_values)
    problems += [p for p in _program_problems(data, root) if p.loc not in unknown_values]
    rosters = _read_rosters(data, root, path, problems, unknown_values)
    problems += _roster_duplicates(data, root, rosters)
    roster_errors = [error for roster in rosters for error in roster.errors]
    roster_warnings = [problem for roster in rosters for problem in roster.problems]
    if problems or roster_errors:
        message = "\n".join(part for part in (_format(problems, path), *roster_errors) if part)
        raise ConfigError(message, warnings=roster_warnings)
    assert config is not None, "a failed validation always leaves a problem"
    warnings = [*_warnings(config), *roster_warnings]
    if rosters:
        config = config.model_copy(update={
            "sites": [*config.sites, *(site for roster in rosters for site in roster.sites)],
            "accounts": [*config.accounts, *(account for roster in rosters for account in roster.accounts)],
        })
    return LoadedConfig(config=config, path=path.resolve(), warnings=tuple(warnings), rosters=tuple(rosters))


def _read_rosters(
    data: dict[str, Any], root: yaml.Node, path: Path, problems: list[_Problem], unknown_values: set[tuple[Any, ...]]
) -> list[Roster]:
    """Read the rosters named under ``rosters:``; a file that cannot be read is a problem at its key."""
    from monitor.rosters import RosterFileError, read_roster

    section = data.get("rosters")
    read: list[Roster] = []
    for kind in ("sites", "accounts"):
        loc = ("rosters", kind)
        name = section.get(kind) if isinstance(section, dict) else None
        if not isinstance(name, str) or loc in unknown_values:
            continue  # absent, or the schema (or the unset variable) is the problem
        if not name.strip():
            problems.append(_Problem(_line_of(root, loc), loc, "names no file"))
            continue
        try:
            # Relative to the config file; shown as the config's path is (relative stays relative).
            read.append(read_roster(path.parent / name.strip(), kind, name.strip()))  # type: ignore[arg-type]
        except RosterFileError as exc:
            problems.append(_Problem(_line_of(root, loc), loc, str(exc)))
    return read


def _roster_duplicates(data: dict[str, Any], root: yaml.Node, rosters: list[Roster]) -> list[_Problem]:
    """A site or account both in the YAML and in a roster, at its YAML line, naming the roster row."""
    from monitor.rosters import Index, describe

    index = Index()
    for roster in rosters:
        for entry in roster.entries:
            index.add(entry.config, entry.where)
    problems: list[_Problem] = []
    for key, model in (("sites", SiteConfig), ("accounts", AccountConfig)):
        entries = data.get(key)
        for number, raw in enumerate(entries if isinstance(entries, list) else []):
            try:
                entry = model.model_validate(raw)
            except ValidationError:
                continue  # the schema reports it
            found = index.find(entry)
            if found:
                field, where = found
                loc = (key, number, field if field in raw else "name")
                problems.append(_Problem(_line_of(root, loc), loc, f"{describe(entry, field)} is also in {where}"))
    return problems


def _format(problems: list[_Problem], path: Path) -> str:
    lines: dict[str, None] = {}  # ordered and without repeats
    for problem in sorted(problems, key=lambda p: p.line):  # stable: same line keeps its order
        lines[f"{path}:{problem.line}: {_dotted(problem.loc) or '(top level)'}: {problem.message}"] = None
    return "\n".join(lines)


def _construct(
    node: yaml.Node, loc: tuple[Any, ...], problems: list[_Problem], unknown_values: set[tuple[Any, ...]]
) -> Any:
    """Build plain data from YAML nodes, substituting ${VAR} in strings; mistakes go to problems."""
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        first_line: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = _construct(key_node, loc, problems, unknown_values)
            line = key_node.start_mark.line + 1
            if key in result:
                # Keep the first value: its errors, if any, are still reported.
                problems.append(_Problem(line, (*loc, key), f"key appears twice (first at line {first_line[key]})"))
                continue
            first_line[key] = line
            result[key] = _construct(value_node, (*loc, key), problems, unknown_values)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(child, (*loc, i), problems, unknown_values) for i, child in enumerate(node.value)]
    value = yaml.safe_load(yaml.serialize(node)) if node.tag != "tag:yaml.org,2002:str" else node.value
    if not isinstance(value, str):
        return value
    for name in dict.fromkeys(_ENV_REF.findall(value)):
        if name not in os.environ:
            problems.append(_Problem(node.start_mark.line + 1, loc, f"environment variable {name} is not set"))
            unknown_values.add(loc)
    return _ENV_REF.sub(lambda m: os.environ.get(m.group(1), m.group(0)), value)


def _schema_problems(
    exc: ValidationError, data: dict[str, Any], root: yaml.Node, unknown_values: set[tuple[Any, ...]]
) -> list[_Problem]:
    """pydantic's errors as problems: user-facing keys, union alternatives merged, misspellings named."""
    grouped: dict[tuple[Any, ...], list[Any]] = {}
    for error in exc.errors():
        if error["type"] == _DUPLICATE_SITE_CODE:
            continue  # _program_problems names both lines
        loc = _user_loc(error["loc"])
        if loc in unknown_values and error["type"] != "extra_forbidden":
            continue  # the value is not known: the unset variable is the problem
        grouped.setdefault(loc, []).append(error)
    suggested: set[tuple[Any, ...]] = set()  # required keys a misspelling already points to
    messages: dict[tuple[Any, ...], str] = {}
    for loc, errors in grouped.items():
        if errors[0]["type"] == "extra_forbidden":
            suggestion = _closest_key(loc, data)
            messages[loc] = "unknown key" + (f" (did you mean {suggestion}?)" if suggestion else "")
            if suggestion:
                suggested.add((*loc[:-1], suggestion))
        elif errors[0]["type"] == "missing":
            messages[loc] = "required key is missing"
        else:
            messages[loc] = _merged_message(errors)
    # A misspelt required key is both unknown (nmae) and missing (name): its suggestion says both.
    return [_Problem(_line_of(root, loc), loc, message) for loc, message in messages.items() if loc not in suggested]


def _merged_message(errors: list[Any]) -> str:
    """One message for a key: several errors at one key are the alternatives of a union."""
    texts = [str(e["msg"]).removeprefix("Value error, ") for e in errors]
    if len(texts) > 1:
        # "Input should be 'auto', ..." + "Input should be a valid boolean, ..." ->
        # "Input should be 'auto' or a valid boolean"
        heads = [t.split(", ")[0] for t in texts]
        texts = [" or ".join([heads[0], *(h.removeprefix("Input should be ") for h in heads[1:])])]
    message = texts[0]
    first = errors[0]
    if first["type"] != "value_error" and "input" in first and not isinstance(first["input"], (dict, list)):
        message += f" (got {first['input']!r})"
    return message


def _program_problems(data: dict[str, Any], root: yaml.Node) -> list[_Problem]:
    """Checks beyond the schema, run on the raw data so they report even when the schema fails.

    Each check looks only at parts that are well-formed; the schema reports the others.
    """
    problems: list[_Problem] = []

    def problem(loc: tuple[Any, ...], message: str) -> None:
        problems.append(_Problem(_line_of(root, loc), loc, message))

    ruleset = data.get("ruleset", Config.model_fields["ruleset"].default)
    if isinstance(ruleset, str) and ruleset not in RULESETS:
        problem(("ruleset",), f"unknown ruleset {ruleset!r} (known: {', '.join(RULESETS)})")
    rules = data.get("rules")
    if isinstance(ruleset, str) and ruleset in RULESETS and isinstance(rules, dict):
        for rule_id, params in rules.items():
            try:
                checked = _RULES.validate_python({rule_id: params})
                load_ruleset(ruleset, checked)
            except ValidationError:
                continue
            except ValueError as exc:
                problem(("rules", rule_id), str(exc))

    try:
        security = SecurityConfig.model_validate(data.get("security", {}))
        dictionaries_from_config(security.model_dump())
    except ValidationError:
        pass
    except ValueError as exc:
        # Its messages start with the key they are about ("security.wrong_names: ...").
        key, sep, message = str(exc).partition(": ")
        if sep and re.fullmatch(r"security(\.\w+)?", key):
            problem(tuple(key.split(".")), message)
        else:
            problem(("security",), str(exc))

    sites = data.get("sites")
    first_line: dict[str, int] = {}
    for index, site in enumerate(sites if isinstance(sites, list) else []):
        code = _code_as_text(site.get("code")) if isinstance(site, dict) else None
        if isinstance(code, str):
            loc = ("sites", index, "code")
            line = _line_of(root, loc)
            if code in first_line:
                problem(loc, f"duplicate site code {code} (first at line {first_line[code]})")
            else:
                first_line[code] = line

    database = data.get("database")
    try:
        needed = missing_driver(database) if isinstance(database, str) else None
    except ValueError:
        needed = None  # not a supported URL at all: the schema says so
    if needed:
        problem(("database",), needed)
    return problems


# To check one override at a time, typed as the schema types them all.
_RULES: TypeAdapter[RuleOverrides] = TypeAdapter(RuleOverrides)


def _user_loc(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """pydantic's loc as the keys the user wrote.

    pydantic adds tags for the union member that failed ('float', "literal['auto']")
    and for validators ('function-after[...]'); they sit where the type has no keys.
    """
    kept: list[Any] = []
    annotation: Any = Config
    for part in loc:
        container = _without_none(annotation)
        if _has_keys(container) and not (isinstance(part, str) and part.startswith("function-")):
            kept.append(part)
            annotation = _child_type(container, part)
    return tuple(kept)


def _has_keys(annotation: Any) -> bool:
    is_model = isinstance(annotation, type) and issubclass(annotation, BaseModel)
    return is_model or get_origin(annotation) in (list, dict)


def _child_type(annotation: Any, part: Any) -> Any:
    """The type at key or index ``part`` below ``annotation``; None when unknown (an extra key)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        for name, field in annotation.model_fields.items():
            if part in (name, field.alias):
                return field.annotation
        return None
    if get_origin(annotation) is list:
        return get_args(annotation)[0] if isinstance(part, int) else None
    if get_origin(annotation) is dict:
        return get_args(annotation)[1]
    return None


def _without_none(annotation: Any) -> Any:
    """X for X | None; other annotations unchanged."""
    if get_origin(annotation) in (Union, types.UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        if len(members) == 1:
            return members[0]
    return annotation


def _closest_key(loc: tuple[Any, ...], data: dict[str, Any]) -> str | None:
    """The valid key closest to the unknown key at ``loc``, among those not given already."""
    model: Any = Config
    for part in loc[:-1]:
        model = _child_type(_without_none(model), part)
    model = _without_none(model)
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        return None
    given = _data_at(data, loc[:-1])
    candidates = [key for key in _field_keys(model) if not (isinstance(given, dict) and key in given)]
    # 0.7 rather than difflib's 0.6: typos (nmae, levle, databse) score 0.75 and more, while
    # unrelated words that share a prefix (colour ~ columns: 0.62) would mislead.
    matches = difflib.get_close_matches(str(loc[-1]), candidates, n=1, cutoff=0.7)
    return matches[0] if matches else None


def _field_keys(model: type[BaseModel]) -> Iterator[str]:
    for name, field in model.model_fields.items():
        yield name
        if field.alias and field.alias != name:
            yield field.alias


def _data_at(data: Any, loc: tuple[Any, ...]) -> Any:
    for part in loc:
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return None
    return data


def _line_of(root: yaml.Node, loc: tuple[Any, ...]) -> int:
    """The line of the deepest node along loc that exists in the document."""
    node = root
    line = node.start_mark.line + 1
    for part in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == str(part):
                    child = value_node
                    line = key_node.start_mark.line + 1
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line


def _dotted(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _warnings(config: Config) -> list[str]:
    return [
        f"site {site.name}: code {site.code!r} is not a 10-digit or bm+8-digit 网站标识码"
        for site in config.sites
        if not SITE_CODE_PATTERN.match(site.code)
    ]

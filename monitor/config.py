"""The configuration file: schema, loading and error reporting.

A user reads one YAML file and knows everything the monitor will do. Every
key is typed here; unknown keys are errors. Errors name the file, the line
and the key in one line, because the people who edit these files are not
Python programmers.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from monitor.extract._security import dictionaries_from_config
from monitor.rules.catalog import RULESETS, load_ruleset
from monitor.store.db import async_url

Category = Literal["dynamic", "notice_policy", "yearly", "interaction", "static"]
Platform = Literal[
    "wechat", "weibo", "douyin", "toutiao", "kuaishou", "bilibili",
    "xigua", "channels", "app", "miniprogram", "other",
]
SITE_CODE_PATTERN = re.compile(r"^(\d{10}|bm\d{8})$")
_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class ConfigError(Exception):
    """A user mistake in the configuration, already phrased for the user."""


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
        # YAML reads an unquoted 3703000034 as an int; the code is text.
        return str(value) if isinstance(value, int) else value

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

    @field_validator("code", mode="before")
    @classmethod
    def _code_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) else value

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
    """auto: judged for sites `monitor probe` has probed in the window; true: for every site
    (too few probes make it unknown); false: never judged."""


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
    rules: dict[str, dict[str, float | int]] = Field(default_factory=dict)
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
                raise ValueError(f"site code {site.code} appears twice")
            seen.add(site.code)
        return self

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class LoadedConfig:
    """A validated config with where it came from, for messages and relative paths."""

    config: Config
    path: Path
    warnings: tuple[str, ...] = ()

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
    """Read and validate a config file; raise ConfigError with one readable line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found (create one with `monitor init`)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    return parse_config(text, path)


def parse_config(text: str, path: Path) -> LoadedConfig:
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{where}: invalid YAML: {problem}") from None
    if root is None:
        raise ConfigError(f"{path}: the file is empty")
    data = _construct(root, path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:{root.start_mark.line + 1}: the top level must be a mapping of keys")
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, root, path)) from None
    if config.ruleset not in RULESETS:
        known = ", ".join(RULESETS)
        raise ConfigError(f"{path}:{_line_of(root, ('ruleset',))}: ruleset: unknown ruleset {config.ruleset!r} (known: {known})")
    try:
        dictionaries_from_config(config.security.model_dump())
    except ValueError as exc:
        raise ConfigError(f"{path}:{_line_of(root, ('security',))}: security: {exc}") from None
    for rule_id, params in config.rules.items():
        try:
            load_ruleset(config.ruleset, {rule_id: params})
        except ValueError as exc:
            raise ConfigError(f"{path}:{_line_of(root, ('rules', rule_id))}: rules.{rule_id}: {exc}") from None
    return LoadedConfig(config=config, path=path.resolve(), warnings=tuple(_warnings(config)))


def _construct(node: yaml.Node, path: Path) -> Any:
    """Build plain data from YAML nodes, substituting ${VAR} in strings."""
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _construct(key_node, path)
            if key in result:
                raise ConfigError(f"{path}:{key_node.start_mark.line + 1}: key '{key}' appears twice")
            result[key] = _construct(value_node, path)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(child, path) for child in node.value]
    value = yaml.safe_load(yaml.serialize(node)) if node.tag != "tag:yaml.org,2002:str" else node.value
    if isinstance(value, str):
        return _substitute_env(value, node, path)
    return value


def _substitute_env(value: str, node: yaml.Node, path: Path) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in os.environ:
            raise ConfigError(
                f"{path}:{node.start_mark.line + 1}: environment variable {name} is not set"
            )
        return os.environ[name]

    return _ENV_REF.sub(replace, value)


def _describe(exc: ValidationError, root: yaml.Node, path: Path) -> str:
    """One line for the first error: file:line: key: what is wrong."""
    error = exc.errors()[0]
    loc = tuple(part for part in error["loc"] if not str(part).startswith("function-"))
    # pydantic adds the union member / literal name to the location; keep real keys only.
    loc = tuple(part for part in loc if not (isinstance(part, str) and part in {"float", "int"}))
    line = _line_of(root, loc)
    key = _dotted(loc) or "(top level)"
    if error["type"] == "extra_forbidden":
        message = "unknown key"
    elif error["type"] == "missing":
        message = "required key is missing"
    else:
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] not in {"value_error"} and "input" in error and not isinstance(error["input"], (dict, list)):
            message += f" (got {error['input']!r})"
    return f"{path}:{line}: {key}: {message}"


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

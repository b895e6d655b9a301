import os
import subprocess
import sys
from pathlib import Path

import pytest

from monitor import dburl
from monitor.config import ConfigError, load_config, parse_config

ROOT = Path(__file__).resolve().parent.parent

MINIMAL = """\
database: sqlite:///monitor.db
ruleset: national-2019
timezone: Asia/Shanghai
sites:
  - code: 3703000034
    name: 淄博市发展和改革委员会
    url: http://127.0.0.1:8089/site001/
    kind: portal
    unit: 淄博市发展和改革委员会
    email: fgw@example.org
    columns:
      - name: 工作动态
        url: http://127.0.0.1:8089/site001/gzdt/
        category: dynamic
        level: 1
accounts:
  - code: "140300M019XL0001"
    name: 阳泉市场监管
    platform: weibo
    operator: 阳泉市市场监督管理局
    unit: 阳泉市市场监督管理局
    email: scjg@example.org
    feed: http://127.0.0.1:1200/weibo/user/123
"""


def errors_of(text: str, tmp_path: Path) -> list[str]:
    """The lines of the ConfigError that loading ``text`` from a file raises."""
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return str(info.value).splitlines()


def error_of(text: str, tmp_path: Path) -> str:
    """The message of a file with exactly one mistake."""
    lines = errors_of(text, tmp_path)
    assert len(lines) == 1, lines
    return lines[0]


def test_minimal_config_of_the_contract(tmp_path: Path) -> None:
    loaded = parse_config(MINIMAL, tmp_path / "config.yaml")
    site = loaded.config.sites[0]
    assert site.code == "3703000034"  # an unquoted number is still a code, not an int
    assert site.columns and site.columns[0].category == "dynamic"
    assert loaded.config.fetch.timeout == 15.0
    assert loaded.config.accounts[0].key == "140300M019XL0001"
    assert loaded.database_url() == f"sqlite:///{(tmp_path / 'monitor.db').resolve()}"
    assert loaded.warnings == ()


def test_unknown_key_names_file_line_and_key(tmp_path: Path) -> None:
    text = MINIMAL.replace("    kind: portal\n", "    kind: portal\n    colour: red\n")
    message = error_of(text, tmp_path)
    assert message.endswith("config.yaml:9: sites[0].colour: unknown key")


def test_wrong_value_names_the_line(tmp_path: Path) -> None:
    text = MINIMAL.replace("category: dynamic", "category: news")
    message = error_of(text, tmp_path)
    assert ":14: sites[0].columns[0].category:" in message
    assert "'news'" in message


def test_missing_required_key(tmp_path: Path) -> None:
    text = MINIMAL.replace("    name: 淄博市发展和改革委员会\n", "", 1)
    assert error_of(text, tmp_path).endswith(":5: sites[0].name: required key is missing")


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    message = error_of("sites:\n  - code: [1\n", tmp_path)
    assert "config.yaml:" in message and "invalid YAML" in message


def test_secrets_come_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_DB_PASSWORD", "s3cret")
    text = MINIMAL.replace("sqlite:///monitor.db", "postgresql://monitor:${MONITOR_DB_PASSWORD}@db/monitor")
    loaded = parse_config(text, tmp_path / "config.yaml")
    assert loaded.config.database == "postgresql://monitor:s3cret@db/monitor"
    monkeypatch.delenv("MONITOR_DB_PASSWORD")
    assert error_of(text, tmp_path).endswith(":1: database: environment variable MONITOR_DB_PASSWORD is not set")


def test_rule_overrides_are_checked(tmp_path: Path) -> None:
    ok = parse_config(MINIMAL + "rules:\n  site.homepage_stale: {days: 10}\n", tmp_path / "c.yaml")
    assert ok.config.rules == {"site.homepage_stale": {"days": 10}}
    message = error_of(MINIMAL + "rules:\n  site.homepage_stale: {weeks: 2}\n", tmp_path)
    assert ":25: rules.site.homepage_stale: rule site.homepage_stale has no parameter 'weeks'" in message
    message = error_of(MINIMAL.replace("national-2019", "national-2030"), tmp_path)
    assert ":2: ruleset: unknown ruleset 'national-2030'" in message


def test_duplicate_keys_and_codes(tmp_path: Path) -> None:
    assert error_of(MINIMAL + "ruleset: x\n", tmp_path).endswith(
        "config.yaml:24: ruleset: key appears twice (first at line 2)"
    )
    site = MINIMAL.split("accounts:")[0].split("sites:\n")[1]
    assert error_of(MINIMAL.replace("accounts:", site + "accounts:", 1), tmp_path).endswith(
        "config.yaml:16: sites[1].code: duplicate site code 3703000034 (first at line 5)"
    )


def test_unsupported_database_and_zone(tmp_path: Path) -> None:
    assert ":1: database: unsupported database URL scheme 'mysql'" in error_of(
        MINIMAL.replace("sqlite:///monitor.db", "mysql://x/y"), tmp_path
    )
    assert ":3: timezone: unknown time zone" in error_of(MINIMAL.replace("Asia/Shanghai", "Mars/Base"), tmp_path)


def test_odd_site_code_warns_but_loads(tmp_path: Path) -> None:
    loaded = parse_config(MINIMAL.replace("code: 3703000034", "code: ZB-001"), tmp_path / "c.yaml")
    assert loaded.warnings and "ZB-001" in loaded.warnings[0]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.yaml")


def test_every_mistake_is_reported_on_its_own_line_sorted_by_line(tmp_path: Path) -> None:
    text = (
        MINIMAL.replace("timezone: Asia/Shanghai", "timezone: Asia/Shangai")
        .replace("category: dynamic", "category: news")
        .replace("platform: weibo", "platform: weibo\n    folowers: 10")
    )
    path = tmp_path / "config.yaml"
    assert errors_of(text, tmp_path) == [
        f"{path}:3: timezone: unknown time zone 'Asia/Shangai'",
        (
            f"{path}:14: sites[0].columns[0].category: Input should be 'dynamic', 'notice_policy', 'yearly', "
            "'interaction', 'static' or 'functional' (got 'news')"
        ),
        f"{path}:20: accounts[0].folowers: unknown key",
    ]


def test_misspelt_required_key_names_the_valid_one(tmp_path: Path) -> None:
    text = MINIMAL.replace("    name: 淄博", "    nmae: 淄博", 1)
    # One mistake, one line: the suggestion also says why `name` is missing.
    assert error_of(text, tmp_path).endswith("config.yaml:6: sites[0].nmae: unknown key (did you mean name?)")
    text = MINIMAL.replace("        level: 1", "        levle: 1")
    assert error_of(text, tmp_path).endswith(
        ":15: sites[0].columns[0].levle: unknown key (did you mean level?)"
    )


def test_misspelt_top_level_and_section_keys(tmp_path: Path) -> None:
    text = MINIMAL.replace("database:", "databse:") + "fetch:\n  timeuot: 20\n"
    lines = errors_of(text, tmp_path)
    assert [line.split("config.yaml", 1)[1] for line in lines] == [
        ":1: databse: unknown key (did you mean database?)",
        ":25: fetch.timeuot: unknown key (did you mean timeout?)",
    ]


def test_no_suggestion_for_a_key_already_given_or_far_from_any(tmp_path: Path) -> None:
    text = MINIMAL.replace("    kind: portal\n", "    kind: portal\n    nmae: x\n    colour: red\n")
    assert [line.split(": ", 1)[1] for line in errors_of(text, tmp_path)] == [
        "sites[0].nmae: unknown key",
        "sites[0].colour: unknown key",
    ]


def test_checks_beyond_the_schema_report_alongside_schema_errors(tmp_path: Path) -> None:
    text = (
        MINIMAL.replace("national-2019", "national-2030")
        .replace("Asia/Shanghai", "Mars/Base")
        .replace("url: http://127.0.0.1:8089/site001/\n", "url: ftp://127.0.0.1/\n", 1)
        + "security:\n  suspicious_domains: ['((']\n"
    )
    lines = [line.split("config.yaml", 1)[1] for line in errors_of(text, tmp_path)]
    assert lines[:3] == [
        ":2: ruleset: unknown ruleset 'national-2030' (known: national-2019)",
        ":3: timezone: unknown time zone 'Mars/Base'",
        ":7: sites[0].url: must start with http:// or https://",
    ]
    assert lines[3].startswith(":25: security.suspicious_domains: '((' is not a valid regex")
    assert len(lines) == 4
    text = MINIMAL.replace("kind: portal", "kind: hub") + "rules:\n  site.homepage_stale: {weeks: 2}\n"
    kind, rule = [line.split("config.yaml", 1)[1] for line in errors_of(text, tmp_path)]
    assert kind == ":8: sites[0].kind: Input should be 'portal' or 'department' (got 'hub')"
    assert rule.startswith(":25: rules.site.homepage_stale: rule site.homepage_stale has no parameter 'weeks'")


def test_union_alternatives_make_one_message(tmp_path: Path) -> None:
    text = MINIMAL + "probe:\n  enabled: maybe\nrules:\n  site.homepage_stale: {days: soon}\n"
    assert [line.split("config.yaml", 1)[1] for line in errors_of(text, tmp_path)] == [
        ":25: probe.enabled: Input should be 'auto' or a valid boolean (got 'maybe')",
        ":27: rules.site.homepage_stale.days: Input should be a valid number or a valid integer (got 'soon')",
    ]


def test_unset_variable_is_the_only_complaint_about_its_value(tmp_path: Path) -> None:
    text = MINIMAL.replace("sqlite:///monitor.db", "${MONITOR_TEST_UNSET_URL}")
    assert "MONITOR_TEST_UNSET_URL" not in os.environ
    assert error_of(text, tmp_path).endswith(":1: database: environment variable MONITOR_TEST_UNSET_URL is not set")


@pytest.mark.parametrize("url", ["postgresql://monitor@db/monitor", "postgresql+asyncpg://monitor@db/monitor"])
def test_postgres_without_its_driver_names_the_extra(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = MINIMAL.replace("sqlite:///monitor.db", url)
    monkeypatch.setattr(dburl, "driver_installed", lambda module: module != "asyncpg")
    assert error_of(text, tmp_path).endswith(
        "config.yaml:1: database: PostgreSQL needs the asyncpg driver: pip install 'gov-monitor[postgres]'"
    )
    monkeypatch.setattr(dburl, "driver_installed", lambda module: True)
    assert parse_config(text, tmp_path / "config.yaml").config.database == url


def monitor_cli(*args: str, hide_asyncpg: bool = False) -> subprocess.CompletedProcess[str]:
    """The real command line in a new process; hide_asyncpg makes the driver unimportable there."""
    env = {key: value for key, value in os.environ.items() if key != "MONITOR_CONFIG"}
    env["CI"] = "true"
    # A None entry in sys.modules makes find_spec (and import) report the module as absent.
    hide = "import sys; sys.modules['asyncpg'] = None; " if hide_asyncpg else ""
    code = hide + "from monitor.cli import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


def test_command_line_prints_every_mistake_and_exits_2(tmp_path: Path) -> None:
    text = (
        MINIMAL.replace("database:", "databse:")
        .replace("    name: 淄博", "    nmae: 淄博", 1)
        .replace("national-2019", "national-2030")
    )
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    result = monitor_cli("rules", "--config", str(path))
    assert result.returncode == 2, result.stderr
    for line in (
        f"{path}:1: databse: unknown key (did you mean database?)",
        f"{path}:2: ruleset: unknown ruleset 'national-2030' (known: national-2019)",
        f"{path}:6: sites[0].nmae: unknown key (did you mean name?)",
    ):
        assert line in result.stderr
    assert result.stdout == ""


def test_command_line_names_the_postgres_extra(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(MINIMAL.replace("sqlite:///monitor.db", "postgresql://monitor@db/monitor"), encoding="utf-8")
    result = monitor_cli("rules", "--config", str(path), hide_asyncpg=True)
    assert result.returncode == 2, result.stderr
    assert f"{path}:1: database: PostgreSQL needs the asyncpg driver: pip install 'gov-monitor[postgres]'" in result.stderr


@pytest.mark.parametrize(("written", "platform"), [
    ("微信公众号", "wechat"), ("微信订阅号", "wechat"), ("微信服务号", "wechat"), ("新浪微博", "weibo"),
    ("抖音短视频", "douyin"), ("今日头条", "toutiao"), ("快手", "kuaishou"), ("视频号", "channels"),
    ("西瓜视频", "xigua"), ("bilibili", "bilibili"), ("小程序", "miniprogram"), ("移动客户端", "app"),
    ("APP", "app"), ("百家号", "other"), ("weibo", "weibo"),
])
def test_platform_names_as_people_write_them(tmp_path: Path, written: str, platform: str) -> None:
    text = MINIMAL.replace("accounts:\n", f"accounts:\n  - name: 测试发布\n    platform: {written}\n", 1)
    loaded = parse_config(text, tmp_path / "config.yaml")
    assert loaded.config.accounts[0].platform == platform


def test_an_unknown_platform_name_is_an_error(tmp_path: Path) -> None:
    text = MINIMAL.replace("accounts:\n", "accounts:\n  - name: 测试发布\n    platform: 飞书\n", 1)
    with pytest.raises(ConfigError, match=r"accounts\[0\]\.platform"):
        parse_config(text, tmp_path / "config.yaml")

from pathlib import Path

import pytest

from monitor.config import ConfigError, load_config, parse_config

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


def error_of(text: str, tmp_path: Path) -> str:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert "\n" not in message
    return message


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
    assert error_of(text, tmp_path).endswith(":1: environment variable MONITOR_DB_PASSWORD is not set")


def test_rule_overrides_are_checked(tmp_path: Path) -> None:
    ok = parse_config(MINIMAL + "rules:\n  site.homepage_stale: {days: 10}\n", tmp_path / "c.yaml")
    assert ok.config.rules == {"site.homepage_stale": {"days": 10}}
    message = error_of(MINIMAL + "rules:\n  site.homepage_stale: {weeks: 2}\n", tmp_path)
    assert ":25: rules.site.homepage_stale: rule site.homepage_stale has no parameter 'weeks'" in message
    message = error_of(MINIMAL.replace("national-2019", "national-2030"), tmp_path)
    assert ":2: ruleset: unknown ruleset 'national-2030'" in message


def test_duplicate_keys_and_codes(tmp_path: Path) -> None:
    assert "key 'ruleset' appears twice" in error_of(MINIMAL + "ruleset: x\n", tmp_path)
    site = MINIMAL.split("accounts:")[0].split("sites:\n")[1]
    assert "appears twice" in error_of(MINIMAL.replace("accounts:", site + "accounts:", 1), tmp_path)


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

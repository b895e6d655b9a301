"""Account verdicts from stored observations, through the store and into the report."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

from monitor import jobs
from monitor.config import LoadedConfig, parse_config
from monitor.report import render_markdown, report_document
from monitor.store import (
    AccountObservation,
    make_engine,
    session_factory,
    upgrade_async,
)
from monitor.store.repository import sync_accounts

ACCOUNTS = [
    {"code": "140300M019XL0001", "name": "阳泉市场监管", "platform": "weibo",
     "operator": "阳泉市市场监督管理局", "unit": "阳泉市市场监督管理局"},
    {"name": "红色云阳", "platform": "wechat", "operator": "泾阳县云阳镇人民政府", "unit": "泾阳县人民政府"},
    {"name": "健康三原", "platform": "wechat", "operator": "三原县卫生健康局"},
    {"name": "从未采集", "platform": "douyin", "operator": "某局"},
]


def config(tmp_path: Path) -> LoadedConfig:
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump({"database": "sqlite:///monitor.db", "accounts": ACCOUNTS}, allow_unicode=True),
                    encoding="utf-8")
    return parse_config(path.read_text(encoding="utf-8"), path)


async def store_observations(loaded: LoadedConfig) -> None:
    now = datetime.now(timezone.utc)
    url = loaded.database_url()
    await upgrade_async(url)
    engine = make_engine(url)
    async with session_factory(engine).begin() as session:
        rows = await sync_accounts(session, loaded.config.accounts)

        def observed(key: str, **fields: object) -> AccountObservation:
            return AccountObservation(account_id=rows[key].id, observed_at=now - timedelta(hours=1),
                                      source="import", outcome="ok", **fields)

        session.add_all([
            observed("140300M019XL0001", latest_post_at=now - timedelta(days=20), interaction=True,
                     platform_name="阳泉市场监管", verified_entity="阳泉市市场监督管理局", verified=True),
            observed("wechat:红色云阳", latest_post_at=now - timedelta(days=1), interaction=False,
                     platform_name="红色云阳", verified_entity="泾阳县云阳镇人民政府", verified=True),
            observed("wechat:健康三原", latest_post_at=now - timedelta(days=2), interaction=True,
                     platform_name="健康三原", verified_entity="三原县卫生健康局", verified=True),
        ])
    await engine.dispose()


def test_account_verdicts_in_the_report(tmp_path: Path) -> None:
    loaded = config(tmp_path)
    asyncio.run(store_observations(loaded))
    doc = report_document(asyncio.run(jobs.evaluate(loaded, None)))
    accounts = {a["name"]: a for a in doc["accounts"]}
    assert accounts["阳泉市场监管"]["verdict"] == "fail"
    assert [v["text"] for v in accounts["阳泉市场监管"]["vetoes"]] == ["监测时间点前2周内无更新"]
    assert [v["text"] for v in accounts["红色云阳"]["vetoes"]] == ["未提供有效互动功能"]
    assert accounts["健康三原"]["verdict"] == "pass"
    # Never observed: not checked, never failed, and not counted in 检查数.
    assert accounts["从未采集"]["verdict"] == "not_checked" and accounts["从未采集"]["vetoes"] == []
    assert doc["summary"]["accounts"] == {"checked": 3, "passed": 1, "failed": 2, "unknown": 0, "not_checked": 1,
                                          "pass_rate": 0.333}
    markdown = render_markdown(doc)
    assert ("| 1 | 阳泉市场监管 | 140300M019XL0001 | 阳泉市市场监督管理局 | 微博 | 阳泉市市场监督管理局 | 不合格 | "
            "监测时间点前2周内无更新 |") in markdown


def test_regional_window_override(tmp_path: Path) -> None:
    loaded = config(tmp_path)
    text = loaded.path.read_text(encoding="utf-8") + "rules:\n  account.stale: {days: 7}\n"
    loaded = parse_config(text, loaded.path)
    asyncio.run(store_observations(loaded))
    doc = report_document(asyncio.run(jobs.evaluate(loaded, None)))
    stale = {a["name"]: [v["text"] for v in a["vetoes"]] for a in doc["accounts"]}
    assert stale["阳泉市场监管"] == ["监测时间点前1周内无更新"]


def test_account_rectification(tmp_path: Path) -> None:
    loaded = config(tmp_path)
    asyncio.run(store_observations(loaded))
    asyncio.run(jobs.record(loaded, asyncio.run(jobs.evaluate(loaded, None))))

    async def posted_again() -> None:
        now = datetime.now(timezone.utc)
        engine = make_engine(loaded.database_url())
        async with session_factory(engine).begin() as session:
            rows = await sync_accounts(session, loaded.config.accounts)
            session.add(AccountObservation(
                account_id=rows["140300M019XL0001"].id, observed_at=now - timedelta(minutes=5), source="import",
                outcome="ok", latest_post_at=now - timedelta(days=1), interaction=True,
                platform_name="阳泉市场监管", verified_entity="阳泉市市场监督管理局", verified=True))
        await engine.dispose()

    asyncio.run(posted_again())
    asyncio.run(jobs.record(loaded, asyncio.run(jobs.evaluate(loaded, None))))
    doc = report_document(asyncio.run(jobs.evaluate(loaded, None, since=datetime.now(timezone.utc).date())))
    status = {(r["name"], r["text"]): r["status"] for r in doc["rectification"] if r["subject"] == "account"}
    assert status == {
        ("阳泉市场监管", "监测时间点前2周内无更新"): "已整改",
        ("红色云阳", "未提供有效互动功能"): "截止通报前仍未整改到位",
    }

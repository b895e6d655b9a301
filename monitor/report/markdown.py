"""A 通报-style Markdown report, laid out like the notices supervising offices publish."""

from __future__ import annotations

from typing import Any

from monitor.rules.accounts import PLATFORM_NAMES

VERDICT_TEXT = {"pass": "合格", "fail": "不合格", "unknown": "无法判断"}
STATUS_TEXT = {"ok": "正常", "stale": "未更新", "blank": "空白", "unknown": "无法判断"}
CATEGORY_TEXT = {
    "dynamic": "动态要闻类", "notice_policy": "通知公告、政策文件类", "yearly": "人事、规划计划、基本信息类",
    "interaction": "互动类", "static": "其他",
}


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return lines + [""]


def render_markdown(doc: dict[str, Any]) -> str:
    """Render a report document (see report.model) as Markdown."""
    sites = doc["websites"]
    s = doc["summary"]["websites"]
    rate = f"{s['pass_rate'] * 100:.1f}%" if s["pass_rate"] is not None else "—"
    out = [
        f"# 政府网站监测情况通报（监测时间点：{doc['as_of']}）",
        "",
        f"规则集：{doc['ruleset']}　生成时间：{doc['generated_at']}",
        "",
        "## 一、总体情况",
        "",
        f"本次监测政府网站{s['checked']}个，不合格{s['failed']}个，无法判断{s['unknown']}个，合格率{rate}。",
        "",
    ]
    failed = [x for x in sites if x["verdict"] == "fail"]
    out += ["## 二、不合格网站", ""]
    if failed:
        rows = [
            [i, x["name"], x["url"], x["code"], x["unit"],
             "；".join([v["text"] for v in x["vetoes"]] + ([f"得分{x['score']}分，低于60分"] if not x["vetoes"] else []))]
            for i, x in enumerate(failed, 1)
        ]
        out += _table(["序号", "网站名称", "网址", "网站标识码", "责任单位", "存在问题"], rows)
    else:
        out += ["无。", ""]

    accounts = doc["accounts"]
    if accounts:
        a = doc["summary"]["accounts"]
        rate = f"{a['pass_rate'] * 100:.1f}%" if a["pass_rate"] is not None else "—"
        out += ["## 二之二、政务新媒体", "",
                f"本次监测政务新媒体{a['checked']}个，不合格{a['failed']}个，无法判断{a['unknown']}个，合格率{rate}。", ""]
        flagged = [x for x in accounts if x["vetoes"] or x["findings"]]
        rows = [
            [i, x["name"], x["operator"] or "", PLATFORM_NAMES.get(x["platform"], x["platform"]), x["unit"],
             VERDICT_TEXT[x["verdict"]], "，".join([v["text"] for v in x["vetoes"]] + [f["text"] for f in x["findings"]])]
            for i, x in enumerate(flagged, 1)
        ]
        out += _table(["序号", "账号名称", "开设主体", "账号类型", "责任单位", "检查结果", "存在问题"], rows) if rows else ["无。", ""]

    unknown = [x for x in sites if x["verdict"] == "unknown"]
    if unknown:
        out += ["## 三、无法判断的网站（抓取失败，不作不合格处理）", ""]
        rows = [[i, x["name"], x["url"], "；".join(u["reason"] for u in x["unknown"])] for i, x in enumerate(unknown, 1)]
        out += _table(["序号", "网站名称", "网址", "原因"], rows)

    deducted = [x for x in sites if x["deductions"]]
    if deducted:
        out += ["## 四、扣分情况", ""]
        rows = [
            [x["name"], d["text"], d["points"], x["score"] if x["score"] is not None else "—（非门户网站不计分）",
             "；".join(e["url"] for e in d["evidence"][:5]) + ("…" if len(d["evidence"]) > 5 else "")]
            for x in deducted for d in x["deductions"]
        ]
        out += _table(["网站名称", "扣分项", "扣分", "得分", "问题链接"], rows)

    warned = [(x, w) for x in sites for w in x["warnings"]]
    if warned:
        out += ["## 五、预警（如不更新将于到期日触发否决）", ""]
        rows = [[x["name"], w["text"], w["fails_on"] or "—", w["url"]] for x, w in warned]
        out += _table(["网站名称", "预警内容", "到期日期", "链接"], rows)

    if "rectification" in doc:
        out += [f"## 六、整改情况（{doc['since']}以来发现的问题）", ""]
        rows = [
            [i, "网站" if r["subject"] == "website" else "政务新媒体", r["name"], r["code"], r["text"],
             (r["first_seen"] or "")[:10], r["status"] + (f"（{r['resolved_at'][:10]}）" if r["resolved_at"] else "")]
            for i, r in enumerate(doc["rectification"], 1)
        ]
        header = ["序号", "类别", "名称", "标识码", "存在问题", "发现日期", "整改情况"]
        out += _table(header, rows) if rows else ["无。", ""]

    out += ["## 附：栏目明细", ""]
    for x in sites:
        home = x["homepage"]
        out += [
            f"### {x['name']}（{VERDICT_TEXT[x['verdict']]}）",
            "",
            f"网址：{x['url']}　网站标识码：{x['code']}　首页最近更新：{home['latest_date'] or '—'}",
            "",
        ]
        for v in x["vetoes"]:
            out.append(f"- **{v['text']}**")
            out += [f"  - {e['detail']}（{e['url']}）" for e in v["evidence"]]
        for u in x["unknown"]:
            out.append(f"- 无法判断：{u['reason']}")
        for u in x.get("notes", []):
            out.append(f"- 未能判断（不影响结论）：{u['reason']}")
        if x["vetoes"] or x["unknown"] or x.get("notes"):
            out.append("")
        rows = [
            [c["name"], CATEGORY_TEXT.get(c["category"], c["category"]), c["level"] or "—",
             c["latest_date"] or "—", STATUS_TEXT[c["status"]], c["fails_on"] or "—", c["reason"] or ""]
            for c in x["columns"]
        ]
        out += _table(["栏目", "类别", "级别", "最近更新", "状态", "到期日期", "说明"], rows)
    return "\n".join(out)

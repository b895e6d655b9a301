"""Documentation of a ruleset, generated from the rules table (docs/rules.md is this output)."""

from __future__ import annotations

from monitor.rules.catalog import Ruleset

KIND_TEXT = {"veto": "单项否决 (veto)", "deduction": "扣分 (deduction)", "finding": "finding"}

PREAMBLE = """\
# Rules of the ruleset `{name}`

Generated from `monitor/rules/catalog.py`; do not edit by hand (`python -m monitor.rules.docs > docs/rules.md`).

Basis: 《政府网站与政务新媒体检查指标》 (国办秘函〔2019〕19号) and 《政府网站发展指引》 (国办发〔2017〕47号).
Every number is a default of the ruleset; a region overrides it in its config:

```yaml
rules:
  site.columns_stale: {{dynamic_days: 14, blank_count: 5}}
```

How rules read observations:

- The 监测时间点 (as-of date) is the reference. A window of N days fails on `latest + N`
  (a news column last updated 2024-08-20 fails on 2024-09-03).
- An update is the newest dated item of a column's own list; undated items are not updates,
  and dates after the as-of date are ignored.
- A blank column (空白栏目) is a column page that was read successfully and lists nothing,
  or only a placeholder such as 暂无信息.
- A page that could not be read (timeout, refused, DNS, TLS, firewall page, error status,
  a 404 page served with status 200) is *unknown*, never stale or blank. A rule that
  counts columns is unknown when its unknown columns could tip the count, otherwise decided.
  Only such a failed observation makes a site or account 无法判断, and only when it could
  change the verdict.
- A rule or clause with no data by design or configuration is *not assessed* (未检测项), with
  the reason listed under each rule below; it never changes a verdict. A site or account
  with nothing observed in the window is `not_checked` and is not counted in 检查数.
- A link is broken when its server answers with an error status (HEAD, then GET) or its host
  name does not exist; a link that timed out or was refused is undecided and not deducted.
- Only observations at most `evaluation.max_observation_age_days` old decide a rule; an older
  successful read can still prove a column fresh.
- Portals are scored out of 100: each indicator's deductions are capped at its points
  ({points}); a portal below {pass_score:g} fails.

"""


def rules_markdown(ruleset: Ruleset) -> str:
    points = "，".join(f"{name} {value:g}" for name, value in ruleset.indicator_points.items())
    lines = [PREAMBLE.format(name=ruleset.name, points=points, pass_score=ruleset.pass_score)]
    for rule in ruleset:
        lines.append(f"## `{rule.id}` — {rule.indicator}")
        lines.append("")
        lines.append(f"- kind: {KIND_TEXT[rule.kind]}; applies to: {rule.subject}"
                     + ("" if rule.verified else "; **unverified** (from secondary sources)"))
        lines.append(f"- checks: {rule.summary}")
        params = ", ".join(f"`{k}` = {v:g}" for k, v in rule.params.items())
        lines.append(f"- parameters: {params}")
        lines.append("- official wording: " + " / ".join(f"“{rule.text(clause)}”" for clause in rule.texts))
        if rule.not_assessed:
            lines.append("- not assessed when: " + " / ".join(f"“{rule.reason(key)}”" for key in rule.not_assessed))
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    from monitor.rules.catalog import load_ruleset

    print(rules_markdown(load_ruleset("national-2019")), end="")

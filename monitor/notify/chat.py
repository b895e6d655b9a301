"""Group robots of the supervising office (WeCom, DingTalk, Feishu …) through apprise URLs.

    wecombot://KEY                 企业微信群机器人 (the key of its webhook address)
    dingtalk://TOKEN/              钉钉群机器人; dingtalk://SECRET@TOKEN/ when it signs
    feishu://TOKEN                 飞书群机器人
    json://host:port/path          any HTTP endpoint taking apprise's JSON (tests, relays)

A URL carries the robot's token, so it stays in the config: the outbox names a robot by
`webhook_id(url)` and logs show apprise's privacy form of it. apprise reports only whether a
post worked; the HTTP status in its log tells a refusal for good (4xx: a wrong token, a robot
removed) from a failure worth retrying (no connection, 5xx, 429).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re

import apprise

from monitor.notify.smtp import Delivery

logging.getLogger("apprise").addHandler(logging.NullHandler())  # its lines reach us through LogCapture

_STATUS = re.compile(r"error=(\d{3})")
_URL = re.compile(r"\w+://\S+")
RETRYABLE = {408, 425, 429}


def webhook_id(url: str) -> str:
    """How the outbox names a robot without its token."""
    return "webhook:" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def shown(url: str) -> str:
    """The URL as logs may show it (apprise's privacy form: tokens elided)."""
    client = apprise.Apprise()
    if not client.add(url):
        return url.split("://", 1)[0] + "://…"
    return str(client.urls(privacy=True)[0]).split("?", 1)[0]


def _post(url: str, title: str, body: str) -> Delivery:
    client = apprise.Apprise()
    if not client.add(url):
        return Delivery("failed", f"not an apprise URL: {shown(url)}")
    with apprise.LogCapture(level=logging.WARNING) as captured:
        ok = client.notify(title=title, body=body)
        log = captured.getvalue()  # type: ignore[union-attr]
    if ok:
        return Delivery("sent")
    reason = _URL.sub("…", " ".join(line.split(" - ", 2)[-1] for line in log.splitlines() if line.strip()))
    reason = f"{shown(url)}: {reason or 'not delivered'}"
    status = _STATUS.search(log)
    code = int(status.group(1)) if status else None
    if code is not None and 400 <= code < 500 and code not in RETRYABLE:
        return Delivery("failed", reason)
    return Delivery("pending", reason)


async def post(url: str, title: str, body: str) -> Delivery:
    """Post one message to one robot (apprise is blocking: in a thread)."""
    return await asyncio.to_thread(_post, url, title, body)

"""Alerts: a digest per responsible unit by e-mail, a summary to the supervising office and its
chat robots, written to an outbox before they are sent (exactly once) and kept from repeating by
alert states (hysteresis).

Modules, in the order a run uses them: `problems` (what a report has to say, per recipient),
`state` (what each recipient was told: new, unchanged, resolved), `compose` (the messages),
`outbox` (written before sent, marked after), `smtp` and `chat` (the channels), `service` (the use
case, `send_alerts`), `secrets` (the password only from the environment).
"""

from monitor.notify.service import AlertRun, Queued, addressed_document, send_alerts

__all__ = ["AlertRun", "Queued", "addressed_document", "send_alerts"]

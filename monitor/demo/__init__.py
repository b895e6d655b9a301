"""The bundled demo fleet: simulated government websites with planted defects, and a server.

`demo_fleet(today)` is the data (and the ground truth), `render_fleet` turns it into pages,
`DemoServer` serves them on 127.0.0.1. `synthetic_fleet` is the benchmark's larger fleet.
"""

from monitor.demo.fleet import (
    DemoColumn,
    DemoFleet,
    DemoItem,
    DemoSite,
    demo_fleet,
    synthetic_fleet,
)
from monitor.demo.render import render_fleet
from monitor.demo.server import DemoServer, DemoServerError, serve_forever

__all__ = [
    "DemoColumn",
    "DemoFleet",
    "DemoItem",
    "DemoServer",
    "DemoServerError",
    "DemoSite",
    "demo_fleet",
    "render_fleet",
    "serve_forever",
    "synthetic_fleet",
]

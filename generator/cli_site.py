"""`creditsite serve DIR [--port N]`: preview a built site locally (127.0.0.1 only)."""

from __future__ import annotations

import argparse
import functools
import http.server
from pathlib import Path
from typing import Any

from generator.errors import ConfigError


def register(subparsers: Any) -> None:
    serve = subparsers.add_parser("serve", help="preview a built site on this computer")
    serve.add_argument("site", type=Path, help="the folder `build --out` wrote")
    serve.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default 8000)")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 (the base class's own attribute, extended)
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".json": "application/json",
        ".pf_meta": "application/octet-stream",
    }

    def log_message(self, format: str, *args: Any) -> None:
        pass


def run(args: argparse.Namespace) -> int | None:
    site: Path = args.site
    if not (site / "index.html").is_file():
        raise ConfigError(
            f"{site} holds no built site (no index.html); run `creditsite build` first"
        )
    handler = functools.partial(_QuietHandler, directory=str(site))
    try:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    except OSError as exc:
        raise ConfigError(f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror}") from exc
    print(f"Serving {site} at http://127.0.0.1:{server.server_port}/ (Ctrl+C to stop)")
    with server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            print("Stopped.")
    return 0

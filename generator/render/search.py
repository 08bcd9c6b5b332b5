"""The search index: pagefind (extended build, which segments Chinese) run over the staging
tree after every page is written. Only what sits in `data-pagefind-body` is indexed: subject,
domain and case pages and the editorial pages, never the long list pages. Pagefind is the
slowest part of a build (about 1 ms per page on one core), so it is pointed at the indexed
folders only, and subject pages expose just their identity block (name, USCC, type) to it."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pagefind.service import get_executable

from generator.errors import ConfigError

# The only folders whose pages carry data-pagefind-body (plus the editorial pages).
_INDEXED = "{subjects,domains,cases,guide,data}/**/*.html"


def index_site(site: Path) -> None:
    binary = get_executable()
    if binary is None:
        raise ConfigError("pagefind is not installed (pip install 'pagefind[extended]')")
    try:
        subprocess.run(  # noqa: S603 (our own binary, fixed arguments)
            [
                str(binary),
                "--site",
                str(site),
                "--output-subdir",
                "pagefind",
                "--silent",
                "--glob",
                _INDEXED,
            ],
            check=True,
            capture_output=True,
            text=True,
        )
    except subprocess.CalledProcessError as exc:
        detail = (exc.stderr or exc.stdout or "").strip().splitlines()[-1:]
        raise ConfigError(f"pagefind could not index the site: {' '.join(detail)}") from exc

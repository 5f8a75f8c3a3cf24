"""Write the SWI-Prolog pack of secret-kb: a directory and an archive that pack_install/2 takes.

    python scripts/build_pack.py [OUTDIR]        (default dist/; `make pack`)

writes OUTDIR/secret_kb/ (pack.pl, prolog/secret_kb.pl, kb/, LICENSE, README.md,
CITATION.cff, CHANGELOG.md) and OUTDIR/secret_kb-VERSION.tgz holding the same under
secret_kb-VERSION/. The pack is assembled rather than installed from the checkout:
pack_install/2 runs `make` in a directory that has a Makefile, and the checkout's
would set up a virtual environment. Prints the two paths.
"""

from __future__ import annotations

import re
import shutil
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILES = ["pack.pl", "LICENSE", "README.md", "CITATION.cff", "CHANGELOG.md"]
TREES = ["prolog", "kb"]


def pack_version(root: Path = ROOT) -> str:
    """The version pack.pl declares."""
    match = re.search(r"^version\('([^']+)'\)\.", (root / "pack.pl").read_text("utf-8"), re.M)
    if not match:
        raise SystemExit("pack.pl declares no version('X.Y.Z')")
    return match.group(1)


def _ignore(_directory: str, names: list[str]) -> set[str]:
    return {n for n in names if n in ("__pycache__", ".qlf") or n.endswith((".pyc", ".qlf"))}


def build(outdir: Path) -> tuple[Path, Path]:
    """Write the pack directory and its archive into ``outdir``; return both paths."""
    version = pack_version()
    outdir.mkdir(parents=True, exist_ok=True)
    directory = outdir / "secret_kb"
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir()
    for name in FILES:
        shutil.copy2(ROOT / name, directory / name)
    for name in TREES:
        shutil.copytree(ROOT / name, directory / name, ignore=_ignore)
    archive = outdir / f"secret_kb-{version}.tgz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(directory, arcname=f"secret_kb-{version}")
    return directory, archive


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"):
        print(path)

"""The knowledge base's precompiled image (``qcompile/2``), and when it is stale.

The kb is loaded from a precompiled ``.qlf`` named after a digest of every
kb file's content, the kb's place and the SWI-Prolog library, so a changed
kb is never loaded stale: a new digest finds no file, and the kb is loaded
from source and compiled again. ``SECRET_KB_QLF=0`` turns this off. The
worker (:mod:`secret_kb.worker`) does the loading; this module only decides
which file, and writes it safely.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

# tempfile and shutil are imported only when an image is built: a start that
# finds its image pays for neither (docs/performance.md, cold start).


class ImageCache:
    """The kb's precompiled image: ``KB/.qlf/kb-DIGEST-CHECK.qlf`` (else in the user's cache).

    DIGEST covers the content and relative path of every ``.pl`` file under
    the kb, the kb's absolute path and the SWI-Prolog library loaded (path,
    size, time), so any change to any of them names another file: a stale
    image is never found, only rebuilt. CHECK is the digest of the image
    itself, checked before it is loaded (SWI-Prolog aborts the process on a
    truncated .qlf): a damaged image is removed, never loaded. Images are
    written under a temporary name and renamed into place, so processes
    starting together never read half a file.
    """

    def __init__(self, kb_dir: Path, library: str) -> None:
        """The cache of the kb in ``kb_dir``, for the libswipl file ``library``."""
        self.kb_dir = kb_dir
        self._build: Path | None = None
        self.digest = (None if os.environ.get("SECRET_KB_QLF", "1") == "0"
                       else kb_digest(kb_dir, library))
        self.places = [kb_dir / ".qlf"] + _user_cache(kb_dir)
        self.fresh = self._find() if self.digest else None

    def _find(self) -> Path | None:
        for place in self.places:
            for image in place.glob(f"kb-{self.digest}-*.qlf"):
                if _file_digest(image) == image.stem.rsplit("-", 1)[1]:
                    return image
                image.unlink(missing_ok=True)
        return None

    def start(self) -> Path | None:
        """A loader file to qcompile (in a fresh build directory), or None: load from source."""
        import tempfile

        for place in self.places if self.digest else ():
            try:
                place.mkdir(parents=True, exist_ok=True)
                build = Path(tempfile.mkdtemp(prefix=".build-", dir=place))
            except OSError:
                continue
            api = str(self.kb_dir / "engine" / "api.pl")
            loader = build / "kb"  # no .pl: a stray build directory is no kb file
            loader.write_text(f":- use_module({quoted_atom(api)}).\n", encoding="utf-8")
            self._build = loader
            return loader
        return None

    def finish(self, install: bool) -> None:
        """Move the built image into place when ``install``; always remove the build directory."""
        import shutil

        if self._build is None:
            return
        build, self._build = self._build.parent, None
        try:
            if install:
                image = build.parent / f"kb-{self.digest}-{_file_digest(build / 'kb.qlf')}.qlf"
                os.replace(build / "kb.qlf", image)
                for old in build.parent.glob("kb-*.qlf"):
                    if old != image:
                        old.unlink(missing_ok=True)
        except OSError:
            pass  # no image this time: the next start builds it
        finally:
            shutil.rmtree(build, ignore_errors=True)

    def discard(self) -> None:
        """Remove the image found (it could not be loaded): the kb loads from source."""
        if self.fresh is not None:
            self.fresh.unlink(missing_ok=True)
            self.fresh = None


def kb_digest(kb_dir: Path, library: str) -> str:
    """What an image of the kb depends on: its files, its place and the SWI-Prolog library."""
    digest = hashlib.sha256()
    library = os.path.realpath(library)
    stat = os.stat(library)
    digest.update(f"{kb_dir}\0{library}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    for path in sorted(kb_dir.rglob("*.pl")):
        relative = path.relative_to(kb_dir)
        if any(part.startswith(".") for part in relative.parts):
            continue  # .qlf/ holds the build directories of processes starting now
        digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


def _file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return ""


def _user_cache(kb_dir: Path) -> list[Path]:
    """Where images go when the kb's own directory is not writable: one directory per kb."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return []
    return [Path(base) / "secret-kb" / hashlib.sha256(str(kb_dir).encode()).hexdigest()[:16]]


def quoted_atom(text: str) -> str:
    """``text`` as a quoted Prolog atom (for the loader file; a path, never user input)."""
    escaped = "".join(
        "\\\\" if c == "\\" else "\\'" if c == "'" else
        c if c.isprintable() else f"\\x{ord(c):x}\\" for c in text)
    return f"'{escaped}'"

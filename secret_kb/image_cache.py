"""The knowledge base's precompiled image (``qcompile/2``): when it is stale, and when it is trusted.

The kb is loaded from a precompiled ``.qlf`` named after a digest of every
kb file's content, the kb's place and the SWI-Prolog library, so a changed
kb is never loaded stale: a new digest finds no file, and the kb is loaded
from source and compiled again. ``SECRET_KB_QLF=0`` turns this off. The
worker (:mod:`secret_kb.worker`) does the loading; this module only decides
which file, and writes it safely.

An image is code: loading one runs it. So an image is loaded only from a
place no one else can write to (:func:`untrusted`: the directory owned by
this user and writable by no one else, and every directory above it owned
by this user or root, writable by no one else unless sticky, like /tmp), only
if the file itself is this user's, writable by no one else and a regular
file (never a symbolic link or a FIFO, which would hang the start), and only
if its content has the digest recorded in its name when it was written (a
truncated or foreign image is removed; SWI-Prolog aborts the process on a
truncated .qlf). Otherwise the kb is compiled from source: a place refused
that holds images is said on standard error, once per process.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path

# tempfile and shutil are imported only when an image is built: a start that
# finds its image pays for neither (docs/performance.md, cold start).

# An image larger than this is no image of ours (the kb's is well under 10 MB).
MAX_IMAGE = 256 << 20

_warned: set[Path] = set()


class ImageCache:
    """The kb's precompiled image: ``KB/.qlf/kb-DIGEST-CHECK.qlf`` (else in the user's cache).

    DIGEST covers the content and relative path of every ``.pl`` file under
    the kb, the kb's absolute path and the SWI-Prolog library loaded (path,
    size, time), so any change to any of them names another file: a stale
    image is never found, only rebuilt. CHECK is the digest of the image's
    content, recorded when it is written and checked before it is loaded.
    Images are written under a temporary name and renamed into place, so
    processes starting together never read half a file. Only trusted places
    are read or written (module comment); ``refused`` says which were not,
    and why.
    """

    def __init__(self, kb_dir: Path, library: str) -> None:
        """The cache of the kb in ``kb_dir``, for the libswipl file ``library``."""
        self.kb_dir = kb_dir
        self._build: Path | None = None
        self.digest = (None if os.environ.get("SECRET_KB_QLF", "1") == "0"
                       else kb_digest(kb_dir, library))
        self.places = [kb_dir / ".qlf"] + _user_cache(kb_dir)
        self.refused: dict[Path, str] = {}
        self.fresh = self._find() if self.digest else None

    def _trusted(self, place: Path) -> bool:
        """Whether images may be read from and written to ``place`` (``refused`` says why not)."""
        why = untrusted(place)
        if why is None:
            return True
        self.refused[place] = why
        if place not in _warned and _holds_images(place):
            _warned.add(place)
            sys.stderr.write(f"secret-kb: not loading the precompiled kb image in {place}: {why}; "
                             "compiling the knowledge base instead\n")
        return False

    def _find(self) -> Path | None:
        for place in self.places:
            if not place.is_dir() or not self._trusted(place):
                continue
            for image in place.glob(f"kb-{self.digest}-*.qlf"):
                if _image_digest(image) == image.stem.rsplit("-", 1)[1]:
                    return image
                image.unlink(missing_ok=True)  # truncated, damaged or not ours
        return None

    def start(self) -> Path | None:
        """A loader file to qcompile (in a fresh build directory), or None: load from source."""
        import tempfile

        for place in self.places if self.digest else ():
            try:
                _make_directory(place)
                if not self._trusted(place):
                    continue
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
                built = build / "kb.qlf"
                built.chmod(0o644)  # whatever the umask: writable by its owner only
                image = build.parent / f"kb-{self.digest}-{_image_digest(built)}.qlf"
                os.replace(built, image)
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


def untrusted(directory: Path) -> str | None:
    """Why code in ``directory`` could have been written by someone else, or None if it cannot.

    The directory (its real path) must be owned by this process's user and
    writable by no one else; each directory above it owned by this user or
    root, and writable by no one else unless it is sticky (like /tmp: there
    no one else can rename or remove what is ours).
    """
    user = os.geteuid()
    try:
        real = Path(os.path.realpath(directory))
        info = os.stat(real)
    except (OSError, ValueError) as error:
        return f"it cannot be examined ({getattr(error, 'strerror', None) or error})"
    if not stat.S_ISDIR(info.st_mode):
        return "it is not a directory"
    if info.st_uid != user:
        return "it belongs to another user"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return "others can write to it"
    for parent in real.parents:
        try:
            info = os.stat(parent)
        except OSError as error:
            return f"{parent} cannot be examined ({error.strerror})"
        if info.st_uid not in (user, 0):
            return f"{parent} belongs to another user"
        if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and not info.st_mode & stat.S_ISVTX:
            return f"others can write to {parent}"
    return None


def kb_digest(kb_dir: Path, library: str) -> str:
    """What an image of the kb depends on: its files, its place and the SWI-Prolog library."""
    digest = hashlib.sha256()
    library = os.path.realpath(library)
    info = os.stat(library)
    digest.update(f"{kb_dir}\0{library}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    for path in sorted(kb_dir.rglob("*.pl")):
        relative = path.relative_to(kb_dir)
        if any(part.startswith(".") for part in relative.parts):
            continue  # .qlf/ holds the build directories of processes starting now
        digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


def _image_digest(path: Path) -> str:
    """The digest of an image file's content; "" unless it is a regular file of ours, safe to read.

    Opened without following a symbolic link and without blocking (a FIFO
    would hang the read), then checked on the open file: a regular file,
    owned by this user, writable by no one else, not too large.
    """
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return ""
    try:
        info = os.fstat(fd)
        if (not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid()
                or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH) or info.st_size > MAX_IMAGE):
            return ""
        digest = hashlib.sha256()
        while chunk := os.read(fd, 1 << 20):
            digest.update(chunk)
        return digest.hexdigest()[:16]
    except OSError:
        return ""
    finally:
        os.close(fd)


def _make_directory(place: Path) -> None:
    """Make ``place`` and the directories missing above it, writable by their owner only.

    (``Path.mkdir(parents=True)`` gives the parents the umask's mode: with
    umask 002, a group-writable directory that would never be trusted.)
    """
    missing = []
    while not place.is_dir():
        missing.append(place)
        if place.parent == place:
            break
        place = place.parent
    for directory in reversed(missing):
        try:
            directory.mkdir(mode=0o755)
        except FileExistsError:
            pass


def _holds_images(place: Path) -> bool:
    try:
        return any(place.glob("kb-*.qlf"))
    except OSError:
        return False


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

"""Finding libswipl and starting SWI-Prolog through pyswip.

pyswip finds libswipl by running ``swipl --dump-runtime-variables``, which
costs a process on the command line's critical path (docs/performance.md,
cold start). :func:`swipl_paths` finds it from the ``swipl`` on the PATH
without running it, and :func:`load` hands it to pyswip through
``LIBSWIPL_PATH``/``SWI_HOME_DIR``, falling back to pyswip's own search when
the layout is not one we know.

Nothing here runs when :mod:`secret_kb` is imported: :func:`load` is called
when the first engine starts (:class:`secret_kb.worker.PrologEngine`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import ModuleType

from .errors import KBError

# What a machine without SWI-Prolog is told (the Debian package; the set-up installs it).
MISSING = "secret-kb needs SWI-Prolog: install swi-prolog-nox"


def swipl_paths() -> tuple[str, str] | None:
    """``(libswipl, home)`` of the ``swipl`` on the PATH, found without running it.

    The layouts known: ``HOME/bin/ARCH/swipl`` with ``HOME/boot.prc``, and
    libswipl in ``HOME/lib/ARCH`` (older builds), beside ``HOME`` (``PREFIX/lib``)
    or in the multiarch directory beside it (Debian: ``/usr/lib/swi-prolog``
    and ``/usr/lib/x86_64-linux-gnu/libswipl.so.9``). None when anything is
    unclear: pyswip then searches as usual (it runs ``swipl`` to ask).
    """
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        exe = os.path.join(directory or ".", "swipl")
        if os.path.isfile(exe) and os.access(exe, os.X_OK):
            break
    else:
        return None
    real = Path(os.path.realpath(exe))
    arch, home = real.parent.name, real.parent.parent.parent
    if real.parent.parent.name != "bin" or not (home / "boot.prc").is_file():
        return None
    places = [home / "lib" / arch, home.parent]
    multiarch = getattr(sys.implementation, "_multiarch", None)
    if multiarch:
        places.append(home.parent / multiarch)
    found = {os.path.realpath(lib) for place in places for lib in place.glob("libswipl.so*")}
    return (found.pop(), str(home)) if len(found) == 1 else None


def load() -> ModuleType:
    """pyswip's ``core`` module, SWI-Prolog started (once per process, in the calling thread).

    Importing pyswip runs ``PL_initialise``; this imports it after telling
    it where libswipl is. Later calls return the same module at once.
    """
    if "pyswip.core" in sys.modules and "pyswip.prolog" in sys.modules:
        return sys.modules["pyswip.core"]
    given = [name for name in ("LIBSWIPL_PATH", "SWI_HOME_DIR") if os.environ.get(name)]
    paths = None if given else swipl_paths()
    if paths:
        os.environ["LIBSWIPL_PATH"], os.environ["SWI_HOME_DIR"] = paths
    # pyswip encodes sys.argv as UTF-8 when imported (and never uses it): an
    # argument that is not UTF-8 (typed in a Latin-1 terminal) stopped the import.
    argv = getattr(sys, "argv", None)
    if argv is not None:
        sys.argv = [arg.encode("utf-8", "backslashreplace").decode("utf-8") for arg in argv]
    try:
        import pyswip.prolog  # noqa: F401  (importing it runs PL_initialise)
    except Exception as error:  # SwiPrologNotFoundError, or an OSError from loading the library
        for name in [name for name in sys.modules if name.split(".")[0] == "pyswip"]:
            del sys.modules[name]  # half imported: the next try starts afresh
        given = os.environ.get("LIBSWIPL_PATH") if given else None
        raise KBError(MISSING + (f" (LIBSWIPL_PATH={given} cannot be loaded)" if given else
                                 f" ({error})" if isinstance(error, OSError) else "")) from None
    finally:
        if argv is not None:
            sys.argv = argv
        if paths:  # only pyswip's import reads them; keep them from child processes
            del os.environ["LIBSWIPL_PATH"], os.environ["SWI_HOME_DIR"]
    from pyswip import core

    return core


def library_path() -> str:
    """The file of the libswipl that pyswip loaded (after :func:`load`).

    pyswip may have loaded it by its bare name (``libswipl.so.9``, found by
    the dynamic linker when no ``swipl`` is on the PATH): then the file is
    the one mapped into this process.
    """
    path = load()._path
    if os.path.isabs(path):
        return os.path.realpath(path)
    name = os.path.basename(path)
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            for line in maps:
                mapped = line.split(None, 5)[-1].strip()
                if os.path.basename(mapped).startswith(name):
                    return os.path.realpath(mapped)
    except OSError:
        pass
    raise KBError(f"cannot tell which file {name} was loaded from: set LIBSWIPL_PATH and "
                  "SWI_HOME_DIR")

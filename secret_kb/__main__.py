"""``python -m secret_kb``: the ``secret-kb`` command (:func:`secret_kb.cli.run`)."""

from .cli import run

if __name__ == "__main__":
    run(prog_name="secret-kb")

# The commands of the README: `make demo`, `make test` and `make bench`.
# Each sets everything up first: SWI-Prolog, the virtual environment, the package.

VENV   := .venv
PYTHON := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEMO   := queries/seed1_police_asks_if_followed.toml

.PHONY: setup demo test bench docs pack sdist clean

setup:
	@scripts/ensure-system-packages.sh
	@$(MAKE) --no-print-directory $(STAMP)

# pip's own chatter goes to a log, shown only if the install fails.
$(STAMP): pyproject.toml
	@test -x $(PYTHON) || python3 -m venv $(VENV)
	@echo "Installing secret-kb into $(VENV) ..."
	@$(PYTHON) -m pip install -e '.[test,pandas]' \
		> $(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	@touch $(STAMP)

demo: setup
	@$(VENV)/bin/secret-kb ask --file $(DEMO)
	@echo
	@echo "In a browser: run  $(VENV)/bin/secret-kb serve  and open http://127.0.0.1:8000/"

# The browser test needs Chromium too (installed by the script's --test).
test: setup
	@scripts/ensure-system-packages.sh --test
	@$(PYTHON) -m pytest

# docs/performance.md: speed against SWI-Prolog itself, cold start,
# memory over 100,000 asks, batches of up to 100,000 lines, the research worker
# (about 45 minutes; bench/run.py --quick for a smoke run);
# then the server: concurrent clients on loopback against ask_many (bench/serve.py).
bench: setup
	@$(PYTHON) bench/run.py
	@$(PYTHON) bench/serve.py

# docs/vocabulary.md is generated from kb/vocabulary.pl, never edited by hand
# (tests/test_docs.py fails when it is stale).
docs:
	@scripts/ensure-system-packages.sh
	@swipl scripts/gen_vocabulary.pl > docs/vocabulary.md.tmp \
		|| { rm -f docs/vocabulary.md.tmp; exit 1; }
	@mv docs/vocabulary.md.tmp docs/vocabulary.md
	@echo "docs/vocabulary.md regenerated"

# The SWI-Prolog pack (dist/secret_kb/ and dist/secret_kb-VERSION.tgz), for
# pack_install/2 (docs/researchers.md); and the Python sdist and wheel in dist/.
pack:
	@python3 scripts/build_pack.py dist

sdist: setup
	@$(PYTHON) -m build --outdir dist .

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis kb/.qlf

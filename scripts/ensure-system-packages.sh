#!/usr/bin/env bash
# Make sure the system packages secret-kb uses are present:
#   needed:   SWI-Prolog (swi-prolog-nox) and Python's venv module (python3-venv);
#   optional: Graphviz (graphviz), for `secret-kb ask --format svg`.
# With --test (make test), Chromium and its driver (chromium, chromium-driver) are needed
# too: the browser test drives the page of `secret-kb serve` in headless Chromium.
# As root on Debian, install what is missing. Otherwise say what to install:
# stop (exit 1) for a missing needed package, only warn for a missing optional one.
# Failing to install an optional package is a warning too.
set -euo pipefail

needed=()
command -v swipl >/dev/null 2>&1 || needed+=(swi-prolog-nox)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || needed+=(python3-venv)
if [ "${1:-}" = "--test" ]; then
    [ -x /usr/bin/chromium ] || needed+=(chromium)
    [ -x /usr/bin/chromedriver ] || needed+=(chromium-driver)
fi
optional=()
command -v dot >/dev/null 2>&1 || optional+=(graphviz)
[ ${#needed[@]} -eq 0 ] && [ ${#optional[@]} -eq 0 ] && exit 0

warn_optional() {
    echo "warning: $1 ${optional[*]}; secret-kb ask --format svg will not work." >&2
    echo "         Install it with e.g.: sudo apt-get install -y ${optional[*]}" >&2
}

apt_install() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    missing=("${needed[@]}" "${optional[@]}")
    echo "Installing ${missing[*]} with apt-get ..."
    apt-get update -qq
    if [ ${#needed[@]} -gt 0 ]; then
        apt_install "${needed[@]}"
    fi
    if [ ${#optional[@]} -gt 0 ] && ! apt_install "${optional[@]}"; then
        warn_optional "could not install"
    fi
    exit 0
fi

if [ ${#optional[@]} -gt 0 ]; then
    warn_optional "missing:"
fi
if [ ${#needed[@]} -gt 0 ]; then
    echo "secret-kb needs: ${needed[*]}." >&2
    echo "Install it first, e.g.: sudo apt-get install -y ${needed[*]}" >&2
    exit 1
fi
exit 0

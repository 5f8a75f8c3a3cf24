#!/usr/bin/env bash
# Make sure SWI-Prolog and Python's venv module are present.
# As root on Debian, install what is missing; otherwise say what to install and stop.
set -euo pipefail

missing=()
command -v swipl >/dev/null 2>&1 || missing+=(swi-prolog-nox)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} with apt-get ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    exit 0
fi

echo "secret-kb needs: ${missing[*]}." >&2
echo "Install it first, e.g.: sudo apt-get install -y ${missing[*]}" >&2
exit 1

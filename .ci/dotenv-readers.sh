#!/usr/bin/env bash
# The real .env readers that DotenvReadersCrossCheckTest reads edited files with: Debian's python-dotenv and
# Node's dotenv (from npm, into target/dotenv-readers, where the test looks). Used by .ci/run and by the Linux
# job of .github/workflows/ci.yml; both then set NOTION_SETUP_DOTENV_READERS=required, so the test fails
# rather than skips if a reader is missing. Needs apt-get (as root, or sudo) when python-dotenv is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

dotenv_node=18.0.10
if ! /usr/bin/python3 -c 'import dotenv' >/dev/null 2>&1; then
    sudo=
    [ "$(id -u)" = 0 ] || sudo=sudo
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq python3-dotenv
fi
if [ "$(node -p "require('./target/dotenv-readers/node_modules/dotenv/package.json').version" 2>/dev/null)" != "$dotenv_node" ]; then
    mkdir -p target/dotenv-readers
    npm install --prefix target/dotenv-readers --no-save --no-audit --no-fund --loglevel=error "dotenv@$dotenv_node"
fi
/usr/bin/python3 -c 'import dotenv' || { echo "python3-dotenv could not be installed" >&2; exit 1; }
node -e "require('./target/dotenv-readers/node_modules/dotenv')" || { echo "Node dotenv could not be installed" >&2; exit 1; }

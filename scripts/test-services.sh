#!/usr/bin/env bash
# Starts the local services the integration tests talk to, when they are installed but not running.
# Tests use Testcontainers where a Docker engine exists, else these real services, and skip only when neither is there.
set -uo pipefail

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if ! port_open 5432; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    echo "courrier: starting PostgreSQL $version for the tests" >&2
    pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || echo "courrier: PostgreSQL did not start; its tests will be skipped" >&2
    for _ in $(seq 1 30); do port_open 5432 && break; sleep 1; done
  else
    echo "courrier: no PostgreSQL on 127.0.0.1:5432 and none installed; the PostgreSQL tests use Testcontainers or are skipped" >&2
  fi
fi
exit 0

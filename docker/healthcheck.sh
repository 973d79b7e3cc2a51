#!/bin/bash
# Container health check for the platform's images. The JRE base image has neither curl nor wget, so this
# sends one HTTP/1.1 GET through bash's /dev/tcp and is healthy only on a 200 answer.
#   HEALTHCHECK_PORT  port of the application (set in the image from the PORT build arg)
#   HEALTHCHECK_PATH  path to ask for (default: the readiness group, which includes the database)
set -euo pipefail

port="${HEALTHCHECK_PORT:-8080}"
path="${HEALTHCHECK_PATH:-/actuator/health/readiness}"

exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nUser-Agent: container-healthcheck\r\nConnection: close\r\n\r\n' "$path" >&3
read -r -t 5 _ status _ <&3
[ "$status" = 200 ]

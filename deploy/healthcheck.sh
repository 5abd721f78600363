#!/bin/bash
# The image's HEALTHCHECK: healthy while Rugzak's readiness probe answers 200 (database reachable, started, not
# shutting down). Plain bash (/dev/tcp): the runtime image has no curl or wget and needs none.
# The probe lives only on the management port (RUGZAK_MANAGEMENT_PORT, default 8081); the sites' port has no
# /actuator, so no answer there means unhealthy.
probe() {
    exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
    printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
    local status
    read -r -t 4 _ status _ <&3
    exec 3>&-
    [ "$status" = "200" ]
}
probe "${RUGZAK_MANAGEMENT_PORT:-8081}" 2>/dev/null && exit 0 || exit 1

#!/bin/sh
# The image's entrypoint: `meu-pedaco <command>`; see the Dockerfile's header for the commands.
set -eu
cd /app
command="${1:-web}"
[ $# -gt 0 ] && shift
case "$command" in
  web | realtime | worker | migrate)
    # exec: node replaces this shell as PID 1 and receives SIGTERM itself.
    exec node "services/$command.mjs" "$@"
    ;;
  healthcheck)
    # Docker runs this beside the main process: PID 1's command line says which server to ask.
    case "$(tr '\0' ' ' </proc/1/cmdline)" in
      *services/realtime.mjs*) url="http://127.0.0.1:${REALTIME_PORT}/health" ;;
      *services/web.mjs*) url="http://127.0.0.1:${PORT}/api/health" ;;
      *) exit 0 ;;
    esac
    exec node -e "fetch('$url', { signal: AbortSignal.timeout(2500) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
    ;;
  *)
    echo "unknown command '$command': use web, realtime, worker or migrate" >&2
    exit 64
    ;;
esac

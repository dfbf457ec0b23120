# Sourced by test.sh and bench.sh: starts a fresh in-memory Azurite on free loopback ports.
# After `start_azurite`: AZURITE_CONNECTION_STRING is set and `stop_azurite` stops it (call it on exit).
start_azurite() {
  local blob queue table
  blob=$(./scripts/free-port.sh); queue=$(./scripts/free-port.sh); table=$(./scripts/free-port.sh)
  AZURITE_LOG=$(mktemp)
  node_modules/.bin/azurite --silent --inMemoryPersistence --skipApiVersionCheck --loose \
    --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" \
    --tableHost 127.0.0.1 --tablePort "$table" >"$AZURITE_LOG" 2>&1 &
  AZURITE_PID=$!
  local up=
  # Up to 60 s: a cold node start on a busy machine (a fresh install, apt running beside it) can take 20 s and more.
  for _ in $(seq 1 300); do
    kill -0 "$AZURITE_PID" 2>/dev/null || break
    (exec 3<>/dev/tcp/127.0.0.1/"$table") 2>/dev/null && (exec 3<>/dev/tcp/127.0.0.1/"$queue") 2>/dev/null \
      && (exec 3<>/dev/tcp/127.0.0.1/"$blob") 2>/dev/null && { up=1; break; }
    sleep 0.2
  done
  if [ -z "$up" ]; then
    echo "Azurite did not start (run ./scripts/install-tools.sh?):" >&2; cat "$AZURITE_LOG" >&2
    kill "$AZURITE_PID" 2>/dev/null; return 1
  fi
  AZURITE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
}

stop_azurite() {
  kill "$AZURITE_PID" 2>/dev/null; wait "$AZURITE_PID" 2>/dev/null; rm -f "$AZURITE_LOG"
}

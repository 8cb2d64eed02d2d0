# Sourced by ./vigie and the benchmarks that start servers: class-data-sharing archives for the
# packaged application. A JVM started with an archive maps the classes it lists instead of loading
# and verifying them again (a server answers in about 1.3 s instead of 2.2 s on this machine).

# The JVM options that use the archive of one kind ("server" or "cli") beside the jar, writing it
# at exit when it is missing or stale (another JDK, a new jar); its messages are muted.
vigie_cds_options() { # $1 = jar, $2 = kind
  printf '%s\n' "-XX:SharedArchiveFile=$(dirname "$1")/vigie-$2.jsa" -XX:+AutoCreateSharedArchive \
    -Xlog:cds=off -Xlog:cds+dynamic=off
}

# Writes the server archive right after a build: the bundled samples ingested into a scratch data
# folder, then one server start on it, stopped once it has answered a search, so that even the
# first real start maps the classes a server opening an existing archive loads. Best effort: a
# failure only means the first start writes the archive itself.
vigie_train_server_cds() { # $1 = jar
  local jar="$1" dir pid i here
  here="$(cd "$(dirname "$jar")/../.." && pwd)"
  dir="$(mktemp -d)"
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx1g -jar "$jar" --data "$dir/data" \
    ingest "$here/samples/seeds" >"$dir/ingest" 2>&1 || true
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx1g \
    -XX:ArchiveClassesAtExit="$(dirname "$jar")/vigie-server.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar "$jar" --data "$dir/data" serve --port 0 --source-workers 0 --public >"$dir/out" 2>&1 &
  pid=$!
  for i in $(seq 1 600); do
    grep -q 'http://' "$dir/out" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  local address
  address="$(grep -o 'http://[^ ]*/' "$dir/out" | head -n 1)"
  if [ -n "$address" ] && command -v curl >/dev/null; then
    curl -s -o /dev/null "${address}?q=paix" || true
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
}

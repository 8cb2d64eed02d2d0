# Sourced by ./mvnw and ./vigie: makes JAVA_HOME point at a JDK 21 or newer.
# Order: JAVA_HOME if it is 21+, then the `java` on PATH, then the usual install locations
# (the newest JDK found wins). Prints what to install and fails when there is none.

vigie_jdk_major() { # $1 = a JDK home; prints its major version or nothing
  local home="$1" v=""
  [ -x "$home/bin/java" ] || return 0
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release" | head -n 1)
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  v=${v#1.}
  printf '%s\n' "${v%%[.+-]*}"
}

vigie_is_jdk21() { # $1 = a JDK home with javac, version 21 or newer
  local major
  [ -x "$1/bin/javac" ] || return 1
  major=$(vigie_jdk_major "$1")
  [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null
}

vigie_find_jdk() {
  local candidate best="" best_major=0 major
  if [ -n "${JAVA_HOME:-}" ] && vigie_is_jdk21 "$JAVA_HOME"; then
    return 0
  fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    if vigie_is_jdk21 "$candidate"; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/* /usr/java/* /usr/local/java/* /opt/java/* /opt/*jdk* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* \
      "$HOME"/.jdks/* "$HOME"/.local/share/mise/installs/java/*; do
    [ -d "$candidate" ] || continue
    vigie_is_jdk21 "$candidate" || continue
    major=$(vigie_jdk_major "$candidate")
    if [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [ -n "$best" ]; then
    export JAVA_HOME="$best"
    return 0
  fi
  cat >&2 <<'MSG'
Vigie needs a JDK 21 or newer, and none was found (JAVA_HOME, PATH, /usr/lib/jvm, /opt, ~/.sdkman).
Install one, for example:
  Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk   (or temurin-21-jdk from Adoptium)
  macOS:          brew install --cask temurin@21
then run this command again, or point JAVA_HOME at it.
MSG
  return 1
}

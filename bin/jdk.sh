# Sourced by ./counterpart and ./run-tests: finds a JDK 21 or newer and exports JAVA_HOME.
# Order: JAVA_HOME if new enough, then every JDK under /usr/lib/jvm, then javac on the PATH.

counterpart_java_major() { # prints the feature version of the java binary $1
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}

counterpart_is_jdk21() { # true when $1 is a JDK (with javac) of version 21 or newer
  local v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  v="$(counterpart_java_major "$1/bin/java")"
  [ -n "$v" ] && [ "${v%%.*}" -ge 21 ]
}

counterpart_find_jdk() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && counterpart_is_jdk21 "$JAVA_HOME"; then
    echo "$JAVA_HOME"; return 0
  fi
  for candidate in /usr/lib/jvm/*; do
    if counterpart_is_jdk21 "$candidate"; then echo "$candidate"; return 0; fi
  done
  if command -v javac >/dev/null 2>&1; then
    candidate="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    if counterpart_is_jdk21 "$candidate"; then echo "$candidate"; return 0; fi
  fi
  return 1
}

if ! JAVA_HOME="$(counterpart_find_jdk)"; then
  echo "Counterpart needs a JDK 21 or newer and found none (checked JAVA_HOME, /usr/lib/jvm/*, javac on the PATH)." >&2
  echo "Install one, e.g. 'apt-get install openjdk-21-jdk-headless' (Debian 13) or Temurin 21/25, or point JAVA_HOME at it." >&2
  exit 3
fi
export JAVA_HOME

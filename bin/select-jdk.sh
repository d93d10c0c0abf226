# Sourced by ./spinelab and .ci/run: point JAVA_HOME at a JDK >= 21.
# Keeps a JAVA_HOME that is already >= 21; otherwise takes the newest JDK under /usr/lib/jvm.

_spinelab_java_major() {
    # Prints the feature version of the java binary in $1/bin (e.g. 25), or nothing.
    local v
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    echo "${v%%.*}"
}

_spinelab_select_jdk() {
    local home major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        major=$(_spinelab_java_major "$JAVA_HOME")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            return 0
        fi
    fi
    for home in /usr/lib/jvm/*; do
        [ -x "$home/bin/javac" ] || continue
        major=$(_spinelab_java_major "$home")
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best=$home
            best_major=$major
        fi
    done
    if [ -z "$best" ]; then
        echo "spinelab: a JDK >= 21 is required (set JAVA_HOME); none found under /usr/lib/jvm" >&2
        return 1
    fi
    export JAVA_HOME=$best
    export PATH="$JAVA_HOME/bin:$PATH"
}

_spinelab_select_jdk

# Maven 3.8's bundled Guava warns about sun.misc.Unsafe on JDK >= 24; silence that noise there only.
if [ "$(_spinelab_java_major "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
    case "${MAVEN_OPTS:-}" in
        *sun-misc-unsafe-memory-access*) ;;
        *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
fi

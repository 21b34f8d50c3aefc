# Sourced by bench/publish.sh and bench/store-cost.sh once they have set root, work, n and
# bench_java (their own Java file): builds opdl's jar when it is missing, finds the cli module's test
# class path (where Fuseki and Jena's stores are, as the integration tests find them), compiles the
# corpus generator and bench_java into $work/classes, and writes n generated listings to
# $work/$n.ndjson once. Sets jar and fcp (that class path).
jar="$root/cli/target/opdl.jar"
mkdir -p "$work/classes"
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -q -o -DskipTests -Dmaven.javadoc.skip=true -pl cli -am package)
fi
[ -s "$work/fuseki.classpath" ] || (cd "$root" && mvn -B -q -o -pl cli -am test-compile dependency:build-classpath \
    -Dmaven.javadoc.skip=true -Dmdep.includeScope=test -Dmdep.outputFile="$work/fuseki.classpath" >/dev/null)
fcp="$(cat "$work/fuseki.classpath")"
javac -nowarn -d "$work/classes" -cp "$jar:$fcp" \
  "$root/schema/src/test/java/org/opdl/schema/convert/ListingCorpus.java" "$bench_java"
[ -s "$work/$n.ndjson" ] || java -cp "$jar:$work/classes" org.opdl.schema.convert.ListingCorpus "$n" 42 > "$work/$n.ndjson"

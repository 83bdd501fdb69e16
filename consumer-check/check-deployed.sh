#!/usr/bin/env bash
# Checks a Maven repository the build deployed to: exactly the sdk and the simulator (no codegen, no
# examples, no parent), each with its POM, jar, sources jar and Javadoc jar; POMs that describe the
# artifact (no parent, build or generator configuration); the jars' manifest entries. Prints what it saw.
#
#   consumer-check/check-deployed.sh [REPO]      REPO defaults to target/release-repo (every mvn verify
#                                                deploys there); a real deploy, see README "Releasing":
#   mvn -B -ntp deploy -DaltDeploymentRepository=local::file:///tmp/jamf-release && consumer-check/check-deployed.sh /tmp/jamf-release
set -euo pipefail
cd "$(dirname "$0")/.."
repo=${1:-target/release-repo}
[ -d "$repo/dev/jamfpro" ] || { echo "check-deployed: nothing deployed under $repo/dev/jamfpro" >&2; exit 1; }
repo=$(cd "$repo" && pwd)
fail() { echo "check-deployed FAILED: $*" >&2; exit 1; }
# The JDK's jar tool, not unzip: a fresh CI machine has the JDK only.
manifest_of() { local tmp; tmp=$(mktemp -d); (cd "$tmp" && jar xf "$1" META-INF/MANIFEST.MF); tr -d '\r' < "$tmp/META-INF/MANIFEST.MF"; rm -rf "$tmp"; }

artifacts=$(cd "$repo/dev/jamfpro" && ls | sort | tr '\n' ' ')
[ "$artifacts" = "jamf-pro-sdk jamf-pro-sdk-simulator " ] || fail "expected exactly jamf-pro-sdk and jamf-pro-sdk-simulator, found: $artifacts"

for artifact in jamf-pro-sdk jamf-pro-sdk-simulator; do
  dir=$(ls -d "$repo/dev/jamfpro/$artifact"/*/ | tail -1)
  # the newest deployment in the version directory (snapshots are time-stamped)
  pom=$(ls "$dir"*.pom | sort | tail -1)
  base=${pom%.pom}
  for suffix in .pom .jar -sources.jar -javadoc.jar; do
    [ -f "$base$suffix" ] || fail "missing $(basename "$base$suffix")"
  done
  extra=$(ls "$dir" | grep -E '\.(jar|pom)$' | grep -vE '(\.pom|\.jar|-sources\.jar|-javadoc\.jar)$' || true)
  [ -z "$extra" ] || fail "unexpected files: $extra"
  if grep -qE '<parent>|<build>|<properties>|jamf\.spec|openapi|<dependencyManagement>' "$pom"; then
    fail "$(basename "$pom") describes the build, not the artifact"
  fi
  for element in name description url license developer scm; do
    grep -qE "<$element[ >]" "$pom" || fail "$(basename "$pom") has no <$element> (Maven Central requires it)"
  done
  manifest=$(manifest_of "$base.jar")
  grep -q '^Automatic-Module-Name: dev\.jamfpro\.sdk' <<<"$manifest" || fail "$artifact.jar has no Automatic-Module-Name"
  jar tf "$base-javadoc.jar" | grep '^index.html$' >/dev/null || fail "$artifact javadoc jar has no index.html"
  echo "$artifact $(basename "$dir"):"
  for suffix in .pom .jar -sources.jar -javadoc.jar; do
    printf '  %-60s %9s bytes\n' "$(basename "$base$suffix")" "$(stat -c %s "$base$suffix")"
  done
  echo "  manifest: $(grep -E '^(Automatic-Module-Name|Implementation-Version|Jamf-Pro-Version):' <<<"$manifest" | tr '\n' ' ')"
done
sdk=$(ls "$repo"/dev/jamfpro/jamf-pro-sdk/*/*-sources.jar | sort | tail -1)
jar tf "$sdk" | grep '^dev/jamfpro/sdk/pro/api/ProApi.java$' >/dev/null || fail "the sdk sources jar lacks the generated sources"
manifest_of "${sdk%-sources.jar}.jar" | grep '^Jamf-Pro-Version: [0-9]' >/dev/null || fail "the sdk jar has no Jamf-Pro-Version"
echo "check-deployed: OK (sdk and simulator only, each with POM, jar, sources and Javadoc)"

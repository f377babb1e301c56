#!/usr/bin/env bash
# Tags a release: scripts/release.sh v1.2.3 [--push]
# Checks that package.json and CHANGELOG.md name the version, a clean tree on main, runs
# `npm ci && npm test` (which checks that dist/ is a fresh build), creates the annotated tag v1.2.3
# and moves the major tag (v1) to it. Prints the push commands; pushes them itself only with --push.
set -euo pipefail

usage() {
  echo "usage: scripts/release.sh v<major>.<minor>.<patch> [--push]   e.g. scripts/release.sh v1.0.1" >&2
  exit 2
}

version=""
push=false
for arg in "$@"; do
  case "$arg" in
    --push) push=true ;;
    -h | --help) usage ;;
    *)
      [[ -z "$version" ]] || usage
      version="$arg"
      ;;
  esac
done

if [[ ! "$version" =~ ^v([0-9]+)\.[0-9]+\.[0-9]+$ ]]; then
  echo "release: version \"$version\" is not valid; allowed: v<major>.<minor>.<patch>, e.g. v1.0.1" >&2
  exit 2
fi
major="v${BASH_REMATCH[1]}"
number="${version#v}"

cd "$(git rev-parse --show-toplevel)"

# The release commit carries the version: package.json and a dated CHANGELOG section with its link.
package_version="$(node -p 'JSON.parse(require("fs").readFileSync("package.json", "utf8")).version')"
if [[ "$package_version" != "$number" ]]; then
  echo "release: package.json has version \"$package_version\", not $number; run \`npm version $number --no-git-tag-version\` and commit" >&2
  exit 1
fi
if ! grep -Eq "^## \[$number\] - [0-9]{4}-[0-9]{2}-[0-9]{2}$" CHANGELOG.md; then
  echo "release: CHANGELOG.md has no \"## [$number] - YYYY-MM-DD\" section; move the [Unreleased] entries under it and commit" >&2
  exit 1
fi
if ! grep -q "^\[$number\]: .*/releases/tag/$version$" CHANGELOG.md; then
  echo "release: CHANGELOG.md has no \"[$number]: …/releases/tag/$version\" link; add it (and point [Unreleased] at $version...HEAD) and commit" >&2
  exit 1
fi

branch="$(git rev-parse --abbrev-ref HEAD)"
if [[ "$branch" != "main" ]]; then
  echo "release: on branch \"$branch\"; releases are tagged from main" >&2
  exit 1
fi
if [[ -n "$(git status --porcelain)" ]]; then
  echo "release: the working tree has uncommitted changes; commit or remove them first:" >&2
  git status --short >&2
  exit 1
fi
if git rev-parse -q --verify "refs/tags/$version" >/dev/null; then
  echo "release: tag $version already exists" >&2
  exit 1
fi

npm ci
npm test

# npm test checks dist/ against a fresh build; make sure nothing it ran left the tree dirty.
if [[ -n "$(git status --porcelain)" ]]; then
  echo "release: npm ci / npm test changed files in the tree; commit them first:" >&2
  git status --short >&2
  exit 1
fi

git tag -a "$version" -m "$version"
git tag -fa "$major" -m "Move $major to $version"
echo "Tagged $version and moved $major to $(git rev-parse --short HEAD)."

push_commands=("git push origin main" "git push origin $version" "git push --force origin $major")
if $push; then
  for cmd in "${push_commands[@]}"; do
    echo "+ $cmd"
    $cmd
  done
else
  echo "To publish, run:"
  printf '  %s\n' "${push_commands[@]}"
fi

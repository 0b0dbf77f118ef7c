#!/usr/bin/env bash
# cmake/gumbo-wasm.sh — build (or reuse from cache) the gumbo HTML parser for
# WebAssembly, for the `clean` stage of the wasm build.
#
#   GUMBO_WASM_PREFIX=$(cmake/gumbo-wasm.sh)
#
# Natively Cadena links Debian's libgumbo (0.10.1). For wasm we need gumbo's C
# sources, and this machine's Debian mirror does not serve the gumbo-parser
# source package. The npm registry does carry them: the package
# gumbo-parser@0.3.0 (Node bindings) ships Google's gumbo 0.10.1 unchanged in
# deps/gumbo-parser (Apache-2.0, its gumbo.h identical to Debian's). We fetch
# that tarball with `npm pack`, check its pinned integrity, and compile the C
# sources with emcc into a static library with a pkg-config file.
#
# The prefix lives outside the checkout, keyed by version, flags and this
# script: ${CADENA_CACHE_DIR:-$HOME/.cache/cadena}/gumbo-wasm-0.10.1-<key>.
# Its path is the LAST LINE OF STDOUT; progress goes to stderr. A cache hit
# returns at once; an interrupted build never leaves a half prefix (the prefix
# is moved into place when complete).
set -euo pipefail

readonly NPM_PACKAGE="gumbo-parser@0.3.0"
readonly NPM_INTEGRITY="sha512-Gaw0cpS5ja6d4Ok9FSK2ESP0MOHQ8ltRYCxWGLMlXwvGRZAWkZ3Sqb5FTT0MbjyGkak3kTB4C7gMWDNioKP0hA=="
readonly GUMBO_VERSION="0.10.1"
readonly CFLAGS_WASM="-Oz -fPIC -std=c99"

log() { printf '[gumbo-wasm] %s\n' "$*" >&2; }
die() { printf '[gumbo-wasm] ERROR: %s\n' "$*" >&2; exit 1; }

cache_dir() {
  local key
  key=$(printf '%s\n%s\n%s\n' "$NPM_INTEGRITY" "$CFLAGS_WASM" "$(cat "${BASH_SOURCE[0]}")" | sha256sum | cut -c1-12)
  printf '%s/gumbo-wasm-%s-%s' "${CADENA_CACHE_DIR:-$HOME/.cache/cadena}" "$GUMBO_VERSION" "$key"
}

fetch_sources() {  # into $1/package
  local work=$1 tarball integrity
  command -v npm >/dev/null || die "npm is needed to fetch gumbo's sources (install Debian's npm)"
  log "fetching ${NPM_PACKAGE} from the npm registry"
  tarball=$(cd "$work" && npm pack --silent "$NPM_PACKAGE" 2>/dev/null | tail -n 1) ||
    die "npm pack ${NPM_PACKAGE} failed"
  integrity="sha512-$(openssl dgst -sha512 -binary "$work/$tarball" | base64 -w0)"
  [[ $integrity == "$NPM_INTEGRITY" ]] || die "${tarball}: integrity ${integrity} is not the pinned one"
  tar -xzf "$work/$tarball" -C "$work"
  [[ -f $work/package/deps/gumbo-parser/src/gumbo.h ]] || die "${tarball} has no deps/gumbo-parser/src"
}

build() {  # sources in $1, install into $2
  local src=$1/package/deps/gumbo-parser/src prefix=$2 objects=() c
  export NODE_PATH=/usr/share/nodejs
  mkdir -p "$prefix/lib/pkgconfig" "$prefix/include" "$1/obj"
  for c in "$src"/*.c; do
    log "emcc $(basename "$c")"
    # shellcheck disable=SC2086
    emcc $CFLAGS_WASM -c "$c" -I"$src" -o "$1/obj/$(basename "${c%.c}").o"
    objects+=("$1/obj/$(basename "${c%.c}").o")
  done
  emar rcs "$prefix/lib/libgumbo.a" "${objects[@]}"
  cp "$src/gumbo.h" "$src/tag_enum.h" "$prefix/include/"
  cp "$1/package/deps/gumbo-parser/COPYING" "$prefix/COPYING.gumbo"
  cat > "$prefix/lib/pkgconfig/gumbo.pc" <<PC
prefix=${prefix}
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: gumbo
Description: Google's HTML5 parser, built for WebAssembly by cadena's cmake/gumbo-wasm.sh
Version: ${GUMBO_VERSION}
Libs: -L\${libdir} -lgumbo
Cflags: -I\${includedir}
PC
}

main() {
  local final
  final=$(cache_dir)
  if [[ -f $final/gumbo-wasm.stamp ]]; then
    log "cached: ${final}"
    printf '%s\n' "$final"
    return
  fi
  command -v emcc >/dev/null || die "emcc not found (install Debian's emscripten)"
  mkdir -p "$(dirname "$final")"
  # Built in a staging folder beside the final one and renamed when complete;
  # whatever an interruption leaves behind is removed.
  work=$(mktemp -d)
  stage="${final}.partial.$$"
  trap 'rm -rf "$work" "$stage"' EXIT
  fetch_sources "$work"
  build "$work" "$stage"
  sed -i "s|^prefix=.*|prefix=${final}|" "$stage/lib/pkgconfig/gumbo.pc"
  date -u +%FT%TZ > "$stage/gumbo-wasm.stamp"
  rm -rf "$final"
  mv "$stage" "$final"
  log "built: ${final}"
  printf '%s\n' "$final"
}

main "$@"

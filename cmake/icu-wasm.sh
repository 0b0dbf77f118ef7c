#!/usr/bin/env bash
# cmake/icu-wasm.sh — build (or reuse from cache) ICU 72.1 for WebAssembly.
#
#   ICU_WASM_PREFIX=$(cmake/icu-wasm.sh)
#   NODE_PATH=/usr/share/nodejs emcmake cmake -S . -B build-wasm \
#       -DCMAKE_FIND_ROOT_PATH="$ICU_WASM_PREFIX" \
#       -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node
#
# Produces, in a prefix outside the checkout:
#   include/unicode/*.h, lib/libicuuc.a, lib/libicui18n.a   static, emcc, -fPIC
#   lib/libicudata.a          the data SUBSET (cmake/icu-data-list.txt) as code,
#                             so a plain link "just works"
#   lib/libicudata-stub.a     ICU's empty data stub, for loading the data at run
#                             time instead (udata_setCommonData)
#   share/icu/72.1/icudt72l.dat   the subset as a file (runtime-load mode)
#   share/icu/72.1/icudt72l.lst   the items in it
#   include/nlohmann, share/cmake/nlohmann_json   copied from the host, so that
#                             find_package(nlohmann_json) works when cross
#                             compiling (never put -I/usr/include on emcc)
#   icu-wasm.stamp            written last; its presence = complete prefix
#
# The prefix path is the LAST LINE OF STDOUT; all progress goes to stderr.
# On a cache hit the script only runs one dpkg-query and a sha256sum: well under
# a second.
#
# Environment:
#   CADENA_CACHE_DIR     cache root (default: $HOME/.cache/cadena)
#   CADENA_ICU_OPT       optimisation flag for ICU (default -Oz; part of the key)
#   CADENA_ICU_JOBS      make -j (default 2: the machines have 2 shared cores)
#   CADENA_ICU_DATA_LIST data list (default: icu-data-list.txt next to this script)
#   CADENA_ICU_KEEP_WORK =1 keeps the temporary work dir (debugging)
# Options: --force (rebuild even if cached), --help.
#
# How (facts from shared/WASM-NOTES.md, verified on Debian 12 + emcc 3.1.6):
#  * Sources come only from apt: `apt-get source icu` (72.1 in bookworm) with
#    Debian's patches applied by dpkg-source.  A deb-src entry mirroring the
#    machine's own deb entries is added in a separate file if apt has none.
#  * ICU's --with-cross-build needs a *native* ICU build dir.  We only build
#    the wasm uc/i18n libraries (the data library is made from our subset), so
#    the native tree needs nothing but its configure output
#    (config/icucross.mk/.inc); its bin/ is filled with Debian's icu-devtools,
#    which are the very same ICU 72.1 release.  That skips the ~5.5 minute
#    native compile of the notes.
#  * ICU's prebuilt full data (source/data/in/icudt72l.dat, in the tarball) is
#    cut with icupkg to the listed items, turned into C with genccode and
#    compiled with emcc into libicudata.a: no need for ICU's wasm data build
#    (whose GNU-assembly packaging fails for wasm anyway).
set -euo pipefail

# ---------------------------------------------------------------------------
# Configuration
# ---------------------------------------------------------------------------
# Bump when the recipe changes in a way that changes the installed prefix.
readonly SCRIPT_VERSION=1
readonly ICU_VERSION=72.1
readonly ICU_MAJOR=${ICU_VERSION%%.*}
readonly ICU_DATA_NAME="icudt${ICU_MAJOR}l"      # l = little endian, as wasm
# -Oz over -O2, measured on a test program (BreakIterator + NFC + nlohmann,
# subset data linked): .wasm 64 KB smaller (-20 KB gzipped), same speed within
# the noise of a shared machine.
readonly ICU_OPT="${CADENA_ICU_OPT:--Oz}"
# -fPIC: the wasm app may load plugins as side modules (MAIN_MODULE requires
# everything linked into it to be PIC); it costs nothing in a static link.
readonly ICU_CFLAGS="${ICU_OPT} -fPIC"
readonly ICU_CONFIGURE_ARGS=(
  --host=wasm32-unknown-linux        # ICU's old config.sub rejects *-emscripten;
  --build=x86_64-pc-linux-gnu        # this pair makes it a cross build.
  --enable-static --disable-shared
  --disable-tools --disable-tests --disable-samples --disable-extras
  --disable-layoutex --disable-icuio
  --with-data-packaging=static
)
readonly JOBS="${CADENA_ICU_JOBS:-2}"
readonly CACHE_ROOT="${CADENA_CACHE_DIR:-${HOME:?HOME is not set}/.cache/cadena}"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly SCRIPT_DIR
readonly DATA_LIST="${CADENA_ICU_DATA_LIST:-${SCRIPT_DIR}/icu-data-list.txt}"
readonly DEB_SRC_FILE=/etc/apt/sources.list.d/cadena-icu-src.sources
readonly DEB_SRC_LIST=/etc/apt/sources.list.d/cadena-icu-src.list   # one-line format fallback
readonly REQUIRED_PACKAGES=(emscripten icu-devtools dpkg-dev build-essential nlohmann-json3-dev)
# The Debian JS optimizer of emcc >= -O1 needs Debian's acorn from here.
export NODE_PATH=/usr/share/nodejs

# All of stdout goes to stderr except the final result, printed on fd 3.
exec 3>&1 1>&2

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
START_TIME=$SECONDS
log() { printf '[icu-wasm %4ds] %s\n' "$((SECONDS - START_TIME))" "$*" >&2; }
die() { printf '[icu-wasm] ERROR: %s\n' "$*" >&2; exit 1; }

# run_logged NAME CMD...: run a noisy command with its output in a log file;
# on failure show the end of the log and keep a copy in the cache dir.
run_logged() {
  local name=$1; shift
  local logfile="${WORK_DIR}/logs/${name}.log"
  mkdir -p "${WORK_DIR}/logs"
  if ! "$@" >"$logfile" 2>&1; then
    local kept="${CACHE_ROOT}/icu-wasm-failed-${name}.log"
    cp "$logfile" "$kept" 2>/dev/null || kept=$logfile
    printf '[icu-wasm] ---- last 40 lines of %s ----\n' "$name" >&2
    tail -n 40 "$logfile" >&2
    die "step '${name}' failed: $* (full log: ${kept})"
  fi
}

# as_root CMD...: apt needs root; use sudo when not root and it is there.
as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root (or sudo) to run: $*"
  fi
}

# One dpkg-query for all required packages (a cache hit should cost little):
# fills PKG_STATUS[pkg] and PKG_VERSION[pkg].
declare -A PKG_STATUS=() PKG_VERSION=()
query_packages() {
  local pkg status version
  PKG_STATUS=() PKG_VERSION=()
  while IFS=$'\t' read -r pkg status version; do
    PKG_STATUS[$pkg]=$status PKG_VERSION[$pkg]=$version
  done < <(dpkg-query -W -f='${Package}\t${Status}\t${Version}\n' "${REQUIRED_PACKAGES[@]}" 2>/dev/null || true)
}

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }

# ---------------------------------------------------------------------------
# Step: packages
# ---------------------------------------------------------------------------
# Install what is missing; `apt-get update` only if something is missing
# (a fresh container has empty lists and apt-get install would fail).
ensure_packages() {
  local missing=() p
  query_packages
  for p in "${REQUIRED_PACKAGES[@]}"; do
    [[ ${PKG_STATUS[$p]:-} == "install ok installed" ]] || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  log "installing missing packages: ${missing[*]}"
  as_root apt-get update -q >&2 || die "apt-get update failed"
  as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 ||
    die "apt-get install ${missing[*]} failed"
  query_packages
}

# ---------------------------------------------------------------------------
# Step: cache key and lookup
# ---------------------------------------------------------------------------
# Two keys: LIB_KEY covers everything that changes the compiled libraries;
# the prefix key adds the data list, so editing the list makes a new prefix
# whose libraries are copied from a sibling with the same LIB_KEY.
compute_keys() {
  [[ -r $DATA_LIST ]] || die "data list not found: ${DATA_LIST}"
  local tools_version ems_version
  tools_version=${PKG_VERSION[icu-devtools]:-}
  ems_version=${PKG_VERSION[emscripten]:-}
  [[ $tools_version == "${ICU_VERSION}"-* ]] ||
    die "icu-devtools is '${tools_version:-not installed}', need ${ICU_VERSION}-* (Debian 12)"
  LIB_KEY=$(printf '%s\n' "script=${SCRIPT_VERSION}" "icu=${ICU_VERSION}" \
      "icu-devtools=${tools_version}" "emscripten=${ems_version}" \
      "cflags=${ICU_CFLAGS}" "configure=${ICU_CONFIGURE_ARGS[*]}" |
    sha256sum | cut -c1-12)
  KEY=$( { echo "lib=${LIB_KEY}"; cat "$DATA_LIST"; } | sha256sum | cut -c1-12)
  PREFIX="${CACHE_ROOT}/icu-wasm-${ICU_VERSION}-${KEY}"
  STAMP="${PREFIX}/icu-wasm.stamp"
}

finish() {  # print the result on the real stdout and leave
  log "ICU for wasm ready: ${PREFIX}"
  printf '%s\n' "$PREFIX" >&3
  exit 0
}

# Serialise builds of the same prefix between concurrent invocations (two
# CMake configures, two shells): the second waits, then reuses the result.
take_lock() {
  local lock="${CACHE_ROOT}/.icu-wasm-${ICU_VERSION}-${KEY}.lock"
  mkdir -p "$CACHE_ROOT"
  exec 9>"$lock"
  if ! flock -n 9; then
    log "another icu-wasm build of this prefix holds ${lock}; waiting for it"
    flock 9
  fi
}

# ---------------------------------------------------------------------------
# Step: deb-src entry
# ---------------------------------------------------------------------------
# apt-get source needs a deb-src entry.  If apt has none for icu, mirror every
# enabled "deb" stanza of the machine's deb822 sources whose suite belongs to
# this release (so a snapshot mirror or a proxy keeps being used, and
# third-party repos are left out) into a file of our own.  Only that file is
# then fetched, with list cleanup off so the other lists stay untouched.
# shellcheck disable=SC2016  # awk program, not shell
deb822_to_deb_src_awk='
function flush() {
  if (n > 0 && is_deb && enabled && suite_ok) {
    if (printed) print ""
    print "Types: deb-src"
    for (i = 1; i <= n; i++) print lines[i]
    printed = 1
  }
  n = 0; is_deb = 0; enabled = 1; suite_ok = 0; field = ""
}
BEGIN { n = 0; enabled = 1 }
/^[ \t]*#/ { next }
/^[ \t]*$/ { flush(); next }
/^[ \t]/   { if (field != "types") lines[++n] = $0; next }   # continuation
{
  field = tolower(substr($0, 1, index($0, ":") - 1))
  value = substr($0, index($0, ":") + 1)
  if (field == "types") {
    k = split(value, t, /[ \t]+/); for (i = 1; i <= k; i++) if (t[i] == "deb") is_deb = 1
    next
  }
  if (field == "enabled" && tolower(value) ~ /no/) enabled = 0
  if (field == "suites") {
    k = split(value, s, /[ \t]+/)
    for (i = 1; i <= k; i++) if (s[i] == codename || index(s[i], codename "-") == 1) suite_ok = 1
  }
  lines[++n] = $0
}
END { flush() }'

icu_source_available() {
  # Not `| grep -q`: grep would quit early, apt-cache die of SIGPIPE and
  # pipefail turn a match into a failure.
  local versions
  versions=$(apt-cache showsrc --only-source icu 2>/dev/null | sed -n 's/^Version: //p' || true)
  [[ $'\n'"$versions" == *$'\n'"${ICU_VERSION}"-* ]]
}

ensure_deb_src() {
  if icu_source_available; then
    log "apt already knows the icu ${ICU_VERSION} source package"
    return 0
  fi
  local codename f stanzas content=""
  # shellcheck disable=SC1091
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  [[ -n $codename ]] || die "cannot tell the Debian codename from /etc/os-release"
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -e $f && $f != "$DEB_SRC_FILE" ]] || continue
    stanzas=$(awk -v codename="$codename" "$deb822_to_deb_src_awk" "$f")
    [[ -z $stanzas ]] || content+="${stanzas}"$'\n\n'   # blank line between stanzas
  done
  local target=$DEB_SRC_FILE
  # Old one-line format (/etc/apt/sources.list): same idea, as a .list file.
  if [[ -z ${content//$'\n'/} ]]; then
    target=$DEB_SRC_LIST
    content=$(grep -hE "^deb[[:space:]].*[[:space:]]${codename}(-[a-z]+)?[[:space:]]" \
                /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
              sed 's/^deb\([[:space:]]\)/deb-src\1/' || true)$'\n'
  fi
  content="# Added by cadena cmake/icu-wasm.sh: Debian sources, for 'apt-get source icu'."$'\n'"${content}"
  if [[ ! -f $target ]] || [[ $(cat "$target") != "$(printf '%s' "$content")" ]]; then
    log "adding deb-src entries in ${target}"
    printf '%s' "$content" | as_root tee "$target" >/dev/null
  fi
  log "apt-get update (only ${target})"
  as_root apt-get update -q -o Dir::Etc::SourceList="$target" \
    -o Dir::Etc::SourceParts=- -o APT::Get::List-Cleanup=0 >&2 ||
    die "apt-get update of ${target} failed"
  icu_source_available ||
    die "apt still has no icu ${ICU_VERSION} source after adding ${target}"
}

# ---------------------------------------------------------------------------
# Step: sources
# ---------------------------------------------------------------------------
fetch_source() {
  local dl="${WORK_DIR}/download"
  mkdir -p "$dl"
  # apt drops privileges to _apt for downloads; let it write here (else it
  # warns and downloads unsandboxed).
  if [[ $EUID -eq 0 ]] && id _apt >/dev/null 2>&1; then chown _apt "$dl"; fi
  log "apt-get source --download-only icu"
  (cd "$dl" && run_logged apt-source apt-get source --download-only icu)
  local dscs=("$dl"/icu_"${ICU_VERSION}"-*.dsc) dsc
  dsc=${dscs[0]}
  [[ -f $dsc ]] || die "apt-get source did not give icu_${ICU_VERSION}-*.dsc (got: $(ls "$dl"))"
  ICU_SOURCE=$(basename "$dsc" .dsc)
  log "unpacking $(basename "$dsc") and applying Debian's patches"
  # dpkg-source unpacks the orig tarball and applies debian/patches/series.
  run_logged dpkg-source dpkg-source -x "$dsc" "${WORK_DIR}/icu"
  SRC="${WORK_DIR}/icu/source"
  FULL_DAT="${SRC}/data/in/${ICU_DATA_NAME}.dat"
  [[ -x ${SRC}/configure && -f $FULL_DAT ]] ||
    die "unexpected source layout in ${WORK_DIR}/icu (no source/configure or ${FULL_DAT#"${WORK_DIR}"/})"
  local patches
  patches=$(sed -n 's/.*info: applying //p' "${WORK_DIR}/logs/dpkg-source.log" | tr '\n' ' ')
  log "  Debian patches applied: ${patches:-none}"
}

# ---------------------------------------------------------------------------
# Step: native "cross buildroot"
# ---------------------------------------------------------------------------
# --with-cross-build wants a configured native ICU tree with
# config/icucross.{mk,inc} and the tools in bin/.  We configure natively and
# generate just those two files; bin/ gets Debian's icu-devtools (same 72.1).
prepare_native() {
  NATIVE="${WORK_DIR}/native"
  mkdir -p "$NATIVE/bin" "$NATIVE/lib"
  log "configuring native ICU (for config/icucross.mk)"
  (cd "$NATIVE" && run_logged native-configure env CC=gcc CXX=g++ "${SRC}/configure" \
      --disable-tests --disable-samples --disable-extras --disable-layoutex --disable-icuio)
  run_logged native-icucross make -C "$NATIVE" config/icucross.mk config/icucross.inc
  local tool path
  for tool in derb genbrk gencfu gencnval gendict genrb makeconv pkgdata icuinfo \
              genccode gencmn gennorm2 gensprep icupkg escapesrc; do
    path=$(command -v "$tool" || true)
    [[ -z $path && -x /usr/sbin/$tool ]] && path=/usr/sbin/$tool
    [[ -n $path ]] && ln -sf "$path" "$NATIVE/bin/$tool"
  done
  [[ -x $NATIVE/bin/icupkg && -x $NATIVE/bin/genccode && -x $NATIVE/bin/genrb ]] ||
    die "icu-devtools tools (icupkg, genccode, genrb) not found"
}

# ---------------------------------------------------------------------------
# Step: wasm libraries
# ---------------------------------------------------------------------------
# Configured with --prefix=<final prefix> (paths in the .pc files and
# icu-config are right) and installed with DESTDIR into a staging dir in the
# cache root, so the final rename is atomic (same filesystem).
build_wasm_libs() {
  local build="${WORK_DIR}/wasm"
  mkdir -p "$build"
  log "configuring ICU for wasm (CFLAGS='${ICU_CFLAGS}')"
  (cd "$build" && run_logged wasm-configure env CFLAGS="$ICU_CFLAGS" CXXFLAGS="$ICU_CFLAGS" \
      emconfigure "${SRC}/configure" --prefix="$PREFIX" \
      --with-cross-build="$NATIVE" "${ICU_CONFIGURE_ARGS[@]}")
  # SUBDIRS override: build/install stubdata, uc and i18n; skip data/ (we
  # make libicudata.a from the subset ourselves).
  log "building libicuuc + libicui18n for wasm with make -j${JOBS} (5 minutes on 2 idle cores, 20+ when they are shared)"
  run_logged wasm-make emmake make -C "$build" -j"$JOBS" SUBDIRS="stubdata common i18n"
  log "installing into staging dir"
  run_logged wasm-install emmake make -C "$build" install DESTDIR="$STAGE" \
      SUBDIRS="stubdata common i18n"
  STAGE_PREFIX="${STAGE}${PREFIX}"
  [[ -f ${STAGE_PREFIX}/lib/libicuuc.a && -f ${STAGE_PREFIX}/lib/libicui18n.a &&
     -f ${STAGE_PREFIX}/include/unicode/uversion.h ]] || die "ICU install is incomplete in ${STAGE_PREFIX}"
  # The stub installed as libicudata.a is replaced by the real subset below;
  # keep it for a runtime-load link.
  mv "${STAGE_PREFIX}/lib/libicudata.a" "${STAGE_PREFIX}/lib/libicudata-stub.a"
}

# Reuse the libraries of a complete sibling prefix with the same LIB_KEY
# (only the data list differs): copy it, repoint its text files at the new
# prefix, and let the data step overwrite the data.
find_sibling() {
  local stamp
  for stamp in "${CACHE_ROOT}"/icu-wasm-"${ICU_VERSION}"-*/icu-wasm.stamp; do
    if [[ -f $stamp ]] && grep -qx "lib_key=${LIB_KEY}" "$stamp"; then
      dirname "$stamp"
      return 0
    fi
  done
  return 1
}

seed_from_sibling() {
  local dir=$1 f
  log "reusing the ICU libraries of ${dir} (same flags, other data list)"
  STAGE_PREFIX="${STAGE}${PREFIX}"
  mkdir -p "$(dirname "$STAGE_PREFIX")"
  cp -a "$dir" "$STAGE_PREFIX"
  rm -f "${STAGE_PREFIX}/icu-wasm.stamp"
  # .pc files, icu-config, Makefile.inc name the prefix.
  { grep -rlIF "$dir" "$STAGE_PREFIX" || true; } | while read -r f; do
    sed -i "s|${dir}|${PREFIX}|g" "$f"
  done
}

# ---------------------------------------------------------------------------
# Step: data subset
# ---------------------------------------------------------------------------
# Expand the list's patterns against the full data's items.
resolve_data_list() {
  local all="${WORK_DIR}/data/all-items.txt" pattern item matched
  icupkg -l "$FULL_DAT" | sort >"$all"
  : >"${WORK_DIR}/data/items.tmp"
  while IFS= read -r pattern; do
    pattern=${pattern%%#*}; pattern=${pattern//[[:space:]]/}
    [[ -n $pattern ]] || continue
    matched=0
    while IFS= read -r item; do
      # shellcheck disable=SC2053  # glob match on purpose
      if [[ $item == $pattern ]]; then echo "$item"; matched=1; fi
    done <"$all" >>"${WORK_DIR}/data/items.tmp"
    [[ $matched -eq 1 ]] || die "${DATA_LIST}: '${pattern}' matches no item of ${ICU_DATA_NAME}.dat"
  done <"$DATA_LIST"
  sort -u "${WORK_DIR}/data/items.tmp" >"${WORK_DIR}/data/items.lst"
}

# Break-iterator bundles list their .brk/.dict files as dependencies
# (brkitr/root.res: the CJK/Thai/... dictionaries).  A listed brkitr bundle
# that refers to files not in the subset is rebuilt without those entries, so
# the subset is consistent and icupkg's dependency check (kept on, it catches
# list mistakes) passes.  derb dumps the bundle; the dump is turned back into
# genrb source with :process(dependency).
rebuild_brkitr_bundles() {
  local items="${WORK_DIR}/data/items.lst" x="${WORK_DIR}/data/x" txt="${WORK_DIR}/data/brkitr-txt"
  local item name
  mkdir -p "$txt"
  grep '^brkitr/.*\.res$' "$items" | while read -r item; do
    name=$(basename "$item" .res)
    derb -s "${x}/brkitr" -d "$txt" "${name}.res" >/dev/null 2>&1 ||
      die "derb could not dump ${item}"
    grep -q '%%DEPENDENCY' "${txt}/${name}.txt" || continue
    awk -v listed="$(sed -n 's|^brkitr/||p' "$items" | tr '\n' ' ')" '
      BEGIN { n = split(listed, l, " "); for (i = 1; i <= n; i++) have[l[i]] = 1 }
      # drop the dependency table: genrb rebuilds it from :process(dependency)
      skip > 0 { if ($0 ~ /{[ \t]*$/) skip++; else if ($0 ~ /^[ \t]*}[ \t]*$/) skip--; next }
      /^[ \t]*%%DEPENDENCY[ \t]*{[ \t]*$/ { skip = 1; next }
      /^[ \t]*(boundaries|dictionaries|lstm)[ \t]*{[ \t]*$/ { intab = 1; print; next }
      intab && /^[ \t]*}[ \t]*$/ { intab = 0; print; next }
      intab {   # entry:   key { "file" }
        if (match($0, /"[^"]*"/)) {
          f = substr($0, RSTART + 1, RLENGTH - 2); k = $1
          if (f in have) printf "        %s:process(dependency){\"%s\"}\n", k, f
          else dropped = dropped " " f
          next
        }
      }
      { print }
      END { if (dropped != "") print dropped > droppedfile }
    ' droppedfile="${txt}/${name}.dropped" "${txt}/${name}.txt" >"${txt}/${name}.new.txt"
    [[ -s ${txt}/${name}.dropped ]] || continue   # all its files are in the subset
    mv "${txt}/${name}.new.txt" "${txt}/${name}.txt"
    run_logged "genrb-${name}" genrb -q -e UTF-8 -s "$txt" -i "$x" -d "${x}/brkitr" "${name}.txt"
    log "  rebuilt ${item} without:$(tr ' ' '\n' <"${txt}/${name}.dropped" | sort -u | tr '\n' ' ')"
  done
}

build_data() {
  local data="${WORK_DIR}/data" x="${WORK_DIR}/data/x" share
  mkdir -p "$data/x" "$data/c"
  resolve_data_list
  log "cutting the ICU data to $(wc -l <"${data}/items.lst") items (${DATA_LIST##*/})"
  run_logged icupkg-extract icupkg -d "$x" -x "${data}/items.lst" "$FULL_DAT"
  rebuild_brkitr_bundles
  # -tl: little endian ASCII (wasm); no --ignore-deps: a missing dependency
  # (e.g. a locale whose .brk was left out) is an error here, not at run time.
  run_logged icupkg-new icupkg -tl -s "$x" -a "${data}/items.lst" new "${data}/${ICU_DATA_NAME}.dat"
  # The .dat as a C array named icudt72_dat, the symbol libicuuc looks for.
  # genccode names the array after the input file (its -e only applies to
  # assembly/object output), hence the copy named icudt72.dat.
  cp "${data}/${ICU_DATA_NAME}.dat" "${data}/c/icudt${ICU_MAJOR}.dat"
  run_logged genccode genccode -d "${data}/c" "${data}/c/icudt${ICU_MAJOR}.dat"
  grep -q "} icudt${ICU_MAJOR}_dat=" "${data}/c/icudt${ICU_MAJOR}_dat.c" ||
    die "genccode did not name the data array icudt${ICU_MAJOR}_dat"
  # Same flags as the libraries; the generated code includes unicode/umachine.h.
  # shellcheck disable=SC2086  # ICU_CFLAGS is a list of flags
  run_logged data-cc emcc ${ICU_CFLAGS} -I"${STAGE_PREFIX}/include" \
      -c "${data}/c/icudt${ICU_MAJOR}_dat.c" -o "${data}/c/icudata.o"
  rm -f "${STAGE_PREFIX}/lib/libicudata.a"
  run_logged data-ar emar rcs "${STAGE_PREFIX}/lib/libicudata.a" "${data}/c/icudata.o"
  share="${STAGE_PREFIX}/share/icu/${ICU_VERSION}"
  mkdir -p "$share"
  cp "${data}/${ICU_DATA_NAME}.dat" "${data}/items.lst" "$share/"
  mv "${share}/items.lst" "${share}/${ICU_DATA_NAME}.lst"
  DATA_RAW=$(stat -c %s "${share}/${ICU_DATA_NAME}.dat")
  DATA_GZ=$(gzip -9c "${share}/${ICU_DATA_NAME}.dat" | wc -c)
  DATA_ITEMS=$(wc -l <"${share}/${ICU_DATA_NAME}.lst")
  log "data subset: ${DATA_ITEMS} items, ${DATA_RAW} bytes raw, ${DATA_GZ} bytes gzip -9"
}

# ---------------------------------------------------------------------------
# Step: nlohmann_json for the cross build
# ---------------------------------------------------------------------------
copy_nlohmann() {
  [[ -d /usr/include/nlohmann && -d /usr/share/cmake/nlohmann_json ]] ||
    die "nlohmann-json3-dev files not found in /usr/include/nlohmann and /usr/share/cmake/nlohmann_json"
  mkdir -p "${STAGE_PREFIX}/include" "${STAGE_PREFIX}/share/cmake"
  rm -rf "${STAGE_PREFIX}/include/nlohmann" "${STAGE_PREFIX}/share/cmake/nlohmann_json"
  cp -a /usr/include/nlohmann "${STAGE_PREFIX}/include/"
  cp -a /usr/share/cmake/nlohmann_json "${STAGE_PREFIX}/share/cmake/"
}

# ---------------------------------------------------------------------------
# Step: smoke test of the staged prefix, before it is published
# ---------------------------------------------------------------------------
# Links a tiny program against the staged libraries and the subset data and
# runs it under node: sentence breaking with es data, NFC and case mapping.
smoke_test() {
  local t="${WORK_DIR}/smoke"
  mkdir -p "$t"
  cat >"${t}/smoke.cpp" <<'EOF'
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uclean.h>
#include <unicode/unistr.h>
#include <cstdio>
#include <memory>
#include <string>
int main() {
  UErrorCode st = U_ZERO_ERROR;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      "Hola, \xC2\xBFqu\xC3\xA9 tal? Muy bien. Adi\xC3\xB3s!");
  std::unique_ptr<icu::BreakIterator> bi(
      icu::BreakIterator::createSentenceInstance(icu::Locale("es"), st));
  if (U_FAILURE(st)) { std::printf("sentence iterator: %s\n", u_errorName(st)); return 1; }
  bi->setText(text);
  int n = 0;
  for (int32_t p = bi->next(); p != icu::BreakIterator::DONE; p = bi->next()) ++n;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(st);
  icu::UnicodeString decomposed = icu::UnicodeString::fromUTF8("Adio\xCC\x81s");
  std::string out;
  nfc->normalize(decomposed, st).toUpper(icu::Locale("es")).toUTF8String(out);
  if (U_FAILURE(st)) { std::printf("nfc: %s\n", u_errorName(st)); return 1; }
  std::printf("sentences=%d nfc_upper=%s\n", n, out.c_str());
  return (n == 3 && out == "ADI\xC3\x93S") ? 0 : 1;
}
EOF
  log "smoke test: linking a BreakIterator/NFC program with the subset data, running it in node"
  run_logged smoke-build em++ -O1 -std=c++17 -I"${STAGE_PREFIX}/include" "${t}/smoke.cpp" \
      -L"${STAGE_PREFIX}/lib" -licui18n -licuuc -licudata \
      -sENVIRONMENT=node -sWASM_ASYNC_COMPILATION=0 -o "${t}/smoke.js"
  run_logged smoke-run node "${t}/smoke.js"
  log "  $(cat "${WORK_DIR}/logs/smoke-run.log")"
}

# ---------------------------------------------------------------------------
# Step: publish
# ---------------------------------------------------------------------------
publish() {
  {
    echo "# complete ICU ${ICU_VERSION} wasm prefix made by cmake/icu-wasm.sh"
    echo "script_version=${SCRIPT_VERSION}"
    echo "key=${KEY}"
    echo "lib_key=${LIB_KEY}"
    echo "icu_source=${ICU_SOURCE}"
    echo "icu_devtools=${PKG_VERSION[icu-devtools]}"
    echo "emscripten=${PKG_VERSION[emscripten]}"
    echo "cflags=${ICU_CFLAGS}"
    echo "configure=${ICU_CONFIGURE_ARGS[*]}"
    echo "data_items=${DATA_ITEMS}"
    echo "data_bytes=${DATA_RAW}"
    echo "data_bytes_gzip9=${DATA_GZ}"
    echo "build_seconds=$((SECONDS - START_TIME))"
    echo "built=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  } >"${STAGE_PREFIX}/icu-wasm.stamp.tmp"
  mv "${STAGE_PREFIX}/icu-wasm.stamp.tmp" "${STAGE_PREFIX}/icu-wasm.stamp"
  # A prefix without stamp can only be a leftover from a manual copy; we
  # hold the lock, so replace it.
  [[ -e $PREFIX ]] && rm -rf "$PREFIX"
  mv -T "$STAGE_PREFIX" "$PREFIX"
}

# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  if [[ -n ${WORK_DIR:-} && -d $WORK_DIR ]]; then
    if [[ ${CADENA_ICU_KEEP_WORK:-0} == 1 ]]; then log "work dir kept: ${WORK_DIR}"
    else rm -rf "$WORK_DIR"; fi
  fi
  [[ -n ${STAGE:-} && -d $STAGE ]] && rm -rf "$STAGE"
  return 0
}

# ---------------------------------------------------------------------------
main() {
  local force=0 arg
  for arg in "$@"; do
    case $arg in
      --force) force=1 ;;
      -h|--help) usage; exit 0 ;;
      *) die "unknown argument '${arg}' (try --help)" ;;
    esac
  done

  ensure_packages
  compute_keys
  if [[ $force -eq 0 && -f $STAMP ]]; then finish; fi

  take_lock
  if [[ $force -eq 0 && -f $STAMP ]]; then finish; fi   # built while we waited
  log "building ICU ${ICU_VERSION} for wasm into ${PREFIX} (key ${KEY}, libs ${LIB_KEY})"

  trap cleanup EXIT
  WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/icu-wasm.XXXXXX")
  STAGE=$(mktemp -d "${CACHE_ROOT}/.icu-wasm-${ICU_VERSION}-${KEY}.tmp.XXXXXX")

  ensure_deb_src
  fetch_source
  local sibling=""
  [[ $force -eq 1 ]] || sibling=$(find_sibling) || true
  if [[ -n $sibling ]]; then
    seed_from_sibling "$sibling"
  else
    prepare_native
    build_wasm_libs
  fi
  build_data
  copy_nlohmann
  smoke_test
  publish
  log "done in $((SECONDS - START_TIME)) s"
  finish
}

# Run unless sourced (sourcing lets one call single steps while debugging).
# main never returns (finish/die exit).
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then main "$@"; fi

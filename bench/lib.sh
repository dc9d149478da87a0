# Shared by the bench scripts (source it after setting $repo, $here and defining die()).

# Sets $gongshi to a release binary: $GONGSHI_BIN when given, else `swift build -c release`
# (with --scratch-path $SCRATCH_PATH when set).
build_gongshi() {
    if [[ -n "${GONGSHI_BIN:-}" ]]; then
        gongshi=$GONGSHI_BIN
    else
        local build_args=(-c release --product gongshi)
        [[ -n "${SCRATCH_PATH:-}" ]] && build_args+=(--scratch-path "$SCRATCH_PATH")
        echo "Building gongshi (swift build ${build_args[*]}) …" >&2
        (cd "$repo" && swift build "${build_args[@]}" >&2)
        gongshi="$(cd "$repo" && swift build "${build_args[@]}" --show-bin-path)/gongshi"
    fi
    [[ -x "$gongshi" ]] || die "gongshi binary not found at $gongshi"
}

# Sets $work to a fresh folder on /dev/shm (tmpfs: see ../shared/bench/README.md) named after
# $1, removed on exit.
make_workdir() {
    if [[ -d /dev/shm && -w /dev/shm ]]; then
        work=$(mktemp -d "/dev/shm/$1.XXXXXX")
    else
        work=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
    fi
    trap 'rm -rf -- "$work"' EXIT
    trap 'exit 130' INT TERM
}

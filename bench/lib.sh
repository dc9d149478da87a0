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

# Appends the office numbers the dataset's articles publish (「联系电话：0xxx-xxxxxxxx」) to the
# site's privacy.allowed_numbers, as a county allow-lists its own offices' lines: the privacy
# guard refuses every landline that is not official. Usage: allow_dataset_numbers SITE_FOLDER
allow_dataset_numbers() {
    local site=$1 numbers
    numbers=$(grep -rhoE '联系电话：0[0-9]{2,3}-[0-9]{7,8}' "$site/content" 2>/dev/null \
        | sed 's/^联系电话：//' | sort -u | sed 's/.*/"&"/' | paste -sd, -)
    [[ -n "$numbers" ]] || return 0
    printf '\nprivacy:\n  allowed_numbers: [%s]\n' "$numbers" >>"$site/site.yaml"
}

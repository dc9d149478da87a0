/// The keys of `site.yaml` `limits:`, e.g. `limits: { max_file_size: 128MiB }`. A site whose
/// rosters really are larger than the default says so here, in one visible place.
enum LimitsSchema {
    static var schema: YAMLSchema<InputLimits> {
        YAMLSchema([
            .checked("max_file_size", type: "大小（如 128MiB）", \.maxFileSize, message: Messages.invalidMaxFileSize,
                     help: "单个输入文件的上限（默认 64MiB，1KiB–1GiB）") { text in
                guard let size = InputLimits.parseSize(text), InputLimits.allowedMaxFileSize.contains(size) else { return nil }
                return size
            },
        ])
    }
}

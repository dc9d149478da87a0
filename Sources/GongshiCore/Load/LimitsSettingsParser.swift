import Yams

/// Reads the `limits:` block of `site.yaml`, e.g. `limits: { max_file_size: 128MiB }`. A site
/// whose rosters really are larger than the default says so here, in one visible place.
enum LimitsSettingsParser {
    static let knownKeys = ["max_file_size"]

    static func parse(_ node: Node, file: SourceLocation, log: inout DiagnosticLog) -> InputLimits {
        var limits = InputLimits()
        if YAMLReader.isNull(node) { return limits }
        let reader = YAMLMappingReader(file: file.file)
        reader.read(node, known: knownKeys, log: &log) { key, value, at, log in
            switch key {
            case "max_file_size":
                guard let text = YAMLReader.string(value), let size = InputLimits.parseSize(text),
                      InputLimits.allowedMaxFileSize.contains(size)
                else {
                    log.error(at, Messages.invalidMaxFileSize)
                    return
                }
                limits.maxFileSize = size
            default:
                break
            }
        }
        return limits
    }
}

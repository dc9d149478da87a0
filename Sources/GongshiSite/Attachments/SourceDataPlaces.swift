import GongshiCore

/// Where the site's source data really is (links resolved): the rosters, `regions.csv`,
/// `standards.yaml` and `.gongshi/` (the known names). A file published as a file (an attachment,
/// a static file) whose real path is in one of them is refused, whatever link led there.
struct SourceDataPlaces: Sendable {
    /// Real paths, lowercased (a case-insensitive disk reads `Rosters` as `rosters`).
    let places: [String]
    /// The real path of `content/`, lowercased.
    let content: String?

    init(files: SiteFiles) {
        func real(_ relative: String) -> String? {
            switch try? files.entry(relative) {
            case .folder(let path)?, .file(let path)?: return path.lowercased()
            default: return nil
            }
        }
        places = (PublishableFilesLoader.sourceData.map { "content/" + $0 } + [".gongshi"]).compactMap(real)
        content = real("content")
    }

    /// Whether `entry` (a file of the site, links followed) is source data, or, when
    /// `refusingContent`, anything of `content/`.
    func holds(_ entry: SiteFiles.Entry, refusingContent: Bool) -> Bool {
        guard case .file(let real) = entry else { return false }
        let path = real.lowercased()
        let within = { (place: String) in path == place || path.hasPrefix(place + "/") }
        if places.contains(where: within) { return true }
        if refusingContent, let content, within(content) { return true }
        return false
    }
}

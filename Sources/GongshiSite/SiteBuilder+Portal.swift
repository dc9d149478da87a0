import GongshiCore

extension SiteBuilder {
    /// `portal.party_mark` names an image the site does not publish (a theme asset, `assets/…`):
    /// every footer would show a broken 党政机关标识.
    static func missingPartyMark(_ config: SiteConfig, assets: [OutputFile]) -> Diagnostic? {
        guard let mark = config.portal?.partyMark, !assets.contains(where: { $0.path == mark }) else { return nil }
        return .error(config.keyLocations["portal"] ?? SourceLocation(file: SiteConfig.fileName), Messages.partyMarkMissing(mark))
    }
}

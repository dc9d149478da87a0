import Foundation
import GongshiCore

/// Where `gongshi print` and `gongshi import` may write. Print pages and 明白卡 must never land
/// where the next build publishes from or into (the site's content/, themes/, templates/, its
/// output), and import writes rosters only into content/rosters/. Judged on real paths, so that a
/// symbolic link (`out -> themes/default/assets`) cannot carry a household's card onto the web.
package enum DestinationGuard {
    /// Why a destination is refused.
    package enum Place: Sendable, Equatable {
        case siteOrAbove
        case content
        case themes
        case templates
        /// `public/`, or any folder carrying the marker `gongshi build` writes into its output.
        case output
        /// Import only: the month folder leads out of content/rosters/.
        case outsideRosters

        package var message: String {
            switch self {
            case .siteOrAbove: return Messages.destinationSiteOrAbove
            case .content: return Messages.destinationContent
            case .themes: return Messages.destinationThemes
            case .templates: return Messages.destinationTemplates
            case .output: return Messages.destinationOutput
            case .outsideRosters: return Messages.destinationOutsideRosters
            }
        }
    }

    package struct Refusal: Sendable, Equatable {
        /// The destination as the command would write it.
        package let path: String
        /// Where it really leads.
        package let resolved: String
        package let place: Place
    }

    /// A folder for print files: anywhere but the site folder or above it, the site's content/,
    /// themes/, templates/ and public/, and any folder `gongshi build` wrote.
    package static func printRefusal(_ folder: String, siteFolder: String) -> Refusal? {
        guard let resolved = RealPath.resolve(folder), let site = RealPath.resolve(siteFolder) else {
            return Refusal(path: folder, resolved: folder, place: .siteOrAbove)
        }
        if let place = publishedPlace(resolved, site: site, siteFolder: siteFolder, including: [.content]) {
            return Refusal(path: folder, resolved: resolved, place: place)
        }
        return nil
    }

    /// A month folder `gongshi import` writes: it must lead into the site's content/rosters/ (which
    /// may itself be a link to a shared drive) and never into a folder that is published.
    package static func importRefusal(_ monthFolder: String, siteFolder: String) -> Refusal? {
        guard let resolved = RealPath.resolve(monthFolder), let site = RealPath.resolve(siteFolder),
              let rosters = RealPath.resolve(siteFolder + "/content/rosters")
        else { return Refusal(path: monthFolder, resolved: monthFolder, place: .outsideRosters) }
        if let place = publishedPlace(resolved, site: site, siteFolder: siteFolder, including: []) {
            return Refusal(path: monthFolder, resolved: resolved, place: place)
        }
        if resolved == rosters || !RealPath.isWithin(resolved, rosters) {
            return Refusal(path: monthFolder, resolved: resolved, place: .outsideRosters)
        }
        return nil
    }

    /// The first guarded place `resolved` is in, checking content/ only when asked.
    private static func publishedPlace(_ resolved: String, site: String, siteFolder: String, including extra: [Place]) -> Place? {
        if RealPath.isWithin(site, resolved) { return .siteOrAbove }
        var guarded: [(String, Place)] = [("themes", .themes), ("templates", .templates), ("public", .output)]
        if extra.contains(.content) { guarded.insert(("content", .content), at: 0) }
        for (name, place) in guarded {
            // Both spellings: the folder as linked from the site, and where it really is.
            if let real = RealPath.resolve(siteFolder + "/" + name), RealPath.isWithin(resolved, real) { return place }
            if RealPath.isWithin(resolved, site + "/" + name) { return place }
        }
        return insideBuiltOutput(resolved) ? .output : nil
    }

    /// The folder or one above it holds the marker of a folder `gongshi build` writes.
    private static func insideBuiltOutput(_ path: String) -> Bool {
        var current = path
        while true {
            if FileManager.default.fileExists(atPath: (current == "/" ? "" : current) + "/" + Publisher.markerFileName) { return true }
            let parent = POSIXFileWriter.parent(of: current)
            if parent == current || current.isEmpty { return false }
            current = parent
        }
    }
}

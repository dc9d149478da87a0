import Foundation

/// The full names a site's rosters were imported from, kept only as salted hashes in a private
/// file inside the site folder (never content, never published, never committed). Every build,
/// check, print and serve refuses a text that contains one of them.
///
/// (Interface only; the file format and matching are filled in by the known-names work.)
package struct KnownNames: Sendable {
    package init() {}

    /// Loads the site's known-names file, or nil when there is none.
    package static func load(siteFolder: URL) throws(ContentErrors) -> KnownNames? { nil }

    /// Ranges (indices into `scalars`, already normalised by `PrivacyNormalizer`) where a known
    /// full name appears.
    package func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] { [] }

    package var isEmpty: Bool { true }
}

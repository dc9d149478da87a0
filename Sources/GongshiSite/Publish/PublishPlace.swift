import Foundation

/// Where a build publishes: the output's real path, the folder it sits in, the names of the
/// staging and previous folders beside it (and of the previous tree the next build updates), and how each is shown to the clerk (relative to the
/// site folder when inside it, never a path the clerk would not recognise).
struct PublishPlace {
    /// Real path of the output (a symlinked output is replaced where it points).
    let output: String
    let parent: String
    /// The output's last path component.
    let name: String
    /// Real path of the site folder.
    let site: String

    init(output: URL, siteFolder: URL) {
        self.output = output.standardizedFileURL.resolvingSymlinksInPath().path
        site = siteFolder.standardizedFileURL.resolvingSymlinksInPath().path
        parent = POSIXFileWriter.parent(of: self.output)
        name = (self.output as NSString).lastPathComponent
    }

    static let stagingInfix = ".staging-"
    static let previousInfix = ".previous-"

    func staging(pid: Int32) -> String { "\(parent)/.\(name)\(Self.stagingInfix)\(pid)" }
    func previous(pid: Int32) -> String { "\(parent)/.\(name)\(Self.previousInfix)\(pid)" }

    /// The output a finished build replaced, kept beside it (`.NAME.previous`, no process id) so
    /// that the next build updates it into its staging tree instead of linking every page into
    /// a fresh one (`PreviousTree`). No `LeftoverFolders` pattern matches this name.
    var previousTree: String { "\(parent)/.\(name)\(Self.previousTreeSuffix)" }
    static let previousTreeSuffix = ".previous"

    /// A path as the clerk sees it: relative to the site folder when inside it.
    func display(_ path: String) -> String {
        if path == site { return "." }
        if path.hasPrefix(site + "/") { return String(path.dropFirst(site.count + 1)) }
        return path
    }

    var outputDisplay: String { display(output) }

    /// A file being written into the staging folder, shown as the output file it becomes.
    func displayStaged(_ path: String, staging: String) -> String {
        if path.hasPrefix(staging + "/") { return outputDisplay + "/" + path.dropFirst(staging.count + 1) }
        if path == staging { return outputDisplay }
        return display(path)
    }
}

import Foundation

extension PostsImporter {
    /// Every post and its files into a staging folder, then each moved into `content/articles`:
    /// nothing is written when a destination is taken (without `force`) or a file cannot be staged.
    static func write(_ planned: [Planned], options: Options) throws(ContentErrors) {
        let manager = FileManager.default
        let articles = options.siteFolder.appendingPathComponent("content/articles")
        // content/articles (or content/) may be a link leading out of the site's content.
        let content = options.siteFolder.appendingPathComponent("content").resolvingSymlinksInPath().path
        let site = options.siteFolder.resolvingSymlinksInPath().path
        if manager.fileExists(atPath: articles.path),
           !articles.resolvingSymlinksInPath().path.hasPrefix(site + "/content/") || content != site + "/content" {
            throw ContentErrors([.error(SourceLocation(file: "content/articles"), Messages.postsDestinationRefused)])
        }
        var taken: [Diagnostic] = []
        for plan in planned {
            let file = articles.appendingPathComponent(plan.name + ".md")
            let folder = articles.appendingPathComponent(plan.name)
            let exists = manager.fileExists(atPath: file.path) || !plan.copies.isEmpty && manager.fileExists(atPath: folder.path)
            if exists, !options.force {
                taken.append(.error(SourceLocation(file: plan.report.destination), Messages.postsDestinationExists))
            }
        }
        guard taken.isEmpty else { throw ContentErrors(taken) }
        guard !options.dryRun else { return }
        let staging = options.siteFolder.appendingPathComponent(".gongshi/import-posts-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? manager.removeItem(at: staging) }
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for plan in planned {
                try Data(plan.text.utf8).write(to: staging.appendingPathComponent(plan.name + ".md"))
                for copy in plan.copies {
                    let target = staging.appendingPathComponent(plan.name + "/" + copy.name)
                    try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try manager.copyItem(at: copy.source, to: target)
                }
            }
            try manager.createDirectory(at: articles, withIntermediateDirectories: true)
        } catch {
            throw ContentErrors([.error(SourceLocation(file: "content/articles"), Messages.cannotWrite(error))])
        }
        // Each target that is replaced goes aside first; a move that fails puts everything back.
        let aside = staging.appendingPathComponent(".replaced")
        var done: [(target: URL, staged: URL, backup: URL?, placed: Bool)] = []
        do {
            try manager.createDirectory(at: aside, withIntermediateDirectories: true)
            for plan in planned {
                for name in [plan.name + ".md"] + (plan.copies.isEmpty ? [] : [plan.name]) {
                    let target = articles.appendingPathComponent(name)
                    var backup: URL?
                    if manager.fileExists(atPath: target.path) {
                        backup = aside.appendingPathComponent(name)
                        try manager.moveItem(at: target, to: aside.appendingPathComponent(name))
                    }
                    let staged = staging.appendingPathComponent(name)
                    done.append((target, staged, backup, false))
                    try manager.moveItem(at: staged, to: target)
                    done[done.count - 1].placed = true
                }
            }
        } catch {
            for step in done.reversed() {
                if step.placed { try? manager.moveItem(at: step.target, to: step.staged) }
                if let backup = step.backup { try? manager.moveItem(at: backup, to: step.target) }
            }
            throw ContentErrors([.error(SourceLocation(file: "content/articles"), Messages.cannotWrite(error))])
        }
    }
}

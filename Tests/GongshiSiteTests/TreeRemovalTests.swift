import Foundation
import Testing
@testable import GongshiSite

/// `TreeRemoval` empties the first two levels of folders on every core, then removes what is left
/// in one pass: the whole tree goes, and nothing a link inside it points to.
@Suite struct TreeRemovalTests {
    @Test func removesAWideTreeAndNothingItLinksTo() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-remove-\(UUID().uuidString)")
        let tree = root.appendingPathComponent("tree"), outside = root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: outside.appendingPathComponent("keep.txt"))
        try Data("keep".utf8).write(to: outside.appendingPathComponent("sub/keep.txt"))
        for first in 0..<6 {
            for second in 0..<5 {
                let folder = tree.appendingPathComponent("f\(first)/s\(second)/deep/deeper")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for file in 0..<20 {
                    try Data("x".utf8).write(to: tree.appendingPathComponent("f\(first)/s\(second)/p\(file).html"))
                }
                try Data("y".utf8).write(to: folder.appendingPathComponent("page.html"))
            }
            try Data("z".utf8).write(to: tree.appendingPathComponent("f\(first)/index.html"))
            // Links at the first and second level, to a folder and to a file: removed, not followed.
            try FileManager.default.createSymbolicLink(at: tree.appendingPathComponent("f\(first)/link"), withDestinationURL: outside)
            try FileManager.default.createSymbolicLink(
                at: tree.appendingPathComponent("f\(first)/s0/link"), withDestinationURL: outside.appendingPathComponent("sub"))
            try FileManager.default.createSymbolicLink(
                at: tree.appendingPathComponent("f\(first)/s1/file-link"), withDestinationURL: outside.appendingPathComponent("keep.txt"))
        }
        try FileManager.default.createDirectory(at: tree.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: tree.appendingPathComponent("top-link"), withDestinationURL: outside)
        try Data("r".utf8).write(to: tree.appendingPathComponent("index.html"))
        #expect(mkfifo(tree.appendingPathComponent("f2/s3/fifo").path, 0o644) == 0)

        #expect(TreeRemoval.remove(tree.path) == nil)
        #expect(!FileManager.default.fileExists(atPath: tree.path))
        #expect(try String(contentsOf: outside.appendingPathComponent("keep.txt"), encoding: .utf8) == "keep")
        #expect(try String(contentsOf: outside.appendingPathComponent("sub/keep.txt"), encoding: .utf8) == "keep")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).sorted() == ["keep.txt", "sub"])
        try FileManager.default.removeItem(at: root)
    }

    /// A tree whose root is a link is not entered: the link itself is removed.
    @Test func aLinkedRootIsUnlinkedNotEmptied() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-remove-\(UUID().uuidString)")
        let target = root.appendingPathComponent("target")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: target.appendingPathComponent("a/b/keep.txt"))
        let link = root.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        #expect(TreeRemoval.remove(link.path) == nil)
        #expect(!FileManager.default.fileExists(atPath: link.path))
        #expect(try String(contentsOf: target.appendingPathComponent("a/b/keep.txt"), encoding: .utf8) == "keep")
        try FileManager.default.removeItem(at: root)
    }
}

import Foundation
import Testing
@testable import GongshiCore

/// SipHash-2-4 against the reference vectors of the SipHash paper (key 00…0f, message 00…n-1).
@Suite("SipHash24")
struct SipHash24Tests {
    static let referenceKey = SipHash24(key: Array(0..<16))!

    /// `vectors_sip64` of the reference implementation, n = 0 … 63.
    static let vectors: [UInt64] = [
        0x726f_db47_dd0e_0e31, 0x74f8_39c5_93dc_67fd, 0x0d6c_8009_d9a9_4f5a, 0x8567_6696_d7fb_7e2d,
        0xcf27_94e0_2771_87b7, 0x1876_5564_cd99_a68d, 0xcbc9_466e_58fe_e3ce, 0xab02_00f5_8b01_d137,
        0x93f5_f579_9a93_2462, 0x9e00_82df_0ba9_e4b0, 0x7a5d_bbc5_94dd_b9f3, 0xf4b3_2f46_226b_ada7,
        0x751e_8fbc_860e_e5fb, 0x14ea_5627_c084_3d90, 0xf723_ca90_8e7a_f2ee, 0xa129_ca61_49be_45e5,
        0x3f2a_cc7f_57c2_9bdb, 0x699a_e9f5_2cbe_4794, 0x4bc1_b3f0_968d_d39c, 0xbb6d_c91d_a779_61bd,
        0xbed6_5cf2_1aa2_ee98, 0xd0f2_cbb0_2e3b_67c7, 0x9353_6795_e3a3_3e88, 0xa80c_038c_cd5c_cec8,
        0xb8ad_50c6_f649_af94, 0xbce1_92de_8a85_b8ea, 0x17d8_35b8_5bbb_15f3, 0x2f2e_6163_076b_cfad,
        0xde4d_aaac_a71d_c9a5, 0xa6a2_5066_8795_6571, 0xad87_a353_5c49_ef28, 0x32d8_92fa_d841_c342,
        0x7127_512f_72f2_7cce, 0xa7f3_2346_f959_78e3, 0x12e0_b01a_bb05_1238, 0x15e0_34d4_0fa1_97ae,
        0x314d_ffbe_0815_a3b4, 0x0279_90f0_2962_3981, 0xcadc_d4e5_9ef4_0c4d, 0x9abf_d876_6a33_735c,
        0x0e3e_a96b_5304_a7d0, 0xad0c_42d6_fc58_5992, 0x1873_06c8_9bc2_15a9, 0xd4a6_0abc_f379_2b95,
        0xf935_451d_e4f2_1df2, 0xa953_8f04_1975_5787, 0xdb9a_cddf_f56c_a510, 0xd06c_98cd_5c09_75eb,
        0xe612_a3cb_9ecb_a951, 0xc766_e62c_fcad_af96, 0xee64_435a_9752_fe72, 0xa192_d576_b245_165a,
        0x0a87_87bf_8ecb_74b2, 0x81b3_e73d_20b4_9b6f, 0x7fa8_220b_a3b2_ecea, 0x2457_31c1_3ca4_2499,
        0xb78d_bfaf_3a8d_83bd, 0xea1a_d565_322a_1a0b, 0x60e6_1c23_a379_5013, 0x6606_d7e4_4628_2b93,
        0x6ca4_ecb1_5c5f_91e1, 0x9f62_6da1_5c96_25f3, 0xe51b_3860_8ef2_5f57, 0x958a_324c_eb06_4572,
    ]

    @Test("reference vectors, messages of 0 to 63 bytes", arguments: 0..<64)
    func referenceVector(_ length: Int) {
        #expect(Self.referenceKey.hash((0..<length).map { UInt8($0) }) == Self.vectors[length])
    }

    @Test("the packed path for windows agrees with the reference vectors up to 16 bytes", arguments: 0...16)
    func packedReferenceVector(_ length: Int) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for index in 0..<length {
            if index < 8 { low |= UInt64(index) << (8 * UInt64(index)) } else { high |= UInt64(index) << (8 * UInt64(index - 8)) }
        }
        #expect(Self.referenceKey.hash(low: low, high: high, count: length) == Self.vectors[length])
    }

    @Test func keyBytesRoundTrip() throws {
        let bytes: [UInt8] = [0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe, 0, 1, 2, 3, 4, 5, 6, 0xff]
        let key = try #require(SipHash24(key: bytes))
        #expect(key.keyBytes == bytes)
        #expect(key.k0 == 0xfedc_ba98_7654_3210)
        #expect(SipHash24(key: Array(bytes.dropLast())) == nil)
    }
}

/// What of a full name is remembered.
@Suite("KnownNameKeys")
struct KnownNameKeysTests {
    func keys(_ name: String) -> [String] {
        KnownNameKeys.keys(for: name).map { String(String.UnicodeScalarView($0)) }
    }

    @Test("names of 2, 3 and 4 characters are remembered whole", arguments: ["张三", "张三丰", "欧阳娜娜", "𠀀三丰"])
    func wholeName(_ name: String) {
        #expect(keys(name) == [name])
    }

    @Test("one character, five and more, or anything but ideographs: nothing to remember", arguments: [
        "张", "阿依古丽买提", "张3丰", "Zhang San", "张*丰", "", "·",
    ])
    func nothingRemembered(_ name: String) {
        #expect(keys(name).isEmpty)
    }

    @Test func aTrailingDotLeavesTheWholeName() {
        #expect(keys("张三丰·") == ["张三丰"])
    }

    @Test("whitespace, invisible characters and variation selectors are dropped; NFKC applied")
    func normalised() {
        #expect(keys(" 张\u{3000}三\u{200B}丰\t") == ["张三丰"])
        #expect(keys("张三\u{E0100}丰") == ["张三丰"])
        #expect(keys("张三\u{F900}") == ["张三\u{8C48}"])  // CJK compatibility ideograph → unified
    }

    @Test("a `·` name: the two characters on each side of every `·`, never a unit alone")
    func dottedNames() {
        #expect(keys("买买提·艾力") == ["买提艾力"])
        #expect(keys("阿依古丽·买买提") == ["古丽买买"])
        #expect(keys("阿·布") == ["阿布"])
        #expect(keys("买买提•艾力") == ["买提艾力"])
        #expect(keys("买买提．艾力") == ["买提艾力"])
        #expect(keys("买买提･艾力") == ["买提艾力"])
        #expect(keys("阿卜杜·热合曼·买买提") == ["卜杜热合", "合曼买买"])
    }
}

/// Loading, matching and the file format of the known-names file.
@Suite("KnownNames")
struct KnownNamesTests {
    static let names = KnownNames(key: SipHash24(k0: 0x0123_4567_89ab_cdef, k1: 0xfedc_ba98_7654_3210), hashes: [])
        .adding(fullNames: ["张三丰", "李四", "欧阳娜娜", "买买提·艾力", "𠀀𠀁𠀂𠀃"])

    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// The matched substrings of `text`.
    func hits(_ text: String, _ names: KnownNames = KnownNamesTests.names) -> [String] {
        let scalars = scalars(text)
        return names.matches(in: scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func remembersEachNameByItsHashes() {
        #expect(Self.names.count == 5)
        for name in ["张三丰", "李四", "欧阳娜娜", "买买提·艾力", "𠀀𠀁𠀂𠀃"] { #expect(Self.names.contains(fullName: name)) }
        #expect(!Self.names.contains(fullName: "张三"))
        #expect(!Self.names.contains(fullName: "王五"))
        #expect(!Self.names.contains(fullName: "张"))
    }

    @Test("a 2-, 3- and 4-character name inside a longer run of text, split by nothing")
    func insideText() {
        #expect(hits("今天李四来领取了低保金") == ["李四"])
        #expect(hits("户主张三丰家") == ["张三丰"])
        #expect(hits("欧阳娜娜同志") == ["欧阳娜娜"])
        #expect(hits("张三丰") == ["张三丰"])
        #expect(hits("李四") == ["李四"])
    }

    @Test func indicesAreScalarIndicesIntoTheText() {
        #expect(Self.names.matches(in: scalars("ab李四cd")) == [2..<4])
        #expect(Self.names.matches(in: scalars("李四、张三丰")) == [0..<2, 3..<6])
    }

    @Test("supplementary-plane characters (4-byte UTF-8, a 16-byte window)")
    func supplementary() {
        #expect(hits("名单𠀀𠀁𠀂𠀃完") == ["𠀀𠀁𠀂𠀃"])
        #expect(hits("𠀀𠀁𠀂").isEmpty)
    }

    @Test("masked forms and other names do not match", arguments: [
        "张*丰", "李*", "欧阳*娜", "买买提·**", "张＊丰", "张某某", "张三", "三丰", "李", "王五", "欧阳娜", "李 * 四",
    ])
    func maskedDoesNotMatch(_ text: String) {
        #expect(hits(text).isEmpty)
    }

    @Test("spaces, line breaks and the `·` between the characters of a name still match", arguments: [
        ("张 三 丰", "张 三 丰"), ("张\u{3000}三丰", "张\u{3000}三丰"), ("李\n四", "李\n四"), ("李  四", "李  四"),
        ("买买提·艾力", "买提·艾力"), ("买买提艾力", "买提艾力"), ("买买提 · 艾力", "买提 · 艾力"), ("张-三-丰", "张-三-丰"),
    ])
    func gaps(_ text: String, _ expected: String) {
        #expect(hits(text) == [expected])
    }

    @Test("a wall, a long gap or any other character ends a name", arguments: [
        "李\u{FFFC}四", "李    四", "李,四", "李a四", "李1四", "李（四）",
    ])
    func breaks(_ text: String) {
        #expect(hits(text).isEmpty)
    }

    @Test func overlappingNamesAreAllListed() {
        let names = KnownNames(key: SipHash24(k0: 1, k1: 2), hashes: []).adding(fullNames: ["张三", "张三丰", "三丰"])
        #expect(hits("张三丰", names) == ["张三", "张三丰", "三丰"])
    }

    @Test func emptyMatchesNothing() {
        #expect(KnownNames().matches(in: scalars("张三丰")).isEmpty)
        #expect(KnownNames().isEmpty)
    }

    @Test func addingKeepsTheSaltAndMerges() {
        let more = Self.names.adding(fullNames: ["王五", "李四"])
        #expect(more.key == Self.names.key)
        #expect(more.count == 6)
        #expect(more.hashes == more.hashes.sorted())
    }

    @Test func freshSaltsDiffer() {
        #expect(KnownNames().key != KnownNames().key)
        let one = KnownNames().adding(fullNames: ["张三丰"])
        let two = KnownNames().adding(fullNames: ["张三丰"])
        #expect(one.hashes != two.hashes)
    }

    // MARK: File format

    @Test func fileTextRoundTrips() throws {
        let text = Self.names.fileText
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[3] == "gongshi-known-names 1")
        #expect(lines[4] == "salt efcdab8967452301" + "1032547698badcfe")
        #expect(lines.count == 5 + 5 + 1)
        #expect(lines[5...].dropLast().allSatisfy { $0.count == 16 })
        #expect(text.hasSuffix("\n"))
        for name in ["张三丰", "李四", "欧阳娜娜", "买买提", "艾力"] { #expect(!text.contains(name)) }
        let parsed = try KnownNamesFile.parse(Array(text.utf8), file: KnownNames.path)
        #expect(parsed.key == Self.names.key)
        #expect(parsed.hashes == Self.names.hashes)
    }

    @Test func writingIsStable() {
        let shuffled = KnownNames(key: Self.names.key, hashes: Self.names.hashes.reversed() + Self.names.hashes)
        #expect(shuffled.fileText == Self.names.fileText)
    }

    @Test func readsUppercaseHexCRLFAndBlankLines() throws {
        let text = "\r\ngongshi-known-names 1\r\nsalt 000102030405060708090A0B0C0D0E0F\r\n\r\n00000000000000FF\r\n# note\r\n"
        let parsed = try KnownNamesFile.parse(Array(text.utf8), file: "f")
        #expect(parsed.key == SipHash24Tests.referenceKey)
        #expect(parsed.hashes == [255])
    }

    static let validHead = "gongshi-known-names 1\nsalt 000102030405060708090a0b0c0d0e0f\n"

    @Test("a malformed file is an error naming the file and the line", arguments: [
        ("", 0, Messages.knownNamesBadHeader),
        ("# only a comment\n", 0, Messages.knownNamesBadHeader),
        ("张三丰\n", 1, Messages.knownNamesBadHeader),
        ("gongshi-known-names\n", 1, Messages.knownNamesBadHeader),
        ("gongshi-known-names x\n", 1, Messages.knownNamesBadHeader),
        ("gongshi-known-names 0\n", 1, Messages.knownNamesBadHeader),
        ("# c\ngongshi-known-names 2\n", 2, Messages.knownNamesNewerVersion),
        ("gongshi-known-names 1\n", 0, Messages.knownNamesNoSalt),
        ("gongshi-known-names 1\nsalt 0001\n", 2, Messages.knownNamesBadSalt),
        ("gongshi-known-names 1\n0123456789abcdef\n", 2, Messages.knownNamesBadSalt),
        ("gongshi-known-names 1\nsalt 000102030405060708090a0b0c0d0e0g\n", 2, Messages.knownNamesBadSalt),
        (validHead + "0123456789abcdef\n张三丰\n", 4, Messages.knownNamesBadHash),
        (validHead + "0123456789abcde\n", 3, Messages.knownNamesBadHash),
        (validHead + "0123456789abcdef0\n", 3, Messages.knownNamesBadHash),
        (validHead + " 0123456789abcdef\n", 3, Messages.knownNamesBadHash),
    ])
    func malformed(_ text: String, _ line: Int, _ message: Message) {
        do throws(ContentErrors) {
            _ = try KnownNamesFile.parse(Array(text.utf8), file: KnownNames.path)
            Issue.record("parsed")
        } catch {
            #expect(error.diagnostics.map(\.description) == [errorLine(line == 0 ? ".gongshi/known-names" : ".gongshi/known-names:\(line)", message)])
            #expect(!error.diagnostics.map(\.description).joined().contains("张三丰"))
        }
    }
}

/// Writing the known-names file as `gongshi import` does: modes, merging, `.gitignore`.
@Suite("KnownNamesStore")
struct KnownNamesStoreTests {
    func withSite<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    func mode(_ url: URL) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
    }

    func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func createsAPrivateFolderAndFileAndIgnoresThem() throws {
        try withSite { site in
            #expect(try KnownNames.load(siteFolder: site) == nil)
            let result = try KnownNamesStore.remember(["张三丰", "李四", "张三丰", "Zhang"], siteFolder: site)
            #expect(result == .init(added: 2, total: 2))
            #expect(try mode(site.appendingPathComponent(".gongshi")) == 0o700)
            #expect(try mode(site.appendingPathComponent(".gongshi/known-names")) == 0o600)
            #expect(try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(".gongshi").path) == ["known-names"])
            #expect(try text(site.appendingPathComponent(".gitignore")) == "# gongshi import 记住的已知姓名（私密文件，不得提交）\n/.gongshi/\n")
            let loaded = try #require(try KnownNames.load(siteFolder: site))
            #expect(loaded.count == 2)
            #expect(loaded.contains(fullName: "张三丰") && loaded.contains(fullName: "李四"))
        }
    }

    @Test func importingTwiceMergesUnderTheSameSaltAndAddsTheIgnoreRuleOnce() throws {
        try withSite { site in
            _ = try KnownNamesStore.remember(["张三丰", "李四"], siteFolder: site)
            let first = try #require(try KnownNames.load(siteFolder: site))
            let result = try KnownNamesStore.remember(["李四", "王五"], siteFolder: site)
            #expect(result == .init(added: 1, total: 3))
            let second = try #require(try KnownNames.load(siteFolder: site))
            #expect(second.key == first.key)
            #expect(Set(first.hashes).isSubset(of: Set(second.hashes)))
            #expect(["张三丰", "李四", "王五"].allSatisfy(second.contains(fullName:)))
            #expect(try text(site.appendingPathComponent(".gitignore")).components(separatedBy: "/.gongshi/").count == 2)
            // Nothing new: the file is left as it was.
            let before = try text(site.appendingPathComponent(".gongshi/known-names"))
            #expect(try KnownNamesStore.remember(["王五"], siteFolder: site) == .init(added: 0, total: 3))
            #expect(try text(site.appendingPathComponent(".gongshi/known-names")) == before)
        }
    }

    @Test func tightensLoosePermissions() throws {
        try withSite { site in
            _ = try KnownNamesStore.remember(["张三丰"], siteFolder: site)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: site.appendingPathComponent(".gongshi").path)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: site.appendingPathComponent(".gongshi/known-names").path)
            _ = try KnownNamesStore.remember(["张三丰"], siteFolder: site)
            #expect(try mode(site.appendingPathComponent(".gongshi")) == 0o700)
            #expect(try mode(site.appendingPathComponent(".gongshi/known-names")) == 0o600)
            _ = try KnownNamesStore.remember(["李四"], siteFolder: site)
            #expect(try mode(site.appendingPathComponent(".gongshi/known-names")) == 0o600)
        }
    }

    @Test("an existing .gitignore keeps its lines; the rule is appended after a missing newline")
    func appendsToGitignore() throws {
        try withSite { site in
            let url = site.appendingPathComponent(".gitignore")
            try Data("public/\n*.tmp".utf8).write(to: url)
            _ = try KnownNamesStore.remember(["张三丰"], siteFolder: site)
            #expect(try text(url) == "public/\n*.tmp\n# gongshi import 记住的已知姓名（私密文件，不得提交）\n/.gongshi/\n")
        }
    }

    @Test("a .gitignore that already ignores the folder is left alone", arguments: [".gongshi", ".gongshi/", "/.gongshi/*", "  .gongshi/known-names  "])
    func equivalentRule(_ rule: String) throws {
        try withSite { site in
            let url = site.appendingPathComponent(".gitignore")
            try Data("public/\n\(rule)\n".utf8).write(to: url)
            _ = try KnownNamesStore.remember(["张三丰"], siteFolder: site)
            #expect(try text(url) == "public/\n\(rule)\n")
        }
    }

    @Test func aLinkedFolderIsRefused() throws {
        try withSite { site in
            let elsewhere = site.appendingPathComponent("themes/default/assets")
            try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: site.appendingPathComponent(".gongshi"), withDestinationURL: elsewhere)
            do throws(ContentErrors) {
                _ = try KnownNamesStore.remember(["张三丰"], siteFolder: site)
                Issue.record("wrote through a link")
            } catch {
                #expect(error.diagnostics.map(\.description) == [errorLine(".gongshi", Messages.knownNamesNotPrivateFolder)])
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
        }
    }

    @Test func aMalformedFileStopsTheImportAndIsKept() throws {
        try withSite { site in
            _ = try KnownNamesStore.remember(["张三丰"], siteFolder: site)
            let url = site.appendingPathComponent(".gongshi/known-names")
            try Data((try text(url) + "oops\n").utf8).write(to: url)
            do throws(ContentErrors) {
                _ = try KnownNamesStore.remember(["李四"], siteFolder: site)
                Issue.record("merged into a malformed file")
            } catch {
                #expect(error.diagnostics.map(\.description) == [errorLine(".gongshi/known-names:7", Messages.knownNamesBadHash)])
            }
            #expect(try text(url).hasSuffix("oops\n"))
        }
    }

    @Test func contentLoaderLoadsTheFileIntoSiteContent() throws {
        try withSite { site in
            try write(["site.yaml": Data("title: 低保公示\npublisher: 民政局\n".utf8)], in: site)
            #expect(try ContentLoader.load(siteFolder: site).0.knownNames == nil)
            _ = try KnownNamesStore.remember(["张三丰"], siteFolder: site)
            let names = try #require(try ContentLoader.load(siteFolder: site).0.knownNames)
            #expect(names.contains(fullName: "张三丰"))
            try Data("broken\n".utf8).write(to: site.appendingPathComponent(".gongshi/known-names"))
            do throws(ContentErrors) {
                _ = try ContentLoader.load(siteFolder: site)
                Issue.record("loaded a malformed file")
            } catch {
                #expect(error.diagnostics.map(\.description) == [errorLine(".gongshi/known-names:1", Messages.knownNamesBadHeader)])
            }
        }
    }
}

/// The two-level set behind `KnownNames.matches`.
@Suite("HashSet64")
struct HashSet64Tests {
    @Test func membersAndNonMembers() {
        var generator = SystemRandomNumberGenerator()
        let members = (0..<20_000).map { _ in generator.next() as UInt64 }
        let set = HashSet64(members + members.prefix(100) + [0])
        #expect(set.count == 20_001)
        #expect(members.allSatisfy(set.contains))
        #expect(set.contains(0))
        let memberSet = Set(members)
        let others = (0..<20_000).map { _ in generator.next() as UInt64 }.filter { !memberSet.contains($0) }
        #expect(!others.contains(where: set.contains))
    }

    @Test func emptyAndZero() {
        #expect(!HashSet64([]).contains(0))
        #expect(!HashSet64([]).contains(12345))
        #expect(!HashSet64([1 << 63]).contains(0))
        #expect(HashSet64([1 << 63]).contains(1 << 63))
    }
}

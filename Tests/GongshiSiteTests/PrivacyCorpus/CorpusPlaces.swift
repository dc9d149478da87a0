import Foundation

/// Where corpus cases put their text in the fuzz base site (`FuzzBaseSite`), and what standard
/// error must then name. Each builder returns the whole file it writes, so a case reads as
/// "this text, in this file".
enum CorpusPlaces {
    static let article = FuzzPlace.article
    static let notice = FuzzPlace.notice
    static let village = "content/rosters/2026-11/410829101201.csv"
    static let villageOctober = "content/rosters/2026-10/410829101201.csv"
    static let anyOutput = ProbeRunner.outputLabel

    // MARK: Private data (must be refused)

    /// An article whose Markdown body is `body`.
    static func article(_ name: String, body: String, frontMatter: String = "title: 办理说明\ndate: 2024-01-07\n",
                        digits: [String] = [], words: [String] = []) -> PrivacyProbe {
        PrivacyProbe(name: name, files: [article: .text("---\n\(frontMatter)---\n\n\(body)\n")],
                     namedFiles: [article, anyOutput], needles: words, digitNeedles: digits)
    }

    /// A 幸福清单 notice of the county whose body is `body`.
    static func happinessNotice(_ name: String, body: String, digits: [String] = [], words: [String] = []) -> PrivacyProbe {
        PrivacyProbe(name: name, files: [notice: .text(happinessNoticeText(body))],
                     namedFiles: [notice, anyOutput], needles: words, digitNeedles: digits)
    }

    static func happinessNoticeText(_ body: String) -> String {
        "---\ntitle: 幸福清单公示\ndate: 2024-06-28\ntype: 幸福清单\nregion: \"410829000000\"\n---\n\n\(body)\n"
    }

    /// The 2026-11 roster of 柳林村 with `old` replaced by `new` (households, persons and amounts
    /// unchanged, so the month's expected totals still hold).
    static func roster(_ name: String, replacing old: String, with new: String, digits: [String] = [], words: [String] = []) -> PrivacyProbe {
        PrivacyProbe(name: name, files: [village: .text(villageText(replacing: old, with: new))],
                     namedFiles: [village, anyOutput], needles: words, digitNeedles: digits)
    }

    static func villageText(replacing old: String, with new: String, month: String = village) -> String {
        (RosterSite.files[month] ?? "").replacingOccurrences(of: old, with: new)
    }

    /// A file of the default theme's `assets/` folder.
    static func asset(_ name: String, _ file: ProbeFile, digits: [String] = [], words: [String] = [], strippable: Bool = false) -> (String) -> PrivacyProbe {
        { caseName in
            PrivacyProbe(name: caseName, files: ["themes/default/assets/" + name: file],
                         namedFiles: ["themes/default/assets/" + name, anyOutput + "assets/" + name],
                         needles: words, digitNeedles: digits, strippable: strippable ? name : nil)
        }
    }

    /// The default theme's footer with `html` added at its end.
    static func footer(_ name: String, html: String, digits: [String] = [], words: [String] = []) -> PrivacyProbe {
        let text = FuzzBaseSite.text(FuzzBaseSite.footer).replacingOccurrences(of: "</div>\n</footer>", with: html + "\n</div>\n</footer>")
        return PrivacyProbe(name: name, files: [FuzzBaseSite.footer: .text(text)],
                            namedFiles: [FuzzBaseSite.footer, anyOutput], needles: words, digitNeedles: digits)
    }

    /// `site.yaml` with `title:` set to `title` (written as is after `title: `).
    static func siteTitle(_ name: String, title: String, digits: [String] = []) -> PrivacyProbe {
        PrivacyProbe(name: name,
                     files: ["site.yaml": .text(FuzzBaseSite.siteYAML.replacingOccurrences(of: "title: 测试县低保公示", with: "title: \(title)"))],
                     namedFiles: ["site.yaml", anyOutput], digitNeedles: digits)
    }

    /// The 2026-11 `_month.yaml` with `address:` set to `address` (written as is).
    static func monthAddress(_ name: String, address: String, digits: [String] = [], words: [String] = []) -> PrivacyProbe {
        PrivacyProbe(name: name,
                     files: [FuzzBaseSite.month: .text(FuzzBaseSite.monthText.replacingOccurrences(
                        of: "address: 云台县人民路88号民政局社会救助股", with: "address: \(address)"))],
                     namedFiles: [FuzzBaseSite.month, anyOutput], needles: words, digitNeedles: digits)
    }

    /// `regions.csv` with 杨庄村's name written as `field`.
    static func regionName(_ name: String, field: String, digits: [String] = []) -> PrivacyProbe {
        PrivacyProbe(name: name,
                     files: [FuzzBaseSite.regions: .text(RosterSite.regions.replacingOccurrences(of: "410829101202,杨庄村,", with: "410829101202,\(field),"))],
                     namedFiles: [FuzzBaseSite.regions, anyOutput], digitNeedles: digits)
    }

    // MARK: Legitimate content (must build)

    static func cleanArticle(_ name: String, body: String, published: String? = nil) -> CleanProbe {
        CleanProbe(name: name, files: [article: .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n\(body)\n")],
                   outputFile: "articles/fuzz.html", published: published ?? body)
    }

    /// 柳林村's head of household A001 written as `maskedName` in both months.
    static func cleanRosterName(_ name: String, maskedName: String) -> CleanProbe {
        CleanProbe(name: name, files: [
            village: .text(villageText(replacing: "A001,张*丰,", with: "A001,\(maskedName),")),
            villageOctober: .text(villageText(replacing: "A001,张*丰,", with: "A001,\(maskedName),", month: villageOctober)),
        ], outputFile: "rosters/2026-11/410829101201.html", published: maskedName)
    }

    /// 柳林村's record number A001 written as `record` in both months (record numbers are not shown
    /// on pages: the household's row is what must be published).
    static func cleanRecordNumber(_ name: String, record: String) -> CleanProbe {
        CleanProbe(name: name, files: [
            village: .text(villageText(replacing: "A001,", with: "\(record),")),
            villageOctober: .text(villageText(replacing: "A001,", with: "\(record),", month: villageOctober)),
        ], outputFile: "rosters/2026-11/410829101201.html", published: "张*丰")
    }
}

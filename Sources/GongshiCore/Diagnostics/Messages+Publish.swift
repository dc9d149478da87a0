/// Messages of the publish stage (the atomic swap, leftovers of earlier builds, the input digest)
/// and of `gongshi verify` (the output manifest). Paths are relative to the site folder (or, for
/// verify, to the checked folder); reasons come from `SystemErrorText`.
extension Messages {
    public static func publishExchangeUnavailable(_ output: String) -> Message {
        Message(.publishExchangeUnavailable,
                "输出目录 \(output) 所在的文件系统不支持原子交换目录，本次改用两次重命名发布：中间有一瞬间 \(output) 不存在",
                hint: "若恰在此时断电或中断，请重新构建")
    }

    public static func publishLeftoverNotRemoved(_ reason: String) -> Message {
        Message(.publishLeftoverNotRemoved, "这是旧的输出或中断的构建留下的目录，无法删除（\(reason)）；网站已正常发布",
                hint: "请手动删除这个目录")
    }

    public static func publishNotConfirmedOnDisk(_ reason: String) -> Message {
        Message(.publishNotConfirmedOnDisk, "新网站已发布，但未能确认已写入磁盘（\(reason)）", hint: "若随后断电，请重新构建")
    }

    public static func publishOutputMovedAway(output: String, movedTo: String, reason: String) -> Message {
        Message(.publishOutputMovedAway, "无法把新网站放到输出目录 \(output)（\(reason)），原有输出也未能移回，现在位于 \(movedTo)",
                hint: "请把它改名为 \(output)，或重新构建")
    }

    public static func buildFailedOutputMoved(errors: Int, warnings: Int) -> Message {
        Message(.buildFailedOutputMoved, "构建失败：\(errors) 个错误，\(warnings) 个警告；原有输出已被移走，见上面的错误")
    }

    public static func inputNotReadable(_ reason: String) -> Message {
        Message(.inputNotReadable, "无法读取这个输入文件，不能计算输入摘要：\(reason)")
    }

    public static func inputFolderNotReadable(_ reason: String) -> Message {
        Message(.inputFolderNotReadable, "无法列出这个输入目录，不能计算输入摘要：\(reason)")
    }

    // MARK: gongshi verify

    // The lines of verify's lists (the summary below carries the code).
    public static func verifyMissing(_ path: String) -> String { "缺少：\(path)" }

    public static func verifyChanged(_ path: String) -> String { "已改动：\(path)" }

    public static func verifyExtra(_ path: String) -> String { "多出：\(path)" }

    public static func verifyPassed(files: Int, version: String, inputDigest: String) -> Message {
        Message(.verifyPassed, "校验通过：\(files) 个文件与清单完全一致（由 gongshi \(version) 生成，输入摘要 \(inputDigest)）")
    }

    public static func verifyFailed(files: Int, missing: Int, changed: Int, extra: Int) -> Message {
        Message(.verifyFailed, "校验未通过：清单共 \(files) 个文件，缺少 \(missing) 个，已改动 \(changed) 个，多出 \(extra) 个",
                hint: "从原始站点重新构建并发布，或从未改动的备份恢复")
    }

    public static func verifyNoManifest(_ folder: String) -> Message {
        Message(.verifyNoManifest, "\(folder) 中没有清单文件 .gongshi-output，无法校验",
                hint: "这不是 gongshi build 生成的输出目录，或清单已被删除")
    }

    public static func verifyOldMarker(_ manifest: String) -> Message {
        Message(.verifyOldMarker, "\(manifest) 是旧版 gongshi 写的标记，不含文件清单，无法校验", hint: "请用当前版本重新构建后再校验")
    }

    public static func verifyManifestMalformed(_ manifest: String, line: Int, _ problem: String) -> Message {
        Message(.verifyManifestMalformed, "清单文件 \(manifest) 第 \(line) 行格式不对：\(problem)；清单可能已被改动，无法校验")
    }

    public static func verifyManifestUnreadable(_ manifest: String, _ reason: String) -> Message {
        Message(.verifyManifestUnreadable, "无法读取清单文件 \(manifest)：\(reason)")
    }

    public static func verifyFolderMissing(_ folder: String, _ reason: String) -> Message {
        Message(.verifyFolderMissing, "无法打开要校验的目录 \(folder)：\(reason)")
    }

    public static func verifyUnreadable(_ path: String, _ reason: String) -> String {
        "无法读取：\(path)（\(reason)）"
    }

    // Problems named by verifyManifestMalformed (no codes of their own).
    public static let manifestNotUTF8 = "不是 UTF-8 文本"
    public static let manifestFirstLine = "第一行应为 gongshi-output-manifest 2（或早期版本的 1）"
    public static let manifestUnknownVersion = "清单格式版本不是本程序认识的 1 或 2"
    public static let manifestUnknownLine = "无法识别的行（应为 # 说明、gongshi-version、input-sha256、month、files 或 file 行）"
    public static let manifestBadHash = "SHA-256 应为 64 位小写十六进制"
    public static let manifestBadSize = "文件大小应为不带符号的整数"
    public static let manifestBadPath = "路径不合法（不能为空、以 / 开头、含 . 或 .. 段，或有错误的 \\x 转义）"
    public static let manifestUnsorted = "文件行没有按路径排序，或有重复的路径"
    public static let manifestMonthsUnsorted = "month 行没有按月份排序，或有重复的月份"
    public static let manifestRepeated = "这一项重复出现"
    public static let manifestMissingVersion = "缺少 gongshi-version 行"
    public static let manifestMissingInput = "缺少 input-sha256 行"
    public static let manifestMissingCount = "缺少 files 行"
    public static let manifestCountMismatch = "files 行写的文件数与文件行的数目不符（清单可能被截断）"
}

/// Every text the tool says to a clerk, in one place (Simplified Chinese), so that a table in
/// another language can sit beside it. Each message has its code (`MessageCode`) and, where
/// there is something to do, a hint.
public enum Messages {
    public static let errorLabel = "错误"
    public static let warningLabel = "警告"
    public static let hintLabel = "提示"

    // MARK: Files

    public static func cannotRead(_ error: any Error) -> Message {
        Message(.cannotRead, "无法读取文件：\(SystemErrorText.reason(of: error))")
    }
    public static let notUTF8 = Message(.notUTF8, "文件不是 UTF-8 编码", hint: "请用 UTF-8 另存此文件（记事本“另存为”时选择 UTF-8）")
    public static let siteFileNotAFile = Message(.siteFileNotAFile, "site.yaml 不是普通文件（是目录或特殊文件）", hint: "site.yaml 应为站点目录中的一个文本文件")
    public static func sourceFolderMissing(_ path: String) -> Message {
        Message(.sourceFolderMissing, "找不到站点目录 \(path)", hint: "请检查 --source 指定的目录，或在站点目录中运行 gongshi")
    }
    public static let notAFolder = "这是一个文件，不是目录"
    public static func sourceFolderUnreadable(_ path: String, reason: String) -> Message {
        Message(.sourceFolderUnreadable, "无法读取站点目录 \(path)：\(reason)", hint: "请检查 --source 指定的是站点目录，且有权限读取")
    }

    // MARK: YAML and site.yaml

    public static func invalidYAML(_ detail: String) -> Message { Message(.invalidYAML, "YAML 格式错误：\(detail)") }
    public static let yamlUnreadable = "无法读取（请检查缩进、冒号和引号）"
    public static let siteFileMissing = Message(.siteFileMissing, "找不到 site.yaml", hint: "请在站点目录中创建，或用 --source 指定站点目录")
    public static let siteFileNotMapping = Message(.siteFileNotMapping, "site.yaml 应为“键: 值”的映射")
    public static func missingKey(_ key: String) -> Message { Message(.missingKey, "缺少必填项 \(key)") }
    /// The key is quoted only when it looks like a YAML key (`titel`); one in Chinese may be a name.
    public static func unknownSiteKey(_ key: String, known: [String]) -> Message {
        let list = known.joined(separator: ", ")
        guard let shown = HarmlessEcho.identifier(key) else {
            return Message(.unknownSiteKey, "未知的配置项，键名已隐去", hint: "可用的配置项：\(list)")
        }
        guard let nearest = NearestName.nearest(to: key, among: known) else {
            return Message(.unknownSiteKey, "未知的配置项 \(shown)", hint: "可用的配置项：\(list)")
        }
        return Message(.unknownSiteKey, "未知的配置项 \(shown)，是不是 \(nearest)？", hint: "可用的配置项：\(list)")
    }
    public static func duplicateKey(_ key: String) -> Message {
        guard let shown = HarmlessEcho.identifier(key) else { return Message(.duplicateKey, "配置项重复出现，键名已隐去", hint: "请删除其中一个") }
        return Message(.duplicateKey, "配置项 \(shown) 重复出现", hint: "请删除其中一个")
    }
    public static func expectedText(_ key: String) -> Message { Message(.expectedText, "\(key) 应为一段文字") }
    public static func expectedTextList(_ key: String) -> Message {
        Message(.expectedTextList, "\(key) 应为文字或文字列表", hint: "例如 [低保, 标准]")
    }
    public static func expectedBool(_ key: String) -> Message { Message(.expectedBool, "\(key) 应为 true 或 false") }
    // A refused theme name, address or time zone is never quoted: it could be anything.
    public static let invalidThemeName = Message(.invalidThemeName, "theme 的值不是有效的主题名称，已隐去",
        hint: "主题名称只能使用字母、数字、-、_ 和 .（不能以 . 开头）")
    public static let invalidBaseURL = Message(.invalidBaseURL, "base_url 的值不是完整的网址，已隐去",
        hint: "应为以 http:// 或 https:// 开头的完整网址，例如 https://mz.example.gov.cn/dibao/")
    public static let invalidTimeZone = Message(.invalidTimeZone, "timezone 的值不是已知的时区，已隐去", hint: "例如 Asia/Shanghai")
    public static let hotlinesShape = Message(.hotlinesShape, "hotlines 应为列表，每项包含 name 和 number",
        hint: "例如 - {name: 监督举报电话, number: \"12345\"}")
    /// A `portal:` value of the wrong form; the value is not repeated (it may be a pasted number).
    public static func portalValueInvalid(_ key: String) -> Message {
        let hint = switch key {
        case "site_domain": "应为网站的域名，例如 mz.yuntai.gov.cn（不含 https://）"
        case "site_id_code": "网站标识码为 10 位字母或数字，例如 4108290001"
        case "icp": "例如 豫ICP备12345678号"
        case "police_record": "例如 豫公网安备41082902000123号"
        case "party_mark": "应为图片在网站中的相对路径，例如 assets/dzjg.png（放在主题的 assets/ 中）"
        default: "应为以 https:// 或 http:// 开头的完整网址"
        }
        return Message(.portalValueInvalid, "portal.\(key) 的值格式不对，已隐去", hint: hint)
    }
    public static func partyMarkMissing(_ path: String) -> Message {
        Message(.partyMarkMissing, "portal.party_mark 指向的图片 \(path) 不在生成的网站中",
                hint: "把标识图片放进站点的 static/ 文件夹（例如 static/dzjg.png，对应 party_mark: dzjg.png）")
    }
    public static let supervisionChannelsShape = Message(.supervisionChannelsShape,
        "supervision.channels 应为列表，每项包含 name 和 detail",
        hint: "例如 - {name: 现场反映, detail: 县民政局一楼社会救助窗口（工作日办公时间）}")

    // MARK: Front matter

    public static let frontMatterUnterminated = Message(.frontMatterUnterminated, "文件头（front matter）没有结束",
        hint: "以 --- 开始的文件头需要另一行 --- 结束")
    public static let frontMatterNotMapping = Message(.frontMatterNotMapping, "文件头（front matter）应为“键: 值”的映射")
    /// The text is quoted only when it looks like a date written in another form.
    public static func invalidDate(_ text: String, key: String, accepted: [String]) -> Message {
        let forms = "可用的格式：" + accepted.joined(separator: "、")
        guard let shown = HarmlessEcho.date(text) else { return Message(.invalidDate, "\(key) 的值不是可识别的日期，已隐去", hint: forms) }
        return Message(.invalidDate, "\(key) 的日期“\(shown)”无法识别", hint: forms)
    }
    public static let missingTitle = Message(.missingTitle, "缺少标题，暂用文件名作标题", hint: "请在文件头中写 title，或以“# 标题”开头")

    // MARK: Slugs

    // The slug itself is never quoted (it is front-matter text, or a file name the location shows).
    public static func invalidSlug(problem: String) -> Message { Message(.invalidSlug, "slug 无效，已隐去；\(problem)") }
    public static let unknownDocumentRegion = Message(.unknownDocumentRegion, "region 不是 content/regions.csv 中的区划代码，已隐去",
        hint: "应为 regions.csv 中某个县、乡镇或村的 12 位区划代码，例如 region: \"410829101201\"；该通知将列在这一区划及其下各村的公示页上")
    public static func duplicateSlug(first: String, second: String) -> Message {
        Message(.duplicateSlug, "slug 重复，已隐去；\(first) 与 \(second) 会生成同一个页面", hint: "请修改其中一个的 slug 或文件名")
    }
    public static let slugEmpty = "不能为空"
    public static let slugHasSeparator = "不能包含 / 或 \\（页面必须留在输出目录内）"
    public static let slugLeadingDot = "不能以 . 开头（页面必须留在输出目录内）"
    public static let slugReserved = "index 为保留名称"
    public static let slugWindowsReserved = "是 Windows 的保留名称，复制到 U 盘后无法打开"
    public static let slugTrailingDot = "不能以 . 结尾（Windows 会去掉结尾的点，与其他页面冲突）"
    public static let slugTooLong = "过长（最多 200 字节）"
    public static func slugCharacter(_ character: String) -> String {
        "含有字符“\(character)”：只能使用文字、数字、- 、_ 和 ."
    }

    // MARK: Links in content

    /// The target is quoted only when it looks like a path of plain ASCII names.
    public static func missingLinkTarget(_ target: String) -> Message {
        guard let shown = HarmlessEcho.path(target) else { return Message(.missingLinkTarget, "链接的内容文件不存在，链接地址已隐去") }
        return Message(.missingLinkTarget, "链接的内容文件不存在：\(shown)")
    }
    public static func draftLinkTarget(_ target: String) -> Message {
        let shown = HarmlessEcho.path(target).map { "：\($0)" } ?? "，链接地址已隐去"
        return Message(.draftLinkTarget, "链接的内容文件本次不发布（草稿 draft: true，或未到 publishDate、已过 expiryDate）\(shown)")
    }

    public static let linkToPrivateSource = Message(.linkToPrivateSource,
        "不能链接名册、区划或标准的源数据文件：它们含有未经处理的数据，不会发布",
        hint: "请链接网站生成的页面（例如 ../rosters/），或把要公开的文件另存一份放在文档旁边")
    public static func attachmentTypeRefused(_ type: String) -> Message {
        Message(.attachmentTypeRefused, "\(type) 文件不能作为文档附件发布：浏览器会把它当作本站的网页或脚本执行",
                hint: "请改为 PDF 或图片；确需原样发布的文件请放进 static/ 文件夹")
    }
    public static let unusedContentFile = Message(.unusedContentFile,
        "没有任何已发布的文档链接到这个文件，它不会发布", hint: "如不再需要请删除；如是附件请在文档中链接它，例如 [申请表](附件1.docx)")
    public static func publishedPathTaken(_ path: String, by other: String) -> Message {
        let shown = HarmlessEcho.path(path).map { "“\($0)”" } ?? "（路径已隐去）"
        return Message(.publishedPathTaken, "这个文件会发布为 \(shown)，与\(other)重名", hint: "请给文件换一个名字或位置")
    }
    public static func imageNotCleanable(_ type: String, reason: String) -> Message {
        Message(.imageNotCleanable, "无法清除这张 \(type) 图片中的元数据（\(reason)），为免泄露拍摄地点等信息，不予发布",
                hint: "请用画图等工具另存为 PNG 或 JPEG 后再链接")
    }
    public static let footnoteUndefined = Message(.footnoteUndefined, "这一行引用的脚注没有定义，会按原样显示",
        hint: "在文末加上定义，例如 [^1]: 注释的内容")
    public static let footnoteUnused = Message(.footnoteUnused, "这个脚注没有在正文中引用，不会显示", hint: "在正文中用 [^标签] 引用它，或删除这条定义")
    public static let footnoteDefinedTwice = Message(.footnoteDefinedTwice, "这个脚注的标签前面已经定义过，这一条不会显示",
        hint: "请给它换一个标签")
    public static let footnoteBack = "返回正文"
    public static let invalidDocumentNumber = Message(.invalidDocumentNumber, "doc_no（文号）的格式不对，已隐去",
        hint: "文号应写作 焦民〔2022〕12号：机关代字、六角括号〔〕中的四位年份、不以 0 开头的序号和“号”")
    public static let invalidDocumentStatus = Message(.invalidDocumentStatus, "status（有效性）只能是 有效、失效 或 废止",
        hint: "例如 status: 废止，并用 status_date 写明废止日期")
    public static let statusDateWithoutWithdrawal = Message(.statusDateWithoutWithdrawal,
        "status_date 是文件失效或废止的日期，但 status 不是 失效 或 废止", hint: "请写 status: 失效 或 status: 废止，或删除 status_date")
    public static func shortcode(_ name: String?, hugo: Bool, replacement: String) -> Message {
        let kind = hugo ? "Hugo 短代码" : "Hexo 标签"
        let shown = name.map { "“\($0)”" } ?? ""
        return Message(.shortcode, "\(kind)\(shown)不会被解析，页面上会原样显示", hint: "请改写为 \(replacement)")
    }
    public static let invalidNow = Message(.invalidNow, "--now 的日期无法识别",
        hint: "例如 --now 2024-06-01 或 --now 2024-06-01T09:00:00+08:00")
    /// The key is ours (`permalink` or `url`); the refused address is not quoted.
    public static func addressNotUsable(_ key: String, kept: String) -> Message {
        let shown = HarmlessEcho.identifier(kept).map { "“\($0)”" } ?? "（文件名）"
        return Message(.addressNotUsable, "\(key) 的最后一段不能用作页面文件名，页面仍以文件名\(shown)命名",
                       hint: "请写 slug: 只含字母、数字、汉字、- 和 _ 的名称，或删除 \(key)")
    }
    /// The key is quoted only when it looks like a YAML key; one in Chinese may be a name.
    public static func unknownFrontMatterKey(_ key: String, nearest: String?) -> Message {
        let shown = HarmlessEcho.identifier(key).map { "键 \($0) " } ?? "一个键（键名已隐去）"
        let guess = nearest.map { "是否想写 \($0)？" } ?? "可用的键见 README 的“Front matter”一节；"
        return Message(.unknownFrontMatterKey, "文件头中的\(shown)不是 Gongshi 认识的键，主题的模板也不读取它，它不会出现在页面上",
                       hint: "\(guess)不需要的话请删除这一行")
    }
    public static func frontMatterFormat(_ what: String) -> Message {
        Message(.frontMatterFormat, "文件头中的\(what)不支持", hint: "请改用 YAML 文件头（--- 之间的 键: 值），或把这一项改写为简单的 键 = 值")
    }
    public static let unknownInterpretedDocument = Message(.unknownInterpretedDocument,
        "interprets 应为本站一篇政策文件的 slug（文件名去掉 .md），没有找到这篇文件", hint: "例如 interprets: standards-2024")
    public static let publishedPathTakenByPage = "生成的页面"
    public static let publishedPathTakenByAsset = "主题的文件"
    public static let publishedPathTakenByAttachment = "文档的附件"

    // MARK: Themes and templates

    public static func themeMissing(_ path: String) -> Message {
        guard let shown = HarmlessEcho.path(path) else {
            return Message(.themeMissing, "找不到 site.yaml 中 theme 所指的主题目录，主题名已隐去", hint: "请检查 site.yaml 中的 theme")
        }
        return Message(.themeMissing, "找不到主题目录 \(shown)", hint: "请检查 site.yaml 中的 theme")
    }
    public static func templateMissing(_ name: String, searched: [String]) -> Message {
        Message(.templateMissing, "缺少模板 \(name).mustache（已查找：\(searched.joined(separator: "、"))）")
    }
    public static func templateSyntax(_ detail: String) -> Message { Message(.templateSyntax, "模板语法错误：\(detail)") }
    // Details of `templateSyntax`.
    public static let templateSectionCloseName = "区块结束标签 {{/…}} 与开始标签 {{#…}} 名称不一致"
    public static let templateUnfinishedName = "标签没有用 }} 结束"
    public static let templateExpectedSectionEnd = "区块 {{#…}} 没有对应的结束标签 {{/…}}"
    public static let templateInvalidSetDelimiter = "分隔符设置标签格式错误"
    public static let templateSyntaxUnknown = "无法解析模板"
    public static func templatePartialMissing(_ partial: String) -> Message {
        guard let shown = HarmlessEcho.path(partial) else { return Message(.templatePartialMissing, "模板引用的局部模板不存在，名称已隐去") }
        return Message(.templatePartialMissing, "模板引用的局部模板 \(shown) 不存在（需要文件 \(shown).mustache）")
    }

    // MARK: Output

    public static func outputNotWritable(_ path: String, _ detail: String) -> Message {
        Message(.outputNotWritable, "无法写入输出目录 \(path)：\(detail)")
    }
    public static func outputNotGongshi(_ path: String) -> Message {
        Message(.outputNotGongshi, "输出目录 \(path) 已存在，但不是 Gongshi 生成的", hint: "为防止误删文件，请指定一个空目录或新目录")
    }
    public static func outputInsideSource(_ path: String) -> Message {
        Message(.outputInsideSource, "输出目录 \(path) 不能是站点目录本身、其上级目录，或 content/、themes/、templates/ 之内")
    }
    public static func buildSummary(pages: Int, files: Int, warnings: Int, seconds: Double) -> Message {
        Message(.buildSummary, "已生成 \(pages) 个页面（共 \(files) 个文件），\(warnings) 个警告，用时 \(String(format: "%.2f", seconds)) 秒")
    }
    /// The progress line on a terminal (redrawn in place, so it starts with a carriage return).
    public static func buildProgress(done: Int, total: Int) -> String { "\r正在生成页面 \(done)/\(total)" }
    /// The progress line while a stage without a page counter runs (`label`: 审核, 规划, 发布 …).
    public static func buildStage(_ label: String, seconds: Double) -> String {
        "\r\u{1B}[K正在\(label)…（已用 \(String(format: "%.1f", seconds)) 秒）"
    }
    /// Said by every build that withdrew names (retention), so a site never loses them unnoticed.
    public static func namesWithdrawn(months: Int, namesMonths: Int, isDefault: Bool) -> Message {
        Message(.namesWithdrawn,
                "\(months) 个月的名单已过保留期限（最新月份之前 \(namesMonths) 个月以上\(isDefault ? "，默认值" : "")），只公布合计和变动户数，不再公布户名",
                hint: isDefault ? "保留期限可在 site.yaml 中设置：retention: {names_months: 12}" : nil)
    }
    public static let correctionBaselineUnreadable = Message(
        .correctionBaselineUnreadable, "输出目录的清单中，上次发布的各月份记录无法读取，本次没有核对已发布月份的改动",
        hint: "可用 gongshi verify 检查输出目录；本次构建会重新写下各月份的记录")
    public static func buildFailed(errors: Int, warnings: Int) -> Message {
        Message(.buildFailed, "构建失败：\(errors) 个错误，\(warnings) 个警告；未发布任何文件，原有输出保持不变")
    }
}

extension Messages {
    public static func checkPassed(pages: Int, warnings: Int) -> Message {
        Message(.checkPassed, "检查通过，可以发布：\(pages) 个页面，\(warnings) 个警告（未写入任何文件）")
    }
    public static func checkFailed(errors: Int, warnings: Int) -> Message {
        Message(.checkFailed, "检查未通过：\(errors) 个错误，\(warnings) 个警告；修正后才能发布")
    }
}

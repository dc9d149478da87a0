import Foundation

/// Fixed privacy cases that must be refused: the concrete examples of issue 9's ten classes, and
/// (in `escaped`) every case the fuzzer found published, kept as literals so they stay tested
/// when the generator changes. Each runs through the real binary like a fuzz case.
enum RegressionCorpus {
    static let mobile = "13912345678"
    static let idA = "41082119800101004X"
    static let idB = "410829195603120024"
    static let idC = "410821197506151230"
    static let account = "6217001234567890122"
    /// 19 digits with no Luhn-valid run of 13 to 19 digits anywhere inside.
    static let accountNotLuhn = "6228481287948109968"

    static var all: [PrivacyProbe] { issueExamples + escaped }

    static let issueExamples: [PrivacyProbe] = characterReferences + separators + numerals + splits + nearMisses
        + encodings + unscannedFiles + names + personFacts + echoes

    typealias A = CorpusPlaces

    // 1. Character references in raw HTML.
    static let characterReferences: [PrivacyProbe] = [
        A.article("1 mobile with &nbsp; in a pasted Word table cell",
                  body: "<table>\n<tr><td>联系电话</td><td>139&nbsp;1234&nbsp;5678</td></tr>\n</table>", digits: [mobile]),
        A.article("1 ID as decimal references in raw HTML",
                  body: "<p>身份证号：&#52;&#49;&#48;&#56;&#50;&#57;&#49;&#57;&#53;&#54;&#48;&#51;&#49;&#50;&#48;&#48;&#50;&#52;</p>", digits: [idB]),
        A.article("1 mobile as hex references in a Markdown paragraph",
                  body: "联系电话：&#x31;&#x33;&#x39;&#x31;&#x32;&#x33;&#x34;&#x35;&#x36;&#x37;&#x38;。", digits: [mobile]),
        A.article("1 mobile with &shy; between groups", body: "<p>电话 139&shy;1234&shy;5678</p>", digits: [mobile]),
        A.article("1 ID with &zwj; inside", body: "<div>证号 410829&zwj;19560312&zwj;0024</div>", digits: [idB]),
        A.footer("1 mobile as references in a theme footer", html: "<p>联系人：&#49;&#51;&#57;&#49;&#50;&#51;&#52;&#53;&#54;&#55;&#56;</p>", digits: [mobile]),
    ]

    // 2. Separators and groupings.
    static let separators: [PrivacyProbe] = [
        A.article("2 mobile grouped 3-8", body: "联系电话 139 12345678。", digits: [mobile]),
        A.article("2 mobile grouped 4-4-3", body: "联系电话 1391 2345 678。", digits: [mobile]),
        A.article("2 mobile with en dashes", body: "电话：139\u{2013}1234\u{2013}5678", digits: [mobile]),
        A.article("2 mobile with em dashes", body: "电话：139\u{2014}1234\u{2014}5678", digits: [mobile]),
        A.article("2 mobile with non-breaking hyphens", body: "电话：139\u{2011}1234\u{2011}5678", digits: [mobile]),
        A.article("2 mobile with soft hyphens", body: "电话：139\u{AD}1234\u{AD}5678", digits: [mobile]),
        A.article("2 ID with zero-width spaces", body: "证号：410829\u{200B}19560312\u{200B}0024", digits: [idB]),
        A.article("2 mobile with LRM and RLM marks", body: "电话：\u{200E}139\u{200F}1234\u{200E}5678", digits: [mobile]),
        A.article("2 mobile with tabs", body: "电话：139\t1234\t5678", digits: [mobile]),
        A.article("2 mobile with repeated spaces", body: "电话：139   1234   5678", digits: [mobile]),
        A.article("2 mobile with slashes", body: "电话：139/1234/5678", digits: [mobile]),
        A.article("2 mobile with dots", body: "电话：139.1234.5678", digits: [mobile]),
        A.article("2 mobile with underscores", body: "电话：139_1234_5678", digits: [mobile]),
        A.article("2 mobile with the prefix in full-width parentheses", body: "电话：（139）1234-5678", digits: [mobile]),
        A.article("2 ID with BOM and word joiner inside", body: "证号：4108\u{FEFF}2919560312\u{2060}0024", digits: [idB]),
        A.article("2 mobile with ideographic spaces", body: "电话：139\u{3000}1234\u{3000}5678", digits: [mobile]),
        A.siteTitle("2 mobile with no-break spaces in the site title", title: "\"测试县低保公示 139\u{A0}1234\u{A0}5678\"", digits: [mobile]),
        A.monthAddress("2 mobile spaced in _month.yaml address", address: "云台县人民路88号（联系人 139 1234 5678）", digits: [mobile]),
        A.regionName("2 mobile with dashes in a region name", field: "\"杨庄村139-1234-5678\"", digits: [mobile]),
    ]

    // 3. Digits not written as ASCII digits.
    static let numerals: [PrivacyProbe] = [
        A.article("3 mobile in Chinese numerals", body: "联系电话一三九一二三四五六七八。", digits: [mobile]),
        A.article("3 mobile in Chinese numerals with 幺", body: "联系电话幺三九幺二三四五六七八。", digits: [mobile]),
        A.article("3 ID in Chinese numerals with 〇 and 零", body: "身份证号四一〇八二九一九五六零三一二〇〇二四。", digits: [idB]),
        A.article("3 mobile in 大写 numerals", body: "联系电话壹叁玖壹贰叁肆伍陆柒捌。", digits: [mobile]),
        A.article("3 mobile in circled digits", body: "联系电话①③⑨①②③④⑤⑥⑦⑧。", digits: [mobile]),
        A.article("3 mobile in full-width digits (already refused; keep it so)", body: "联系电话１３９１２３４５６７８。", digits: [mobile]),
        A.article("3 mobile half ASCII, half Chinese", body: "联系电话139一二三四5678。", digits: [mobile]),
        A.happinessNotice("3 ID in 大写 numerals in a 幸福清单", body: "领取人证号：肆壹零捌贰玖壹玖伍陆零叁壹贰零零贰肆", digits: [idB]),
    ]

    // 4. A number split by markup or by a line.
    static let splits: [PrivacyProbe] = [
        A.article("4 mobile hard-wrapped in a Markdown paragraph", body: "如有疑问请联系13912\n345678，工作日接听。", digits: [mobile]),
        A.article("4 mobile split by a backslash hard break", body: "如有疑问请联系13912\\\n345678，工作日接听。", digits: [mobile]),
        A.article("4 mobile with **emphasis** in the middle", body: "联系电话139**1234**5678。", digits: [mobile]),
        A.article("4 mobile split by <wbr>", body: "联系电话1391234<wbr>5678。", digits: [mobile]),
        A.article("4 mobile in <span> pieces", body: "联系电话<span>139</span><span>1234</span><span>5678</span>。", digits: [mobile]),
        A.article("4 mobile with <b> in the middle", body: "联系电话139<b>1234</b>5678。", digits: [mobile]),
        A.article("4 mobile halves in adjacent table cells",
                  body: "<table>\n<tr><td>联系电话</td><td>1391234</td><td>5678</td></tr>\n</table>", digits: [mobile]),
        A.article("4 ID halves in adjacent table cells",
                  body: "<table>\n<tr><td>410829195603</td><td>120024</td></tr>\n</table>", digits: [idB]),
        A.footer("4 mobile split by <wbr> in a theme footer", html: "<p>联系人：139<wbr>1234<wbr>5678</p>", digits: [mobile]),
    ]

    // 5. Near misses that are still private.
    static let nearMisses: [PrivacyProbe] = [
        A.article("5 ID with a mistyped check digit", body: "身份证号：410821197506151231。", digits: ["410821197506151231"]),
        A.article("5 ID masked with ● showing 8+4", body: "身份证号：41082119●●●●●●004X。", digits: ["41082119004X"]),
        A.article("5 ID masked with x showing 10+4", body: "身份证号：4108211980xxxx004X。", digits: ["4108211980004X"]),
        A.article("5 ID masked with × showing 10+4", body: "身份证号：4108211980××××004X。", digits: ["4108211980004X"]),
        A.article("5 ID masked with # showing the birth day", body: "身份证号：410821####0101004X。", digits: ["4108210101004X"]),
        A.article("5 legacy 15-digit ID", body: "旧身份证号410821750615123。", digits: ["410821750615123"]),
        A.article("5 account in passbook grouping", body: "一卡通账号：621700 1234567890122。", digits: [account]),
        A.article("5 19-digit account that fails Luhn", body: "存折账号：6228 4812 8794 8109 968。", digits: [accountNotLuhn]),
        A.article("5 account with only the last group masked", body: "银行卡号：6228 4812 8794 8109 ***。", digits: ["6228481287948109"]),
        A.article("5 e-mail with full-width ＠ and 。", body: "邮箱：zhangsan83＠example。com", words: ["zhangsan83"]),
        A.article("5 e-mail written with [at]", body: "邮箱：zhangsan83[at]example.com", words: ["zhangsan83"]),
        A.article("5 e-mail written with (at) and (dot)", body: "邮箱：zhangsan83(at)example(dot)com", words: ["zhangsan83"]),
        A.article("5 QQ number after QQ", body: "有事请加QQ 123456789。", digits: ["123456789"]),
        A.article("5 QQ number after QQ：", body: "QQ：87654321（户主本人）", digits: ["87654321"]),
        A.article("5 private landline", body: "家中座机0391-5551234。", digits: ["03915551234"]),
        A.article("5 private landline with the area code in parentheses", body: "家中座机（0391）5551234。", digits: ["03915551234"]),
        A.roster("5 mobile spaced in a 备注 cell (refused, and never echoed)",
                 replacing: ",收入变化", with: ",139 1234 5678", digits: [mobile]),
    ]

    // 6. Percent-encoding in URLs and CSS escapes.
    static let encodings: [PrivacyProbe] = [
        A.article("6 ID percent-encoded in a Markdown link",
                  body: "[查询结果](https://mz.example.gov.cn/cx?sfz=%34%31%30%38%32%39%31%39%35%36%30%33%31%32%30%30%32%34)", digits: [idB]),
        A.article("6 ID percent-encoded in a raw HTML link",
                  body: "<p><a href=\"https://mz.example.gov.cn/cx?sfz=%34%31%30%38%32%39%31%39%35%36%30%33%31%32%30%30%32%34\">查询</a></p>", digits: [idB]),
        A.footer("6 mobile percent-encoded in a footer link",
                 html: "<p><a href=\"tel:%31%33%39%31%32%33%34%35%36%37%38\">联系</a></p>", digits: [mobile]),
        A.asset("x.css", .text(".id::after { content: \"\\34 \\31 \\30 \\38 \\32 \\39 \\31 \\39 \\35 \\36 \\30 \\33 \\31 \\32 \\30 \\30 \\32 \\34 \"; }\n"),
                digits: [idB])("6 ID as CSS escapes with spaces"),
        A.asset("x.css", .text(".tel::after { content: \"\\000031\\000033\\000039\\000031\\000032\\000033\\000034\\000035\\000036\\000037\\000038\"; }\n"),
                digits: [mobile])("6 mobile as six-digit CSS escapes"),
    ]

    // 7. Published files that were never scanned.
    static let unscannedFiles: [PrivacyProbe] = [
        A.asset("notice.txt", .bytes([201, 237, 183, 221, 214, 164, 186, 197, 163, 186, 52, 49, 48, 56, 50, 57, 49, 57, 53, 54, 48, 51, 49, 50, 48, 48, 50, 52, 10]),
                digits: [idB])("7 GB18030 text asset with an ID"),
        A.asset("contact.txt", .bytes([255, 254, 84, 128, 251, 124, 53, 117, 221, 139, 26, 255, 49, 0, 51, 0, 57, 0, 49, 0, 50, 0, 51, 0, 52, 0, 53, 0, 54, 0, 55, 0, 56, 0, 10, 0]),
                digits: [mobile])("7 UTF-16 text asset with a mobile"),
        A.asset("extra.css", .bytes(Array("/* caf".utf8) + [0xE9] + Array(" */\nbody { color: #333; }\n".utf8)))("7 stray Latin-1 byte in a stylesheet"),
        A.asset("photo.png", .bytes(ProbeBinaryFiles.png(comment: "身份证号：\(idB)")), digits: [idB], strippable: true)("7 PNG tEXt/iTXt chunk with an ID"),
        A.asset("photo.png", .bytes(ProbeBinaryFiles.png(comment: "Tel 139 1234 5678")), digits: [mobile], strippable: true)("7 PNG tEXt chunk with a spaced mobile"),
        A.asset("photo.jpg", .bytes(ProbeBinaryFiles.jpeg(comment: "联系电话 \(mobile)")), digits: [mobile], strippable: true)("7 JPEG COM segment with a mobile"),
        A.asset("x.css", .text(".bg { background: url(data:text/plain;base64,6Lqr5Lu96K+B5Y+377yaNDEwODI5MTk1NjAzMTIwMDI0); }\n"),
                digits: [idB])("7 data: URI with base64 in CSS"),
        A.footer("7 data: URI in a theme footer link", html: "<p><a href=\"data:text/plain;base64,MTM5MTIzNDU2Nzg=\">名单</a></p>", digits: [mobile]),
        A.asset("list.pdf", .bytes(ProbeBinaryFiles.pdf(text: "ID \(idB)")), digits: [idB])("7 PDF attachment with an ID"),
        A.asset("list.docx", .bytes(ProbeBinaryFiles.docx(text: "身份证号 \(idB)")), digits: [idB])("7 DOCX attachment with an ID"),
        A.asset("list.xlsx", .bytes(ProbeBinaryFiles.xlsx(text: "联系电话 \(mobile)")), digits: [mobile])("7 XLSX attachment with a mobile"),
        A.asset("map.svg", .text("<svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"0\" y=\"12\">&#49;&#51;&#57;&#49;&#50;&#51;&#52;&#53;&#54;&#55;&#56;</text></svg>\n"),
                digits: [mobile])("7 SVG asset with a mobile as references"),
    ]

    // 8. The name check walked around.
    static let names: [PrivacyProbe] = [
        A.roster("8 full name hidden before ·*", replacing: "A001,张*丰,", with: "A001,张三丰·*,", words: ["张三丰"]),
        A.roster("8 mask after the given name", replacing: "A001,张*丰,", with: "A001,张三*,", words: ["张三"]),
        A.roster("8 surname masked, given name shown", replacing: "A001,张*丰,", with: "A001,*三丰,", words: ["三丰"]),
    ]

    // 9. Private facts about a person in notices and articles.
    static let personFacts: [PrivacyProbe] = [
        A.happinessNotice("9 幸福清单 listing a masked name with a disability",
                          body: "<table>\n<tr><th>姓名</th><th>类别</th></tr>\n<tr><td>李*山</td><td>精神残疾二级</td></tr>\n</table>", words: ["李山精神残疾"]),
        A.happinessNotice("9 幸福清单 sentence with a masked name and a disability", body: "李*山 精神残疾二级，享受两项补贴。", words: ["李山精神残疾"]),
        A.article("9 article with a person's house address", body: "经核实，王*明住柳林村3组12号，家中无劳动力。", words: ["柳林村3组12号"]),
        A.article("9 article with a person's birth date", body: "张*丰，1956年3月12日出生，现享受农村低保。", words: ["1956年3月12日"]),
        A.article("9 article with a person's illness", body: "赵*明患尿毒症，每周透析三次。", words: ["赵明患尿毒症"]),
        // TODO(lead): "a recipient's full name written out in a sentence" needs the known-names file.
    ]

    // 10. Messages that quote what they could not classify.
    static let echoes: [PrivacyProbe] = [
        A.roster("10 a name typed into the 保障类别 column is never echoed",
                 replacing: "A001,张*丰,2,3,农村低保,", with: "A001,张*丰,2,3,李大山,", words: ["李大山"]),
        A.roster("10 an unknown 备注 is never echoed", replacing: ",收入变化", with: ",王小二家", words: ["王小二"]),
    ]
}

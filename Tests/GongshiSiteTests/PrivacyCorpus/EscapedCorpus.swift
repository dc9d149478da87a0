import Foundation

/// Cases the fuzzer found published (`GONGSHI_FUZZ_DUMP`), kept as literals so they stay tested
/// when the generator changes: from the first run (seed 0x6f6e677368690009, 2000 cases, 1933
/// escapes on 8b1b591), the first escape of each place with each family that fits there.
/// Add every new escape the fuzzer finds here (paste its literal from the dump).
extension RegressionCorpus {
    static let escaped: [PrivacyProbe] = [
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #0: id18 in articleHTMLBlock [invisible:\"U+200E\",\"U+200F\",\"U+2060\"×3; entities]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n<div class=\"note\">\n<p>经核实，证号 &#x34;&#X31;&rlm;&#x31;2&#00048;&#x32;&lrm;1&#57;&#X34;&NoBreak;4102&#x35;&#X35;43&#x36;，特此说明。</p>\n</div>\n\n最后一段。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["411202194410255436"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #1: qq in themeTextAsset [numerals:circled; invisible:\"U+200B\",\"U+200F\",\"U+2060\"×3; split:hardWrap]",
            files: [
                "themes/default/assets/x.txt": .text("联系方式\nQQ号码 ③\u{2060}⑦\u{200B}⑧\u{200F}⑨\n②⑧⑤⑦⑨①\n"),
            ],
            namedFiles: ["themes/default/assets/x.txt", "(输出)/assets/x.txt"],
            needles: [], digitNeedles: ["3789285791"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #2: idPartialMask in frontMatterUnknownKey [separators:6-8-4 \"U+2013\"]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 说明\ndate: 2024-01-07\napplicant: \"410803–1959＊＊18–7261\"\n---\n\n正文。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md"],
            needles: [], digitNeedles: ["4108031959187261"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #3: account in happinessNotice [separators:random \"_\"; entities; split:backslashBreak]",
            files: [
                "content/notices/fuzz.md": .text("---\ntitle: 幸福清单公示\ndate: 2024-06-28\ntype: 幸福清单\nregion: \"410829000000\"\n---\n\n本清单公布如下。\n\n经核实，银行卡号&#54;\\_&#00050;22&#48;&#00050;\\\n34&#x30;&#x30;&#00052;74996，特此说明。\n"),
            ],
            namedFiles: ["content/notices/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["6222023400474996"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #4: idPartialMask in frontMatterUnknownKey [numerals:yao]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 说明\ndate: 2024-01-07\napplicant: \"公民身份号码四幺零九〇二二零××××××三五七三\"\n---\n\n正文。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md"],
            needles: [], digitNeedles: ["410902203573"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #5: qq in themeCSSAsset [numerals:fullWidth; separators:random \"U+0009\"]",
            files: [
                "themes/default/assets/x.css": .text(".contact::after { content: \"QQ ８６９\t４６\t９６２３\t２\"; }\n"),
            ],
            namedFiles: ["themes/default/assets/x.css", "(输出)/assets/x.css"],
            needles: [], digitNeedles: ["8694696232"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #6: email in themeCSSAsset [invisible:\"U+00AD\",\"U+200B\",\"U+200C\",\"U+200D\",\"U+200F\",\"U+2060\",\"U+FEFF\"×20; split:cssContinuation]",
            files: [
                "themes/default/assets/x.css": .text(".contact::after { content: \"E-mail: zha\u{200B}\u{200C}\u{2060}\u{AD}ng\u{200F}\u{2060}\u{200B}sa\u{2060}n\u{FEFF}\u{200D}_\u{200F}3\u{FEFF}\u{2060}\u{AD}8\u{AD}8@1\u{200F}\u{200F}63\u{200C}\u{200D}．\u{200D}co\\\nm\"; }\n"),
            ],
            namedFiles: ["themes/default/assets/x.css", "(输出)/assets/x.css"],
            needles: ["zhangsan388"], digitNeedles: []),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #7: idPartialMask in articleMarkdown [invisible:\"U+00AD\",\"U+200E\",\"U+FEFF\"×3; percent]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n经核实，公民身份号码详见[查询结果](https://mz.example.gov.cn/cx?q=%34%31%308%32%31%31%39%336%31%E2%80%8E%ef%bb%bf%C3%97%C3%97%C2%AD%32%307%36%30)。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["4108211936120760"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #8: accountMaskedTail in articleHTMLBlock [numerals:daxie; percent]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n<div class=\"note\">\n<p>经核实，一卡通账号：<a href=\"https://mz.example.gov.cn/cx?q=%E9%99%86%e8%b4%b0%E5%A3%B9%e8%b4%b0%20%E8%B4%B0陆零玖%20陆%E8%B4%B0捌%E8%82%86%20%e6%8d%8c%E4%BC%8D捌捌%20%E2%97%8F%E2%97%8F\">查询结果</a></p>\n</div>\n\n最后一段。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["6212260962848588"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #9: accountMaskedTail in siteTitle [numerals:yao; yaml-escapes]",
            files: [
                "site.yaml": .text("title: \"测试县低保公示银行卡号六二二九 零八幺四 四三六六 八八六六 ###\"\npublisher: 测试县民政局\nhotlines:\n  - name: 监督举报电话\n    number: \"0391-7123456\"\n"),
            ],
            namedFiles: ["site.yaml", "(输出)/"],
            needles: [], digitNeedles: ["6229081443668866"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #10: accountMaskedTail in happinessNotice [numerals:mixedChinese; entities; split:wbr]",
            files: [
                "content/notices/fuzz.md": .text("---\ntitle: 幸福清单公示\ndate: 2024-06-28\ntype: 幸福清单\nregion: \"410829000000\"\n---\n\n本清单公布如下。\n\n经核实，一卡通账号：&#x36;&#x4e8c;1&#0020108;&#32;&#X32;<wbr>6&#00049;9&#X20;&#20061;&#X34;9&#22235;&#x20;&#X32;二<wbr>&#50;&#00056; &#x25cf;，特此说明。\n"),
            ],
            namedFiles: ["content/notices/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["6212261994942228"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #11: accountMaskedTail in frontMatterSummary [numerals:daxie; invisible:\"U+200B\"×1; yaml-escapes]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 说明\ndate: 2024-01-07\nsummary: \"一卡通账号：陆贰捌贰 捌捌肆柒 伍柒玖肆\\u200B ####\"\n---\n\n正文。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["628288475794"]),
        // published (exit 0); shows the value in assets/x.png on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #12: idPartialMask in pngAsset [numerals:mixedChinese; separators:6-4-4-4 \"U+3000\"; invisible:\"U+200B\"×1]",
            files: [
                "themes/default/assets/x.png": .bytes(ProbeBinaryFiles.png(comment: "公民身份号码四1〇883\u{3000}2●●●\u{3000}●\u{200B}●二3\u{3000}3三36")),
            ],
            namedFiles: ["themes/default/assets/x.png", "(输出)/assets/x.png"],
            needles: [], digitNeedles: ["4108832233336"], strippable: "x.png"),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #13: id15 in happinessNotice [numerals:chineseLing; separators:random \"U+2011\" parens （）; split:bold]",
            files: [
                "content/notices/fuzz.md": .text("---\ntitle: 幸福清单公示\ndate: 2024-06-28\ntype: 幸福清单\nregion: \"410829000000\"\n---\n\n本清单公布如下。\n\n经核实，证号 （四一零八二三<b>九四一二）\u{2011}一三</b>九一四，特此说明。\n"),
            ],
            namedFiles: ["content/notices/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["410823941213914"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #14: idPartialMask in themeTextAsset [numerals:chinese; invisible:\"U+200D\"×1; split:hardWrap]",
            files: [
                "themes/default/assets/x.txt": .text("联系方式\n身份证号：四一一〇〇二一\n九五##\u{200D}#二八八三〇七\n"),
            ],
            namedFiles: ["themes/default/assets/x.txt", "(输出)/assets/x.txt"],
            needles: [], digitNeedles: ["411002195288307"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #15: account in themeTemplate [separators:random \"U+2014\"; entities]",
            files: [
                "themes/default/templates/footer.mustache": .text("<footer class=\"site-footer\">\n<div class=\"wrap\">\n{{#site.has_hotlines}}\n<h2>监督举报电话</h2>\n<ul class=\"hotlines\">\n{{#site.hotlines}}\n<li>{{name}}：<strong>{{number}}</strong></li>\n{{/site.hotlines}}\n</ul>\n{{/site.has_hotlines}}\n<p>发布单位：{{site.publisher}}</p>\n<div class=\"note\">\n<p>经核实，一卡通账号：6&#x32;&#00049;226&#00056;0990&mdash;&#00057;&#00053;&#X38;&#00054;&#X34;5&mdash;2&#x30;，特此说明。</p>\n</div>\n</div>\n</footer>\n"),
            ],
            namedFiles: ["themes/default/templates/footer.mustache", "(输出)/"],
            needles: [], digitNeedles: ["6212268099095864520"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #16: landline in frontMatterUnknownKey [separators:random \"/\" parens (); invisible:\"U+200C\"×1; yaml-escapes]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 说明\ndate: 2024-01-07\napplicant: \"(0)\\u0033\u{200C}/9\\u00384\\u0036\\u0037\\u0034\\u0036/6/9\"\n---\n\n正文。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md"],
            needles: [], digitNeedles: ["03984674669"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #17: account in themeCSSAsset [css-escapes; split:cssContinuation]",
            files: [
                "themes/default/assets/x.css": .text(".contact::after { content: \"6\\000032\\000033\\30 5\\39 \\34 8\\\n3\\35 \\38 6\\39 \\32 9\\38 \\33 1\"; }\n"),
            ],
            namedFiles: ["themes/default/assets/x.css", "(输出)/assets/x.css"],
            needles: [], digitNeedles: ["623059483586929831"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #18: mobile in articleHTMLBlock [numerals:chinese; percent]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n<div class=\"note\">\n<p>经核实，电话 <a href=\"https://mz.example.gov.cn/cx?q=%E4%B8%80%e4%b8%83%E4%BA%94%E4%B8%89%E5%85%AB九%E4%B8%80%e5%85%ad五%E4%B9%9D%E4%B8%89\">查询结果</a></p>\n</div>\n\n最后一段。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["17538916593"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #19: accountMaskedTail in frontMatterSummary [yaml-escapes]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 说明\ndate: 2024-01-07\nsummary: \"\\u0036\\x3230 \\u00359\\u0032\\u0030 4\\x337\\u0038 0\\u0035\\x34\\u0031 #\"\n---\n\n正文。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["6230592043780541"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #21: id15 in themeCSSAsset [numerals:daxie; css-escapes]",
            files: [
                "themes/default/assets/x.css": .text(".contact::after { content: \"身份证号：肆\\58F9 \\0096f6\\00634C\\008D30\\008d30\\67D2 \\009646\\96f6 \\53c1 \\008D30柒\\008086贰\\634C \"; }\n"),
            ],
            namedFiles: ["themes/default/assets/x.css", "(输出)/assets/x.css"],
            needles: [], digitNeedles: ["410822760327428"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #23: id18 in themeTextAsset [numerals:chinese; separators:6-4-4-4 \"U+3000\" parens （）; split:hardWrap]",
            files: [
                "themes/default/assets/x.txt": .text("联系方式\n（四一一三〇二）\u{3000}一九四〇\u{3000}〇八〇八\u{3000}六一\n六六\n"),
            ],
            namedFiles: ["themes/default/assets/x.txt", "(输出)/assets/x.txt"],
            needles: [], digitNeedles: ["411302194008086166"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #24: id18 in themeCSSAsset [numerals:mixedChinese; separators:6-4-4-4 \"U+0020U+0020U+0020\"; css-escapes]",
            files: [
                "themes/default/assets/x.css": .text(".contact::after { content: \"证号 \\56DB \\004e00\\31 三〇2\\000020\\000020\\0000201九四\\30 \\000020  \\000030118 \\000020\\000020\\31 \\4e8c \\4e00 六\"; }\n"),
            ],
            namedFiles: ["themes/default/assets/x.css", "(输出)/assets/x.css"],
            needles: [], digitNeedles: ["411302194001181216"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #26: email in articleMarkdown [invisible:\"U+200B\",\"U+200E\",\"U+2060\"×3; split:cells]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n<table><tr><td></td><td>che\u{200B}\u{2060}nj</td><td>ing369 at si\u{200E}na.com</td></tr></table>\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: ["chenjing369"], digitNeedles: []),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #27: accountMaskedTail in frontMatterTitle [invisible:\"U+200C\"×1]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: \"说明存折账号 6222 0237 145\u{200C}7 3149 ×××\"\ndate: 2024-01-07\n---\n\n正文。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["6222023714573149"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #28: mobile in frontMatterSummary [numerals:fullWidth; separators:3-8 \"U+0009\"; yaml-escapes]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 说明\ndate: 2024-01-07\nsummary: \"联系电话：１８７\\t１５０２２８５５\"\n---\n\n正文。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["18715022855"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #29: idPartialMask in regionName [numerals:yao; separators:6-8-4 \"U+0020U+0020\" parens () ; invisible:\"U+200B\",\"U+200C\",\"U+200D\",\"U+200E\",\"U+200F\",\"U+2060\",\"U+FEFF\"×22]",
            files: [
                "content/regions.csv": .text("区划代码,名称,撤销后代码\n410829000000,云台县,\n410829101000,柳林镇,\n410829101201,柳林村,\n410829101202,\"杨庄村身份证号：(\u{200D}四\u{FEFF}幺\u{200B}〇四二\u{200C}幺\u{200C}\u{200F}\u{200E}) \u{200E}\u{FEFF}\u{200E}\u{200C}  \u{200B}\u{200E}\u{200F}二〇\u{FEFF}〇×\u{200B}\u{200D}××\u{200D}\u{200E}\u{200C}×\u{2060}×  \u{FEFF}幺四八四\",\n410829201000,石门乡,\n410829201201,石门村,\n"),
            ],
            namedFiles: ["content/regions.csv", "(输出)/"],
            needles: [], digitNeedles: ["4104212001484"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #30: landline in siteTitle [numerals:chinese; separators:random \"U+0009\" parens ()]",
            files: [
                "site.yaml": .text("title: \"测试县低保公示家庭电话：(〇三九)\t八七六五\\t四八一\t五\"\npublisher: 测试县民政局\nhotlines:\n  - name: 监督举报电话\n    number: \"0391-7123456\"\n"),
            ],
            namedFiles: ["site.yaml", "(输出)/"],
            needles: [], digitNeedles: ["03987654815"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #31: qq in regionName [numerals:fullWidth; separators:random \"U+2014\" parens （）; invisible:\"U+200F\",\"U+FEFF\"×3]",
            files: [
                "content/regions.csv": .text("区划代码,名称,撤销后代码\n410829000000,云台县,\n410829101000,柳林镇,\n410829101201,柳林村,\n410829101202,\"杨庄村qq:（６）\u{200F}６１\u{FEFF}—９—８—９８\u{200F}５\",\n410829201000,石门乡,\n410829201201,石门村,\n"),
            ],
            namedFiles: ["content/regions.csv", "(输出)/"],
            needles: [], digitNeedles: ["66198985"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #33: qq in siteTitle [numerals:chineseLing; invisible:\"U+00AD\",\"U+200B\",\"U+200C\",\"U+200E\",\"U+200F\",\"U+FEFF\"×9; yaml-escapes]",
            files: [
                "site.yaml": .text("title: \"测试县低保公示QQ号码 七\\u200F\\uFEFF\u{200E}\u{200E}四\u{200F}\u{200B}五\\u200F\\u200C零\u{AD}八八四九\"\npublisher: 测试县民政局\nhotlines:\n  - name: 监督举报电话\n    number: \"0391-7123456\"\n"),
            ],
            namedFiles: ["site.yaml", "(输出)/"],
            needles: [], digitNeedles: ["74508849"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #34: idPartialMask in frontMatterTitle [numerals:fullWidth; separators:6-4-4-4 \"-\" parens (); yaml-escapes]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: \"说明证号 (４１１５０２)-１９３８-０###-８４９４\"\ndate: 2024-01-07\n---\n\n正文。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["411502193808494"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #35: account in happinessNotice [invisible:\"U+200C\"×1; entities]",
            files: [
                "content/notices/fuzz.md": .text("---\ntitle: 幸福清单公示\ndate: 2024-06-28\ntype: 幸福清单\nregion: \"410829000000\"\n---\n\n本清单公布如下。\n\n经核实，银行卡号62&#00049;7&#x30;&#x30;&#X20;&#x31;&#00050;&#51;4&zwnj;&#00053;&#54;&#x37;&#56;9&#x30;&#x31;&#50;&#50;，特此说明。\n"),
            ],
            namedFiles: ["content/notices/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["6217001234567890122"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #36: email in themeTextAsset [split:hardWrap]",
            files: [
                "themes/default/assets/x.txt": .text("联系方式\nE-mail: yangfan77＠12\n6[dot]com\n"),
            ],
            namedFiles: ["themes/default/assets/x.txt", "(输出)/assets/x.txt"],
            needles: ["yangfan77"], digitNeedles: []),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #38: id18BadCheck in happinessNotice [invisible:\"U+00AD\"×1; entities]",
            files: [
                "content/notices/fuzz.md": .text("---\ntitle: 幸福清单公示\ndate: 2024-06-28\ntype: 幸福清单\nregion: \"410829000000\"\n---\n\n本清单公布如下。\n\n经核实，&#52;1&#X31;&#49;&#X30;2&#x32;0&#00048;&#x33;07&#X30;&shy;&#X35;30&#X38;&#x38;，特此说明。\n"),
            ],
            namedFiles: ["content/notices/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["411102200307053088"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #40: id15 in frontMatterUnknownKey [separators:6-6-3 \"_\"; yaml-escapes]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 说明\ndate: 2024-01-07\napplicant: \"公民身份号码41\\x314\\u00302_\\x35\\u0034\\x30\\x321\\u0034_4\\u00303\"\n---\n\n正文。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md"],
            needles: [], digitNeedles: ["411402540214403"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #41: id15 in articleMarkdown [numerals:mixedChinese; percent]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n经核实，公民身份号码详见[查询结果](https://mz.example.gov.cn/cx?q=%34%31〇%35二2%E4%B8%830一%E4%BA%8C15%E4%BA%94%E4%B9%9D%e4%ba%94)。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["410522701215595"]),
        // published (exit 0); shows the value in assets/x.png on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #45: qq in pngAsset [numerals:circled; separators:random \"_\"; invisible:\"U+200D\"×1]",
            files: [
                "themes/default/assets/x.png": .bytes(ProbeBinaryFiles.png(comment: "QQ号码 ③⑥_⑤\u{200D}_①②_③④_⑦")),
            ],
            namedFiles: ["themes/default/assets/x.png", "(输出)/assets/x.png"],
            needles: [], digitNeedles: ["36512347"], strippable: "x.png"),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #48: landline in frontMatterSummary [separators:3-8 \"U+00A0\"; invisible:\"U+00AD\",\"U+200B\",\"U+200D\",\"U+200E\",\"U+200F\",\"U+2060\",\"U+FEFF\"×12]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 说明\ndate: 2024-01-07\nsummary: \"座机 0\\u200F\u{200E}\u{AD}37\u{A0}1\u{200E}55\\u00AD4\u{200B}2\u{200F}2\u{2060}\\u200D\u{200F}5\\u200E\\uFEFF8\"\n---\n\n正文。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["03715542258"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #49: accountMaskedTail in themeTemplate [separators:6-13 \"U+0020\"; entities]",
            files: [
                "themes/default/templates/footer.mustache": .text("<footer class=\"site-footer\">\n<div class=\"wrap\">\n{{#site.has_hotlines}}\n<h2>监督举报电话</h2>\n<ul class=\"hotlines\">\n{{#site.hotlines}}\n<li>{{name}}：<strong>{{number}}</strong></li>\n{{/site.hotlines}}\n</ul>\n{{/site.has_hotlines}}\n<p>发布单位：{{site.publisher}}</p>\n<div class=\"note\">\n<p>经核实，银行卡号622&#X37;&#x30;&#48; 6&#X31;&#00056;5&#00050;&#48;&#00051;421●●&#0009679;，特此说明。</p>\n</div>\n</div>\n</footer>\n"),
            ],
            namedFiles: ["themes/default/templates/footer.mustache", "(输出)/"],
            needles: [], digitNeedles: ["6227006185203421"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #51: id18BadCheck in articleHTMLBlock [separators:random \"_\" parens (); invisible:\"U+200D\",\"U+200F\"×2]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n<div class=\"note\">\n<p>经核实，公民身份号码(411102\u{200F})1_9_85072_641\u{200D}64，特此说明。</p>\n</div>\n\n最后一段。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["411102198507264164"]),
        // published (exit 0); shows the value in assets/x.png on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #52: id18 in pngAsset [numerals:chinese; invisible:\"U+200F\"×1]",
            files: [
                "themes/default/assets/x.png": .bytes(ProbeBinaryFiles.png(comment: "公民身份号码四一一六〇二一九六六〇九\u{200F}一九二〇八二")),
            ],
            namedFiles: ["themes/default/assets/x.png", "(输出)/assets/x.png"],
            needles: [], digitNeedles: ["411602196609192082"], strippable: "x.png"),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #54: idPartialMask in articleHTMLBlock [separators:6-8-4 \"U+0020\"; invisible:\"U+00AD\",\"U+200D\"×2; split:bold]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n<div class=\"note\">\n<p>经核实，身份证号：4<b>1\u{AD}\u{200D}0702 195＊＊＊＊1 24</b>49，特此说明。</p>\n</div>\n\n最后一段。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["41070219512449"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #55: id18BadCheck in articleMarkdown [numerals:chineseLing; entities; split:backslashBreak]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n经核实，公民身份号码&#0022235;&#0019968;&#38646;\\\n一零五&#0019968;&#x4e5d;三六一&#X4E00;&#20108;&#x516d;零&#x516d;&#0019968;一，特此说明。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["410105193611260611"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #58: id18BadCheck in articleMarkdown [invisible:\"U+00AD\"×1; percent]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n经核实，详见[查询结果](https://mz.example.gov.cn/cx?q=4%310%360%32%31%39610%31%31%303\u{AD}%332%30)。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["410602196101103320"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #59: account in siteTitle [separators:4-4-4-4 \"U+2011\"; invisible:\"U+00AD\",\"U+200C\",\"U+FEFF\"×3; yaml-escapes]",
            files: [
                "site.yaml": .text("title: \"测试县低保公示6\\x32\\x32\\x37\u{2011}0\\uFEFF0\u{200C}\\u0036\\u0033\u{2011}\\u0033\\u0033\\x32\u{AD}7\u{2011}07\\x301\"\npublisher: 测试县民政局\nhotlines:\n  - name: 监督举报电话\n    number: \"0391-7123456\"\n"),
            ],
            namedFiles: ["site.yaml", "(输出)/"],
            needles: [], digitNeedles: ["6227006333270701"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #60: account in regionName [invisible:\"U+00AD\",\"U+2060\"×2]",
            files: [
                "content/regions.csv": .text("区划代码,名称,撤销后代码\n410829000000,云台县,\n410829101000,柳林镇,\n410829101201,柳林村,\n410829101202,\"杨庄村存折账号 622908 \u{AD}706360922\u{2060}9064\",\n410829201000,石门乡,\n410829201201,石门村,\n"),
            ],
            namedFiles: ["content/regions.csv", "(输出)/"],
            needles: [], digitNeedles: ["6229087063609229064"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #61: mobile in themeTemplate [percent]",
            files: [
                "themes/default/templates/footer.mustache": .text("<footer class=\"site-footer\">\n<div class=\"wrap\">\n{{#site.has_hotlines}}\n<h2>监督举报电话</h2>\n<ul class=\"hotlines\">\n{{#site.hotlines}}\n<li>{{name}}：<strong>{{number}}</strong></li>\n{{/site.hotlines}}\n</ul>\n{{/site.has_hotlines}}\n<p>发布单位：{{site.publisher}}</p>\n<div class=\"note\">\n<p>经核实，联系电话：<a href=\"https://mz.example.gov.cn/cx?q=1%39973%39%34%33%38%35%38\">查询结果</a></p>\n</div>\n</div>\n</footer>\n"),
            ],
            namedFiles: ["themes/default/templates/footer.mustache", "(输出)/"],
            needles: [], digitNeedles: ["19973943858"]),
        // published (exit 0); shows the value in assets/x.jpg on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #70: account in jpegAsset [numerals:chineseLing; separators:random \"U+2013\"; invisible:\"U+00AD\",\"U+FEFF\"×3]",
            files: [
                "themes/default/assets/x.jpg": .bytes(ProbeBinaryFiles.jpeg(comment: "银行卡号六二\u{FEFF}二\u{FEFF}八四八–九五五五七六–九四零\u{AD}三")),
            ],
            namedFiles: ["themes/default/assets/x.jpg", "(输出)/assets/x.jpg"],
            needles: [], digitNeedles: ["6228489555769403"], strippable: "x.jpg"),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #71: idPartialMask in monthAddress [numerals:mixedChinese; separators:random \"U+0020U+0020\"]",
            files: [
                "content/rosters/2026-11/_month.yaml": .text("notice_type: 长期公示\npublish_from: 2026-11-01\npublish_to: 2026-11-30\npublisher: 云台县民政局\nhotline: \"0391-7123456\"\naddress: \"云台县人民路88号民政局社会救助股四105〇  220〇1×××三一17X\"\nbasis:\n  - 《最低生活保障审核确认办法》\nexpected_totals:\n  households: 5\n  persons: 9\n  amount: \"4400.50\"\n"),
            ],
            namedFiles: ["content/rosters/2026-11/_month.yaml", "(输出)/"],
            needles: [], digitNeedles: ["41050220013117"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #78: idPartialMask in frontMatterTitle [numerals:mixedChinese; yaml-escapes]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: \"说明身份证号：4\\u0031〇七\\x30\\u00321#######九\\x38三\\x31\"\ndate: 2024-01-07\n---\n\n正文。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["41070219831"]),
        // published (exit 0); shows the value in assets/x.jpg on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #89: qq in jpegAsset [numerals:circled; separators:random \"U+0020U+0020U+0020\"; invisible:\"U+00AD\",\"U+2060\"×2]",
            files: [
                "themes/default/assets/x.jpg": .bytes(ProbeBinaryFiles.jpeg(comment: "QQ ⑥②   ①   ③   \u{AD}②①   \u{2060}⑧⑨")),
            ],
            namedFiles: ["themes/default/assets/x.jpg", "(输出)/assets/x.jpg"],
            needles: [], digitNeedles: ["62132189"], strippable: "x.jpg"),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #92: idPartialMask in monthAddress [invisible:\"U+200B\"×1; yaml-escapes]",
            files: [
                "content/rosters/2026-11/_month.yaml": .text("notice_type: 长期公示\npublish_from: 2026-11-01\npublish_to: 2026-11-30\npublisher: 云台县民政局\nhotline: \"0391-7123456\"\naddress: \"云台县人民路88号民政局社会救助股证号 \\u0034\\u0031\\x31\\u003302\\u200B\\x3198###0\\x39\\u0037819\"\nbasis:\n  - 《最低生活保障审核确认办法》\nexpected_totals:\n  households: 5\n  persons: 9\n  amount: \"4400.50\"\n"),
            ],
            namedFiles: ["content/rosters/2026-11/_month.yaml", "(输出)/"],
            needles: [], digitNeedles: ["411302198097819"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #93: id18BadCheck in themeTemplate [split:bold]",
            files: [
                "themes/default/templates/footer.mustache": .text("<footer class=\"site-footer\">\n<div class=\"wrap\">\n{{#site.has_hotlines}}\n<h2>监督举报电话</h2>\n<ul class=\"hotlines\">\n{{#site.hotlines}}\n<li>{{name}}：<strong>{{number}}</strong></li>\n{{/site.hotlines}}\n</ul>\n{{/site.has_hotlines}}\n<p>发布单位：{{site.publisher}}</p>\n<div class=\"note\">\n<p>经核实，身份证号：4101051954<b>1212</b>3799，特此说明。</p>\n</div>\n</div>\n</footer>\n"),
            ],
            namedFiles: ["themes/default/templates/footer.mustache", "(输出)/"],
            needles: [], digitNeedles: ["410105195412123799"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #94: qq in themeTemplate [numerals:chinese]",
            files: [
                "themes/default/templates/footer.mustache": .text("<footer class=\"site-footer\">\n<div class=\"wrap\">\n{{#site.has_hotlines}}\n<h2>监督举报电话</h2>\n<ul class=\"hotlines\">\n{{#site.hotlines}}\n<li>{{name}}：<strong>{{number}}</strong></li>\n{{/site.hotlines}}\n</ul>\n{{/site.has_hotlines}}\n<p>发布单位：{{site.publisher}}</p>\n<div class=\"note\">\n<p>经核实，QQ号五九一三九九九六，特此说明。</p>\n</div>\n</div>\n</footer>\n"),
            ],
            namedFiles: ["themes/default/templates/footer.mustache", "(输出)/"],
            needles: [], digitNeedles: ["59139996"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #100: id18BadCheck in themeTemplate [separators:random \".\"; invisible:\"U+200D\"×1]",
            files: [
                "themes/default/templates/footer.mustache": .text("<footer class=\"site-footer\">\n<div class=\"wrap\">\n{{#site.has_hotlines}}\n<h2>监督举报电话</h2>\n<ul class=\"hotlines\">\n{{#site.hotlines}}\n<li>{{name}}：<strong>{{number}}</strong></li>\n{{/site.hotlines}}\n</ul>\n{{/site.has_hotlines}}\n<p>发布单位：{{site.publisher}}</p>\n<div class=\"note\">\n<p>经核实，身份证号：410.883193903.1.1286\u{200D}5，特此说明。</p>\n</div>\n</div>\n</footer>\n"),
            ],
            namedFiles: ["themes/default/templates/footer.mustache", "(输出)/"],
            needles: [], digitNeedles: ["410883193903112865"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #118: account in frontMatterTitle [numerals:circled; separators:6-8-4 \"U+0020U+0020\" parens (); invisible:\"U+200B\",\"U+2060\",\"U+FEFF\"×3]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: \"说明银行卡号(⑥②①⑦⓪⓪\u{2060}\\u200B)④②②④⑨\\uFEFF⓪⑦⑤  ④⓪⑧④\"\ndate: 2024-01-07\n---\n\n正文。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["621700422490754084"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #120: account in happinessNotice [numerals:chinese; percent; entities]",
            files: [
                "content/notices/fuzz.md": .text("---\ntitle: 幸福清单公示\ndate: 2024-06-28\ntype: 幸福清单\nregion: \"410829000000\"\n---\n\n本清单公布如下。\n\n经核实，详见[查询结果](https://mz.example.gov.cn/cx?q=&#0020845;&#0020108;&percnt;&#x45;&#52;&percnt;&#X42;&#56;&percnt;&#x38;&#X30;%E4%B8%83&percnt;&#69;&#x33;&percnt;&#X38;&#00048;&percnt;&#X38;&#x37;&percnt;&#69;&#X33;&percnt;&#X38;&#x30;&percnt;&#x38;&#00055;%e3%80%87%E4%B8%83&#x4e94;&#X4E00;&percnt;&#69;&#X35;&percnt;&#00056;&#X35;&percnt;&#X41;&#00068;&#x516d;%E4%BA%8C&percnt;&#x45;&#00052;&percnt;&#x42;&#X41;&percnt;&#X38;&#67;%E3%80%87%E5%85%AD%E4%B8%83)。\n"),
            ],
            namedFiles: ["content/notices/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["62170007516622067"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #124: mobile in monthAddress [invisible:\"U+200D\"×1; yaml-escapes]",
            files: [
                "content/rosters/2026-11/_month.yaml": .text("notice_type: 长期公示\npublish_from: 2026-11-01\npublish_to: 2026-11-30\npublisher: 云台县民政局\nhotline: \"0391-7123456\"\naddress: \"云台县人民路88号民政局社会救助股1\\x3726\\u200D400\\u0034018\"\nbasis:\n  - 《最低生活保障审核确认办法》\nexpected_totals:\n  households: 5\n  persons: 9\n  amount: \"4400.50\"\n"),
            ],
            namedFiles: ["content/rosters/2026-11/_month.yaml", "(输出)/"],
            needles: [], digitNeedles: ["17264004018"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #129: id18BadCheck in monthAddress [separators:random \"U+0020\"; invisible:\"U+200C\"×2; yaml-escapes]",
            files: [
                "content/rosters/2026-11/_month.yaml": .text("notice_type: 长期公示\npublish_from: 2026-11-01\npublish_to: 2026-11-30\npublisher: 云台县民政局\nhotline: \"0391-7123456\"\naddress: \"云台县人民路88号民政局社会救助股\\u0034\u{200C}1 \\x302\\u00302\\x31\\u00394708 17 \\u0032\\u00342\\u200C3\"\nbasis:\n  - 《最低生活保障审核确认办法》\nexpected_totals:\n  households: 5\n  persons: 9\n  amount: \"4400.50\"\n"),
            ],
            namedFiles: ["content/rosters/2026-11/_month.yaml", "(输出)/"],
            needles: [], digitNeedles: ["410202194708172423"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #170: idPartialMask in articleMarkdown [numerals:mixedChinese; separators:random \"U+2014\"]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n经核实，身份证号：四1〇一—2二—一9四＊＊＊2七五31七，特此说明。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["410122194275317"]),
        // published (exit 0) on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #174: id18BadCheck in articleHTMLBlock [invisible:\"U+00AD\",\"U+200B\",\"U+200C\",\"U+200D\",\"U+200E\",\"U+200F\",\"U+FEFF\"×18; entities]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n<div class=\"note\">\n<p>经核实，证号 &#00052;\u{FEFF}\u{200E}1\u{200E}\u{200D}0&rlm;&#x38;\u{200B}\u{FEFF}0\u{200F}&#x33;&lrm;\u{FEFF}19&rlm;6&#54;0&zwnj;&#00051;&#0065279;&#X30;\u{200E}&shy;9&#x30;4&#00053;&#8206;&ZeroWidthSpace;&zwnj;&#55;，特此说明。</p>\n</div>\n\n最后一段。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["410803196603090457"]),
        // published (exit 0); shows the value in assets/x.jpg on 8b1b591
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #189: id18 in jpegAsset [separators:6-4-4-4 \"_\"; invisible:\"U+200B\",\"U+2060\"×2]",
            files: [
                "themes/default/assets/x.jpg": .bytes(ProbeBinaryFiles.jpeg(comment: "公民身份号码410102_1938_\u{2060}0\u{200B}717_1483")),
            ],
            namedFiles: ["themes/default/assets/x.jpg", "(输出)/assets/x.jpg"],
            needles: [], digitNeedles: ["410102193807171483"], strippable: "x.jpg"),
        // second round, found after the first fixes: published (exit 0)
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #587: accountMaskedTail in frontMatterSummary [separators:random \"U+0009\"]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 说明\ndate: 2024-01-07\nsummary: \"62\\t30592548308\\t132x\"\n---\n\n正文。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["6230592548308132"]),
        // second round, found after the first fixes: published (exit 0)
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #702: accountMaskedTail in regionName [numerals:chinese]",
            files: [
                "content/regions.csv": .text("区划代码,名称,撤销后代码\n410829000000,云台县,\n410829101000,柳林镇,\n410829101201,柳林村,\n410829101202,\"杨庄村一卡通账号：六二一七 〇〇八一 五二〇八 xxxx\",\n410829201000,石门乡,\n410829201201,石门村,\n"),
            ],
            namedFiles: ["content/regions.csv", "(输出)/"],
            needles: [], digitNeedles: ["621700815208"]),
        // second round, found after the first fixes: published (exit 0)
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #1103: qq in articleHTMLBlock [separators:random \"_\" parens () ]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n<div class=\"note\">\n<p>经核实，qq:(151) 5_2_407_86，特此说明。</p>\n</div>\n\n最后一段。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["1515240786"]),
        // second round, found after the first fixes: published (exit 0); shows the value in assets/x.png
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #222: idPartialMask in pngAsset [separators:random \"-\"; invisible:\"U+00AD\"×1]",
            files: [
                "themes/default/assets/x.png": .bytes(ProbeBinaryFiles.png(comment: "公民身份号码4103-22x-xxxxx2-1-\u{AD}5126")),
            ],
            namedFiles: ["themes/default/assets/x.png", "(输出)/assets/x.png"],
            needles: [], digitNeedles: ["410322215126"], strippable: "x.png"),
        // second round, found after the first fixes: published (exit 0)
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #1366: idPartialMask in articleMarkdown [numerals:chineseLing; separators:random \"U+0020U+0020\"; entities]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n经核实，&#22235;&#x4e00;&#X96F6;&#22235;二&#19968;一&#x4e5d;&#X78;xxx&#160;&nbsp;零三&#0020843;&#0020108;&#X4E03;  &#00088;，特此说明。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["4104211903827"]),
        // second round, found after the first fixes: published (exit 0)
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #901: account in articleHTMLBlock [invisible:\"U+00AD\",\"U+200B\",\"U+200C\",\"U+200D\",\"U+200E\",\"U+200F\",\"U+2060\",\"U+FEFF\"×17; percent; entities]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n<div class=\"note\">\n<p>经核实，存折账号 <a href=\"https://mz.example.gov.cn/cx?q=&percnt;&#00051;&#00054;&#00050;&percnt;&#00051;&#x32;%37&#x30;\u{FEFF}%30&percnt;&#000101;&#X66;&percnt;&#98;&#98;&percnt;&#98;&#102;%E2%80%8F&percnt;&#X33;&#X30;&percnt;&#X45;&#50;&percnt;&#X38;&#X30;&percnt;&#X38;&#00069;&ZeroWidthSpace;%e2%80%8f&percnt;&#51;&#x36;8&percnt;&#X33;&#50;&percnt;&#X33;&#x38;&percnt;&#00051;&#X33;&percnt;&#x45;&#00070;&percnt;&#66;&#x42;&percnt;&#00066;&#70;%E2%81%A0&percnt;&#51;&#50;&rlm;%36%E2%80%8B%C2%AD&percnt;&#00069;&#70;&percnt;&#00066;&#X42;&percnt;&#x42;&#X46;&percnt;&#x65;&#x32;&percnt;&#X38;&#X31;&percnt;&#x61;&#48;&percnt;&#X65;&#X32;&percnt;&#x38;&#00048;&percnt;&#56;&#99;%C2%AD%32%E2%81%A0&percnt;&#X33;&#X34;\u{200D}%39\">查询结果</a></p>\n</div>\n\n最后一段。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["62270006828326249"]),
        // second round, found after the first fixes: published (exit 0)
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #564: email in themeTextAsset [invisible:\"U+200E\"×1; split:hardWrap]",
            files: [
                "themes/default/assets/x.txt": .text("联系方式\nE-mail: zhangsan45[a\nt]\u{200E}example．com\n"),
            ],
            namedFiles: ["themes/default/assets/x.txt", "(输出)/assets/x.txt"],
            needles: ["zhangsan45"], digitNeedles: []),
        // second round, found after the first fixes: published (exit 0)
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #768: landline in articleHTMLBlock [invisible:\"U+200B\",\"U+2060\"×2; percent; entities]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n<div class=\"note\">\n<p>经核实，家庭电话：<a href=\"https://mz.example.gov.cn/cx?q=&percnt;&#x33;&#48;39&percnt;&#x33;&#x32;%E2%81%A0&percnt;&#x32;&#68;&#X37;%34&ZeroWidthSpace;&percnt;&#X33;&#00048;%37&#X38;%33%38\">查询结果</a></p>\n</div>\n\n最后一段。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["03927407838"]),
        // second round, found after the first fixes: published (exit 0)
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #1640: email in themeTextAsset [invisible:\"U+2060\"×1; split:hardWrap]",
            files: [
                "themes/default/assets/x.txt": .text("联系方式\nE-mail: wangwu_15 at qq.c\u{2060}o\nm\n"),
            ],
            namedFiles: ["themes/default/assets/x.txt", "(输出)/assets/x.txt"],
            needles: ["wangwu15"], digitNeedles: []),
        // second round, found after the first fixes: published (exit 0)
        PrivacyProbe(
            name: "fuzz 0x6f6e677368690009 #1736: email in happinessNotice [entities; split:hardWrap]",
            files: [
                "content/notices/fuzz.md": .text("---\ntitle: 幸福清单公示\ndate: 2024-06-28\ntype: 幸福清单\nregion: \"410829000000\"\n---\n\n本清单公布如下。\n\n经核实，l&#000105;s&#000105;&#x2e;&#x36;&#53;&#55;@&#49;2&#54;．&#x63;\n&#000111;&#000109;，特此说明。\n"),
            ],
            namedFiles: ["content/notices/fuzz.md", "(输出)/"],
            needles: ["lisi657"], digitNeedles: []),
        // third round, seed 0x20261130: published (exit 0)
        PrivacyProbe(
            name: "fuzz 0x20261130 #396: email in happinessNotice [split:cells]",
            files: [
                "content/notices/fuzz.md": .text("---\ntitle: 幸福清单公示\ndate: 2024-06-28\ntype: 幸福清单\nregion: \"410829000000\"\n---\n\n本清单公布如下。\n\n<table><tr><td></td><td>s</td><td>unli2002\\[at\\]qq．com</td></tr></table>\n"),
            ],
            namedFiles: ["content/notices/fuzz.md", "(输出)/"],
            needles: ["sunli2002"], digitNeedles: []),
        // third round, seed 0x20261130: published (exit 0)
        PrivacyProbe(
            name: "fuzz 0x20261130 #792: idPartialMask in siteTitle [separators:random \"/\"]",
            files: [
                "site.yaml": .text("title: \"测试县低保公示身份证号：4105221974xx/x/x/557X\"\npublisher: 测试县民政局\nhotlines:\n  - name: 监督举报电话\n    number: \"0391-7123456\"\n"),
            ],
            namedFiles: ["site.yaml", "(输出)/"],
            needles: [], digitNeedles: ["4105221974557"]),
        // third round, seed 0x20261130: published (exit 0)
        PrivacyProbe(
            name: "fuzz 0x20261130 #1010: accountMaskedTail in happinessNotice [numerals:yao; split:cells]",
            files: [
                "content/notices/fuzz.md": .text("---\ntitle: 幸福清单公示\ndate: 2024-06-28\ntype: 幸福清单\nregion: \"410829000000\"\n---\n\n本清单公布如下。\n\n<table><tr><td>一卡通账号：</td><td>六二二九 〇</td><td>八二九 九三九九 \\#\\#\\#\\#</td></tr></table>\n"),
            ],
            namedFiles: ["content/notices/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["622908299399"]),
        // third round, seed 0x20261130: published (exit 0)
        PrivacyProbe(
            name: "fuzz 0x20261130 #1691: email in articleMarkdown [invisible:\"U+200D\",\"U+2060\"×2; entities; split:emphasis]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n经核实，c&#X68;e&#000110;\u{2060}j&#105;&#x6e;&#x67;&#00051;4**&#50;&commat;q\u{200D}&#113;.c**om，特此说明。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: ["chenjing342"], digitNeedles: []),
        // fourth round, seed 0x6b0db384: a QQ number grouped as `(16) - 5 - 3`, gaps longer than
        // the QQ rule joined (published, exit 0)
        PrivacyProbe(
            name: "fuzz 0x6b0db384 #1573: qq in frontMatterSummary [separators:random \"U+0020-U+0020\" parens (); invisible:\"U+200D\",\"U+2060\",\"U+FEFF\"×3]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 说明\ndate: 2024-01-07\nsummary: \"QQ (\\uFEFF16) - 5 - 3 - 98\\u200D5\u{2060} - 46\"\n---\n\n正文。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["165398546"]),
        // seed 0x6b0db50c: QQ digits split by stars cmark left as text (`250**3576**3`)
        PrivacyProbe(
            name: "fuzz 0x6b0db50c #1792: qq in articleMarkdown [entities; split:emphasis]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n经核实，QQ：&#00050;&#00053;0**&#00051;&#x35;7&#x36;**3，特此说明。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["25035763"]),
        // Too many groups for the number rules of 9dee740: mobile numbers in 6 or 7 groups and
        // accounts in 6 (random separators, a hard wrap, numerals switching between ASCII and Chinese).
        PrivacyProbe(
            name: "fuzz 0x1234 #1172: mobile in themeTextAsset [numerals:circled; separators:random \"U+2013\"; split:hardWrap]",
            files: [
                "themes/default/assets/x.txt": .text("联系方式\n联系电话：①④\n⑨①⑨⑨–②–⑨–⑤⓪–⑦\n"),
            ],
            namedFiles: ["themes/default/assets/x.txt", "(输出)/assets/x.txt"],
            needles: [], digitNeedles: ["14919929507"]),
        PrivacyProbe(
            name: "fuzz 0x5EED1 #1116: account in themeTextAsset [separators:random \"U+0020U+0020U+0020\"; split:hardWrap]",
            files: [
                "themes/default/assets/x.txt": .text("联系方式\n银行卡号628   28   85908   8   671\n080\n"),
            ],
            namedFiles: ["themes/default/assets/x.txt", "(输出)/assets/x.txt"],
            needles: [], digitNeedles: ["62828859088671080"]),
        PrivacyProbe(
            name: "fuzz 0x20261201 #793: mobile in themeTemplate [numerals:chineseLing; separators:random \"U+00A0\"; split:cells]",
            files: [
                "themes/default/templates/footer.mustache": .text("<footer class=\"site-footer\">\n<div class=\"wrap\">\n{{#site.has_hotlines}}\n<h2>监督举报电话</h2>\n<ul class=\"hotlines\">\n{{#site.hotlines}}\n<li>{{name}}：<strong>{{number}}</strong></li>\n{{/site.hotlines}}\n</ul>\n{{/site.has_hotlines}}\n<p>发布单位：{{site.publisher}}</p>\n<table>\n<tr><td>电话 </td><td>一\u{A0}六九\u{A0}五九\u{A0}八</td><td>七\u{A0}五四零五</td></tr>\n</table>\n</div>\n</footer>\n"),
            ],
            namedFiles: ["themes/default/templates/footer.mustache", "(输出)/"],
            needles: [], digitNeedles: ["16959875405"]),
        PrivacyProbe(
            name: "fuzz 0x20261201 #883: account in themeTextAsset [numerals:mixedChinese; separators:random \"-\"; split:hardWrap]",
            files: [
                "themes/default/assets/x.txt": .text("联系方式\n存折账号 6二12-二-六9四-4\n四07四八-八262\n"),
            ],
            namedFiles: ["themes/default/assets/x.txt", "(输出)/assets/x.txt"],
            needles: [], digitNeedles: ["621226944407488262"]),
        PrivacyProbe(
            name: "fuzz 0x20261201 #1295: mobile in articleHTMLBlock [separators:random \"U+0020U+0020U+0020\" parens () ; invisible:\"U+200D\"×1; split:cells]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n<table>\n<tr><td></td><td>(163) 4</td><td>4178   \u{200D}2   9   2</td></tr>\n</table>\n\n最后一段。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["16344178292"]),
        PrivacyProbe(
            name: "fuzz 0x20261201 #1806: account in articleHTMLBlock [numerals:fullWidth; separators:random \"U+0020U+0020U+0020\"; split:newlineInHTML]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n<div class=\"note\">\n<p>经核实，存折账号 ６２３０   ５９５４５４６   ２\n１６   ５   ３１０，特此说明。</p>\n</div>\n\n最后一段。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["623059545462165310"]),
        PrivacyProbe(
            name: "fuzz 0x20261201 #1968: mobile in themeTextAsset [separators:random \"U+2011\"; split:hardWrap]",
            files: [
                "themes/default/assets/x.txt": .text("联系方式\n联系电话：1\u{2011}5\u{2011}250\u{2011}9\u{2011}3\n5508\n"),
            ],
            namedFiles: ["themes/default/assets/x.txt", "(输出)/assets/x.txt"],
            needles: [], digitNeedles: ["15250935508"]),
        PrivacyProbe(
            name: "fuzz 0x20261301 #300: mobile in themeTextAsset [separators:random \"U+2011\"; invisible:\"U+200B\",\"U+200C\",\"U+200D\",\"U+200F\",\"U+2060\",\"U+FEFF\"×15; split:hardWrap]",
            files: [
                "themes/default/assets/x.txt": .text("联系方式\n1\u{200F}\u{2011}9\u{2060}\u{200C}\u{2011}\u{FEFF}224\u{2011}\u{200F}\u{FEFF}\u{200D}\u{200F}1\u{200C}\u{2060}\u{FEFF}\u{2011}\u{200B}\u{200F}32\u{200D}\u{200D}6\n49\n"),
            ],
            namedFiles: ["themes/default/assets/x.txt", "(输出)/assets/x.txt"],
            needles: [], digitNeedles: ["19224132649"]),
        // Round 6 (published on main c8243ae): `**` that cmark leaves as written between the
        // digits of a masked account (#519, #1722); an address split over two table cells with
        // Markdown escapes kept in a raw HTML block (#798, #101, #1598); a landline grouped so
        // that its local number ends like a year and month (#171); `at ` glued to the local
        // part after a CSS escape swallowed the space (#1966).
        PrivacyProbe(
            name: "fuzz 0x1234 #519: accountMaskedTail in articleMarkdown [entities; split:emphasis]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n经核实，存折账号 62**&#x31;2 &#x32;6&#50;&#X35;&nbsp;&#49;8&#52;**8 ＊&#XFF0A;&#0065290;&#65290;，特此说明。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["621226251848"]),
        PrivacyProbe(
            name: "fuzz 0x20261205 #1722: accountMaskedTail in happinessNotice [numerals:yao; entities; split:emphasis]",
            files: [
                "content/notices/fuzz.md": .text("---\ntitle: 幸福清单公示\ndate: 2024-06-28\ntype: 幸福清单\nregion: \"410829000000\"\n---\n\n本清单公布如下。\n\n经核实，一卡通账号：&#X516D;&#20108;幺**&#0020108; &#X4E8C;&#x516d;**&#X4E5D;&#X4E8C; &#x4e94;&#x4e94;&#X56DB;&#0019971;&#160;&#x78;xx&#x78;，特此说明。\n"),
            ],
            namedFiles: ["content/notices/fuzz.md", "(输出)/"],
            needles: [], digitNeedles: ["621226925547"]),
        PrivacyProbe(
            name: "fuzz 0x1234 #798: email in articleMarkdown [split:cells]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n<table><tr><td>邮箱：</td><td>chenjing\\_30\\[at\\]e</td><td>xample\\[dot\\]com</td></tr></table>\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: ["chenjing30"], digitNeedles: []),
        PrivacyProbe(
            name: "fuzz 0xBEEF42 #101: email in happinessNotice [split:cells]",
            files: [
                "content/notices/fuzz.md": .text("---\ntitle: 幸福清单公示\ndate: 2024-06-28\ntype: 幸福清单\nregion: \"410829000000\"\n---\n\n本清单公布如下。\n\n<table><tr><td></td><td>chenjing.7325(at)sin</td><td>a\\[dot\\]com</td></tr></table>\n"),
            ],
            namedFiles: ["content/notices/fuzz.md", "(输出)/"],
            needles: ["chenjing7325"], digitNeedles: []),
        PrivacyProbe(
            name: "fuzz 0x20261205 #1598: email in articleMarkdown [split:cells]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n<table><tr><td>E-mail: </td><td>zh</td><td>angsan2725 at qq\\[dot\\]com</td></tr></table>\n"),
            ],
            namedFiles: ["content/articles/fuzz.md", "(输出)/"],
            needles: ["zhangsan2725"], digitNeedles: []),
        PrivacyProbe(
            name: "fuzz 0x6b0db50c #171: landline in frontMatterUnknownKey [separators:random \".\" parens （）; yaml-escapes]",
            files: [
                "content/articles/fuzz.md": .text("---\ntitle: 说明\ndate: 2024-01-07\napplicant: \"（0\\u0032\\x3180\\x36）.1988.\\u0039\"\n---\n\n正文。\n"),
            ],
            namedFiles: ["content/articles/fuzz.md"],
            needles: [], digitNeedles: ["02180619889"]),
        PrivacyProbe(
            name: "fuzz 0x20261201 #1966: email in themeCSSAsset [invisible:\"U+200C\"×1; css-escapes; split:cssContinuation]",
            files: [
                "themes/default/assets/x.css": .text(".contact::after { content: \"\\63 \\68 en\\00200c\\00006A\\000069\\00006e\\0000675\\000038\\39 \\000037 \\000061t\\0000201\\\n\\000036\\33 \\3002 \\63 \\00006fm\"; }\n"),
            ],
            namedFiles: ["themes/default/assets/x.css", "(输出)/assets/x.css"],
            needles: ["chenjing5897"], digitNeedles: []),
        PrivacyProbe(
            name: "fuzz 0x20261201a6 #1199: email in themeCSSAsset [invisible:\"U+FEFF\"×1; css-escapes; split:cssContinuation]",
            files: [
                "themes/default/assets/x.css": .text(".contact::after { content: \"\\7a \\68 \\61 \\6F l\\FEFF \\000069\\000075_\\0000386\\\n\\39 \\000039 \\61 \\000074 s\\69 \\6e \\61 ．c\\00006fm\"; }\n"),
            ],
            namedFiles: ["themes/default/assets/x.css", "(输出)/assets/x.css"],
            needles: ["zhaoliu_8699"], digitNeedles: []),
        // published (exit 0) on e59b784: a year-month inside the digits (148/2019/7/46/5) was read as a date
        PrivacyProbe(
            name: "fuzz 0x6f6e677368691203 #375: mobile in jpegAsset [separators:random \"/\"; invisible:\"U+200B\",\"U+FEFF\"×3]",
            files: [
                "themes/default/assets/x.jpg": .bytes(ProbeBinaryFiles.jpeg(comment: "联系电话：148/\u{200B}2019/\u{200B}7/\u{FEFF}46/5")),
            ],
            namedFiles: ["themes/default/assets/x.jpg", "(输出)/assets/x.jpg"],
            needles: [], digitNeedles: ["14820197465"], strippable: "x.jpg"),
    ]
}

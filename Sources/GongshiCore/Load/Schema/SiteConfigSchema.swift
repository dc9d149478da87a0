import Foundation

/// The keys of `site.yaml`, in the order the reference and the "可用的配置项" hint list them.
enum SiteConfigSchema {
    static var schema: YAMLSchema<SiteConfig> {
        YAMLSchema([
            .text("title", \.title, help: "站点名称，显示在每页页首和标签页上", required: true),
            .text("publisher", \.publisher, help: "公示单位（如 某某乡人民政府），各月公示默认的发布单位", required: true),
            .list("hotlines", hotlineSchema, start: HotlineFields(), \.hotlines, shape: Messages.hotlinesShape,
                  help: "监督电话列表，每项 name（名称）和 number（号码）") { item, reading, log in
                guard let name = item.name, !name.isEmpty, let number = item.number, !number.isEmpty else {
                    log.error(reading.at, Messages.hotlinesShape)
                    return nil
                }
                return Hotline(name: name, number: number)
            },
            .checkedOptional("base_url", type: "网址", \.baseURL, message: Messages.invalidBaseURL,
                             help: "站点发布后的地址（http 或 https），用于订阅源和站点地图的完整链接", nullIsAbsent: true) {
                SiteConfigLoader.normalizeBaseURL($0)
            },
            .checked("theme", type: "文字", \.theme, message: Messages.invalidThemeName,
                     help: "themes/ 下使用的主题目录名，默认 default") { text in
                SiteConfigLoader.isSafeName(text) ? text : nil
            }.requiringText,
            .checked("timezone", type: "时区名", \.timeZone, message: Messages.invalidTimeZone,
                     help: "日期所在的时区，如 Asia/Shanghai（默认）") { TimeZone(identifier: $0) },
            .section("disclosure", DisclosureSchema.schema, \.disclosure, help: "各月公示的默认设置（发布单位、公示期、依据、编码等）"),
            .section("privacy", privacySchema, \.self, help: "可以公开的官方号码和邮箱，以及人工审核过的文件"),
            .section("print", PrintSchema.schema, \.print, help: "公开栏打印的纸张、方向和字号"),
            .section("limits", LimitsSchema.schema, \.limits, help: "输入文件大小的上限"),
            .section("supervision", SupervisionSchema.schema, \.supervision, help: "监督与救济：受理地址、渠道和期限"),
            .section("pagination", YAMLSchema(prefix: "pagination.", [
                .integer("page_size", SiteConfig.pageSizes, \.pageSize, help: "列表页每页条数，默认 \(SiteConfig.defaultPageSize)"),
            ]), \.self, help: "列表分页"),
            .section("open_data", YAMLSchema(prefix: "open_data.", [
                .bool("households", \.openDataHouseholds, help: "是否发布逐户 CSV（默认 false，只发布汇总）"),
            ]), \.self, help: "开放数据"),
            .bool("search", \.search, help: "是否生成站内搜索页（默认 false）"),
            .optionalSection("portal", PortalSchema.schema, \.portal, start: PortalSettings(),
                             help: "政府网站规范要求的页脚信息（网站标识码、ICP 备案、公安备案等）和栏目名称"),
            .section("retention", YAMLSchema(prefix: "retention.", [
                YAMLField(key: "names_months", type: "整数 \(RetentionSettings.namesMonthsRange.lowerBound)–\(RetentionSettings.namesMonthsRange.upperBound)",
                          help: "户名保留的月数：早于最新月份这么多个月的名单不再发布（默认 \(RetentionSettings.defaultNamesMonths)）",
                          nullIsAbsent: false) { value, target, log in
                    if let months = value.integer(RetentionSettings.namesMonthsRange, &log) {
                        target.retention = RetentionSettings(namesMonths: months, isDefault: false)
                    }
                },
            ]), \.self, help: "个人信息的保留期限"),
        ])
    }

    struct HotlineFields {
        var name: String?
        var number: String?
    }

    static var hotlineSchema: YAMLSchema<HotlineFields> {
        var schema = YAMLSchema<HotlineFields>([
            YAMLField(key: "name", type: "文字", help: "电话的名称") { value, item, _ in item.name = value.raw },
            YAMLField(key: "number", type: "文字", help: "号码") { value, item, _ in item.number = value.raw },
        ])
        schema.unknownLabel = { "hotlines." + $0 }
        return schema
    }

    static var privacySchema: YAMLSchema<SiteConfig> {
        YAMLSchema(prefix: "privacy.", [
            .textList("allowed_numbers", \.allowedNumbers, help: "可以公开的官方号码（监督电话、办公电话）"),
            YAMLField(key: "allowed_emails", type: "文字或文字列表", help: "可以公开的官方邮箱") { value, config, log in
                config.allowedEmails = PrivacySettingsSchema.emails(value, &log)
            },
            .list("reviewed_files", PrivacySettingsSchema.reviewedFileSchema, start: PrivacySettingsSchema.ReviewedFileFields(),
                  \.reviewedFiles, shape: Messages.reviewedFilesShape,
                  help: "人工审核过的文件：sha256 和 reason（审核理由）", finish: PrivacySettingsSchema.reviewedFile),
        ])
    }
}

extension YAMLField {
    /// An empty or missing value is `expectedText` (as for any text key) before the field's own check.
    var requiringText: Self {
        var field = self
        let check = read
        field.read = { value, target, log in
            guard value.text(&log) != nil else { return }
            check(value, &target, &log)
        }
        return field
    }
}

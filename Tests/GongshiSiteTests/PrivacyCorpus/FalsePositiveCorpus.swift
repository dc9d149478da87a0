import Foundation

/// Legitimate text from county publications that the guard must let through (issue 9's false
/// positives): each builds with the real binary, exits 0 and shows up in the published page.
enum FalsePositiveCorpus {
    typealias A = CorpusPlaces

    static let all: [CleanProbe] = documentNumbers + dates + amounts + hotlines + regionCodes + records + names + policy

    static let documentNumbers: [CleanProbe] = [
        A.cleanArticle("document number 焦民〔2022〕12号", body: "依据《关于进一步加强最低生活保障工作的通知》（焦民〔2022〕12号）办理。"),
        A.cleanArticle("document number 民发〔2021〕57号", body: "《最低生活保障审核确认办法》（民发〔2021〕57号）第十条。"),
        A.cleanArticle("document number with 第 and 号", body: "云政办〔2023〕第108号文件。"),
    ]

    static let dates: [CleanProbe] = [
        A.cleanArticle("date 2026-11-30", body: "公示期至2026-11-30。"),
        A.cleanArticle("date 2026/11/30", body: "公示期至2026/11/30。"),
        A.cleanArticle("date 2026.11.30", body: "公示期至2026.11.30。"),
        A.cleanArticle("date 2026年11月30日", body: "公示期至2026年11月30日。"),
        A.cleanArticle("date 二〇二六年十一月三十日", body: "二〇二六年十一月三十日"),
        A.cleanArticle("date 20261130", body: "批次20261130。"),
        A.cleanArticle("date range 2026-11-01至2026-11-30", body: "公示期：2026-11-01至2026-11-30。"),
        A.cleanArticle("date and time 2026年11月30日17:30", body: "请于2026年11月30日17:30前提出异议。"),
    ]

    static let amounts: [CleanProbe] = [
        A.cleanArticle("amount 1,100.00元", body: "月保障金额1,100.00元。"),
        A.cleanArticle("amount ¥153260.50", body: "本月发放合计¥153260.50。"),
        A.cleanArticle("amount 153,260.50元", body: "本月发放合计153,260.50元。"),
        A.cleanArticle("standards per person and month", body: "城市667元/人·月、农村550元/人·月。"),
    ]

    static let hotlines: [CleanProbe] = [
        A.cleanArticle("the site's own hotline", body: "监督电话：0391-7123456。"),
        A.cleanArticle("the site's own hotline with the area code in parentheses", body: "监督电话：（0391）7123456。"),
        A.cleanArticle("the 12345 service line", body: "也可拨打12345政务服务便民热线。"),
    ]

    static let regionCodes: [CleanProbe] = [
        A.cleanArticle("village code", body: "柳林村（区划代码410829101201）。"),
        A.cleanArticle("village code with a sequence number", body: "档案号410829101201001。"),
        A.cleanArticle("village code, dash, sequence number", body: "档案号410829101201-001。"),
        A.cleanArticle("postal code", body: "通信地址：云台县人民路88号，邮编：454000。"),
    ]

    static let records: [CleanProbe] = [
        A.cleanRecordNumber("16-digit record number that passes Luhn", record: "2026110100000010"),
        A.cleanRecordNumber("16-digit record number starting with the village code, passing Luhn", record: "4108291012010011"),
        A.cleanArticle("contract number that passes Luhn, introduced as such", body: "合同编号：2026410829000113。"),
    ]

    static let names: [CleanProbe] = [
        A.cleanRosterName("name masked with the full-width asterisk", maskedName: "张＊丰"),
        A.cleanRosterName("name masked with ×", maskedName: "张×丰"),
        A.cleanRosterName("name masked as 某某", maskedName: "张某某"),
    ]

    static let policy: [CleanProbe] = [
        A.cleanArticle("policy on 残疾人两项补贴 and 重病患者, no person named",
                       body: "困难残疾人生活补贴和重度残疾人护理补贴（残疾人两项补贴）按月发放；重病患者、重度残疾人可按规定单人保。"),
        A.cleanArticle("happiness-list wording about disability grades in general",
                       body: "享受对象：持有《中华人民共和国残疾人证》的一级、二级重度残疾人，精神、智力残疾三级人员。"),
    ]
}

#!/usr/bin/env python3
"""Generate a synthetic policy-article site for benchmarking Gongshi against Hugo.

Writes two equivalent sites from the same deterministic content:

* a Gongshi site (``--out``): site.yaml (copied), themes/default (copied),
  content/articles/article-NNNN.md and content/notices/notice-NN.md;
* a Hugo site (``--hugo-out``, optional): config.toml, minimal layouts that do
  work comparable to Gongshi's default theme, static/assets/site.css and the
  same Markdown bodies, with links by source path (``article-0042.md``)
  rewritten to Hugo's pretty URLs (``../article-0042/``).

Python 3 standard library only. Same ``--count`` and ``--seed`` give the same
bytes. The prose is invented; it contains no phone numbers, ID numbers, bank
card numbers or e-mail addresses (checked before anything is written).
"""

import argparse
import os
import random
import re
import shutil
import sys
from datetime import date, timedelta

COUNTY = "云台县"
CN_NUM = "一二三四五六七八九十"

TOPICS = [
    "城乡最低生活保障", "特困人员救助供养", "临时救助", "医疗救助", "教育救助", "住房救助",
    "就业救助", "残疾人两项补贴", "高龄津贴", "困境儿童保障", "低保边缘家庭认定",
    "支出型困难家庭救助", "冬春生活救助", "社会救助资金监管", "救助对象动态管理",
    "分散供养特困人员照料护理", "流浪乞讨人员救助", "社会救助信息公开", "取暖补贴发放",
    "孤儿基本生活保障",
]
ACTIONS = ["进一步做好", "加强", "规范", "完善", "切实做好", "进一步规范", "全面推进", "扎实做好"]
DOC_TYPES = ["实施细则", "工作方案", "管理办法", "通知", "实施意见", "操作规程", "指导意见", "工作要点"]
ORGS = [
    "县民政局", "县财政局", "县人力资源和社会保障局", "县医疗保障局", "县教育局",
    "县住房和城乡建设局", "县残疾人联合会", "县乡村振兴局", "县审计局", "县卫生健康委员会",
]
TOWNS = ["城关镇", "东岭乡", "西河镇", "南山乡", "柳林镇", "石桥乡", "白水镇", "青龙乡", "桃园镇", "北岗乡"]
AUTHORS = ["云台县民政局", "云台县民政局社会救助股", "云台县人民政府办公室", "云台县民政局社会事务股"]
CATEGORIES = ["政策标准", "办事指南", "资金发放", "信息公开", "工作动态", "政策解读"]
TAGS = [
    "低保标准", "特困供养", "临时救助", "一卡通", "信息公开", "审核确认", "动态管理", "资金监管",
    "医疗救助", "困境儿童", "残疾人补贴", "高龄津贴", "防范诈骗", "入户调查", "民主评议", "长期公示",
]
GROUPS = ["城乡低保对象", "特困人员", "低保边缘家庭成员", "困难残疾人", "困境儿童", "支出型困难家庭", "80周岁以上老年人"]
SECTION_TITLES = [
    "总体要求", "保障范围", "保障标准", "申请条件", "办理程序", "审核确认", "资金管理", "动态管理",
    "信息公开", "监督检查", "工作要求", "组织保障", "责任分工", "政策衔接", "宣传引导", "附则",
]
BOLD_TERMS = [
    "应保尽保", "按月足额发放", "不得截留挪用", "公示期不少于7天", "一次性告知", "首问负责",
    "一门受理、协同办理", "先行救助", "阳光操作", "分类施保", "渐退期", "动态调整",
]

SENTENCES = [
    "为深入贯彻落实党中央、国务院关于加强困难群众基本生活保障工作的决策部署，结合本县实际，制定本{doc}。",
    "{topic}工作坚持保基本、兜底线、救急难、可持续的原则，做到公开、公平、公正、及时。",
    "各乡镇人民政府要切实履行{topic}工作的属地管理责任，加强对村（社区）工作人员的业务培训，确保政策落实到位。",
    "{org}负责全县{topic}工作的统筹协调和监督管理，{org2}按照职责分工做好相关工作。",
    "对符合条件的{group}，应当及时纳入保障范围，做到**应保尽保**，不得以任何理由拒绝受理。",
    "申请人应当如实提供家庭收入、财产状况等材料，对隐瞒、虚报的，依法追回已发放的资金。",
    "乡镇人民政府应当自受理申请之日起{days}个工作日内完成审核工作，特殊情况可以延长，但应告知申请人理由。",
    "审核确认结果应当在申请人所在村（社区）进行公示，公示期满无异议的，作出确认决定。",
    "保障资金实行专户管理、封闭运行，通过社会保障卡“一卡通”按月发放到户，严禁现金发放。",
    "{town}在{topic}工作中探索建立“网格化”排查机制，每月组织网格员走访困难家庭，做到早发现、早介入、早救助。",
    "各村（社区）应当在村务公开栏公布办事流程、办理时限和监督举报渠道，方便群众知晓和监督。",
    "对家庭经济状况发生变化的保障对象，乡镇人民政府应当及时调整保障金额或者停止保障，并书面告知本人。",
    "自{year}年{month}月起，全县{topic}标准按照每人每月{amount}元执行，所需资金由县级财政统筹安排。",
    "县民政局每{period}对各乡镇{topic}工作开展一次督导检查，检查结果纳入年度目标考核。",
    "对工作中滥用职权、玩忽职守、徇私舞弊的，依法依规追究有关人员责任；构成犯罪的，依法追究刑事责任。",
    "要充分运用居民家庭经济状况核对平台，提高核对的准确性和时效性，切实减少人为因素干扰。",
    "对因突发事件、意外事故导致基本生活暂时出现严重困难的家庭，可以实行**先行救助**，事后补齐相关手续。",
    "各地要加强政策宣传，通过公示栏、宣传册和入户走访等方式，让困难群众“看得懂、算得清、领得到”。",
    "保障对象的个人信息受法律保护，公示内容只公开必要信息，不得公开身份证号码、银行账号和详细住址。",
    "{org}要会同{org2}建立信息共享机制，定期比对户籍、车辆、不动产和工商登记等信息。",
    "对纳入保障后家庭人均收入超过保障标准的，可以给予{months}个月的**渐退期**，帮助其稳定脱困。",
    "各乡镇要建立健全{topic}工作台账，做到一户一档、动态更新，档案资料保存期限不少于{keep}年。",
    "在办理过程中实行**首问负责**制度，对材料不全的，一次性告知申请人需要补充的全部材料。",
    "{town}、{town2}等地已率先实现{topic}事项“掌上办”“就近办”，群众办事平均时间缩短{percent}%以上。",
    "县级财政要将{topic}所需资金足额列入预算，确保资金及时拨付、**按月足额发放**。",
    "要注重发挥村（居）民委员会、社会组织和志愿者的作用，为{group}提供探访关爱、生活照料等服务。",
    "各乡镇每季度向县民政局报送{topic}工作进展情况，重大事项随时报告。",
]

BULLETS = [
    "{bold}：{clause}；",
    "{group}：{clause}；",
    "{clause}；",
    "由{org}负责{clause2}；",
]
CLAUSES = [
    "按照规定程序及时办理，不得推诿拖延",
    "实行一户一档，资料齐全、手续完备",
    "救助金额根据困难程度和持续时间分档确定",
    "每年至少开展一次全面复核",
    "通过村务公开栏和本网站同步公示",
    "不需要群众重复提交已有材料",
    "按照就近原则确定办理地点",
    "发放情况每月向社会公开",
    "对行动不便的群众提供上门服务",
    "将符合条件的对象全部纳入保障范围",
]
CLAUSES2 = [
    "审核确认和资金发放", "家庭经济状况核对", "资金筹集和拨付", "政策宣传和业务培训",
    "监督检查和问题整改", "信息比对和数据共享", "档案管理和统计分析",
]
CLOSING = "本{doc}执行中遇到的具体问题，由{org}负责解释；此前有关规定与本{doc}不一致的，以本{doc}为准。"
LINK_SENTENCES = [
    "具体办理程序请参阅[{title}]({href})。",
    "有关标准详见[{title}]({href})。",
    "相关政策衔接按照[{title}]({href})执行。",
    "此前印发的[相关文件]({href})同时参照执行。",
]

NOTICE_TYPES = ["公示公告", "幸福清单", "工作通知"]


def cn_number(n):
    """1..99 as Chinese numerals (section numbers)."""
    if n <= 10:
        return CN_NUM[n - 1]
    tens, ones = divmod(n, 10)
    text = ("" if tens == 1 else CN_NUM[tens - 1]) + "十"
    return text + (CN_NUM[ones - 1] if ones else "")


def fill(rng, template, doc_type, topic):
    org, org2 = rng.sample(ORGS, 2)
    town, town2 = rng.sample(TOWNS, 2)
    return template.format(
        topic=topic,
        doc=doc_type,
        org=org,
        org2=org2,
        town=town,
        town2=town2,
        group=rng.choice(GROUPS),
        bold="**" + rng.choice(BOLD_TERMS) + "**",
        days=rng.choice([5, 7, 10, 15, 20, 30]),
        year=rng.choice([2023, 2024, 2025]),
        month=rng.randint(1, 12),
        amount=rng.randint(480, 900),
        period=rng.choice(["季度", "半年", "年"]),
        months=rng.choice([3, 6, 12]),
        keep=rng.choice([5, 10, 30]),
        percent=rng.choice([20, 30, 40, 50]),
        clause=rng.choice(CLAUSES),
        clause2=rng.choice(CLAUSES2),
    )


def visible_length(markdown):
    """Characters a reader sees: markup, link targets and whitespace removed."""
    text = re.sub(r"\]\([^)]*\)", "", markdown)
    text = re.sub(r"[#*\-\[\]\s]", "", text)
    return len(text)


def make_body(rng, doc_type, topic, link_targets, target_len):
    """Markdown body. Links are placeholders ``@@LINK:<index>@@`` resolved per site later."""
    blocks = []
    opening = fill(rng, SENTENCES[0], doc_type, topic) + fill(rng, SENTENCES[1], doc_type, topic)
    blocks.append(opening)
    titles = rng.sample(SECTION_TITLES, len(SECTION_TITLES))
    link_sentences = [
        rng.choice(LINK_SENTENCES).replace("{href}", "@@LINK:%d@@" % index).replace("{title}", title)
        for index, title in link_targets
    ]
    section = 0
    length = visible_length(opening)
    while length < target_len and section < len(titles):
        section += 1
        blocks.append("## %s、%s" % (cn_number(section), titles[section - 1]))
        for _ in range(rng.randint(1, 3)):
            if length >= target_len:
                break
            sentences = [fill(rng, t, doc_type, topic) for t in rng.sample(SENTENCES[2:], rng.randint(2, 5))]
            if link_sentences and rng.random() < 0.35:
                sentences.append(link_sentences.pop())
            paragraph = "".join(sentences)
            blocks.append(paragraph)
            length += visible_length(paragraph)
        if length < target_len and rng.random() < 0.6:
            items = []
            for _ in range(rng.randint(3, 6)):
                items.append("- " + fill(rng, rng.choice(BULLETS), doc_type, topic))
            items[-1] = items[-1][:-1] + "。"
            listing = "\n".join(items)
            blocks.append(listing)
            length += visible_length(listing)
    # Links not placed yet go in a closing paragraph, so every article has all of its 1–3 links.
    closing = "".join(link_sentences) + fill(rng, CLOSING, doc_type, topic)
    blocks.append(closing)
    return "\n\n".join(blocks) + "\n"


def random_date(rng):
    day = date(2022, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    if rng.random() < 0.5:
        return day.isoformat()
    return "%s %02d:%02d:%02d" % (day.isoformat(), rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))


def yaml_text(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def yaml_list(items):
    return "[" + ", ".join(items) + "]"


def front_matter(doc):
    lines = ["---", "title: " + yaml_text(doc["title"]), "date: " + doc["date"]]
    if doc.get("type"):
        lines.append("type: " + doc["type"])
    if doc.get("categories"):
        lines.append("categories: " + yaml_list(doc["categories"]))
    lines.append("tags: " + yaml_list(doc["tags"]))
    lines.append("author: " + yaml_text(doc["author"]))
    lines.append("summary: " + yaml_text(doc["summary"]))
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def generate(count, notice_count, seed):
    rng = random.Random(seed)
    articles = []
    for number in range(1, count + 1):
        topic = rng.choice(TOPICS)
        doc_type = rng.choice(DOC_TYPES)
        title = "%s关于%s%s工作的%s" % (COUNTY, rng.choice(ACTIONS), topic, doc_type)
        if rng.random() < 0.3:
            title += "（%d年修订）" % rng.choice([2022, 2023, 2024])
        articles.append({
            "slug": "article-%04d" % number,
            "title": title,
            "topic": topic,
            "doc_type": doc_type,
            "date": random_date(rng),
            "categories": [rng.choice(CATEGORIES)],
            "tags": rng.sample(TAGS, rng.randint(2, 4)),
            "author": rng.choice(AUTHORS),
            "summary": "本文件明确了%s%s的保障范围、办理程序和工作要求，自印发之日起施行，请各乡镇认真贯彻执行。"
            % (COUNTY, topic),
        })
    for index, article in enumerate(articles):
        others = [i for i in range(count) if i != index] if count <= 64 else None
        n_links = min(rng.randint(1, 3), count - 1)
        if others is not None:
            targets = rng.sample(others, n_links)
        else:
            targets = set()
            while len(targets) < n_links:
                pick = rng.randrange(count)
                if pick != index:
                    targets.add(pick)
            targets = sorted(targets)
        article["links"] = [(t, articles[t]["title"]) for t in targets]
        article["body"] = make_body(rng, article["doc_type"], article["topic"], article["links"], rng.randint(1500, 2800))

    notices = []
    for number in range(1, notice_count + 1):
        topic = rng.choice(TOPICS)
        kind = rng.choice(NOTICE_TYPES)
        targets = rng.sample(range(count), min(count, rng.randint(1, 3)))
        links = [(t, articles[t]["title"]) for t in targets]
        notices.append({
            "slug": "notice-%02d" % number,
            "title": "关于%s%s有关事项的%s" % (COUNTY, topic, "公告" if kind != "工作通知" else "通知"),
            "type": kind,
            "date": random_date(rng),
            "tags": rng.sample(TAGS, 2),
            "author": AUTHORS[0],
            "summary": "公布%s%s有关事项，欢迎群众监督。" % (COUNTY, topic),
            "links": links,
            "body": make_body(rng, "公告", topic, links, rng.randint(600, 1200)),
        })
    return articles, notices


def resolve_links(body, href):
    return re.sub(r"@@LINK:(\d+)@@", lambda m: href(int(m.group(1))), body)


FORBIDDEN = [
    (re.compile(r"\d{5,}"), "long digit run (phone/ID/card-like)"),
    (re.compile(r"\d{3,4}-\d{5,}"), "phone-like number"),
    (re.compile(r"@"), "e-mail-like text"),
]


def check_clean(text, where):
    for pattern, what in FORBIDDEN:
        found = pattern.search(text)
        if found:
            sys.exit("gen_articles.py: %s in %s: %r" % (what, where, found.group(0)))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def prepare_folder(path):
    if os.path.exists(path) and os.listdir(path):
        sys.exit("gen_articles.py: output folder %s is not empty" % path)
    os.makedirs(path, exist_ok=True)


def read_site_yaml(path):
    """title, publisher and hotlines from site.yaml (just enough YAML for the Hugo config)."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()

    def scalar(key, default):
        match = re.search(r"^%s:\s*(.+?)\s*(?:#.*)?$" % key, text, re.M)
        return match.group(1).strip("\"'") if match else default

    hotlines = re.findall(r"-\s*name:\s*(.+?)\s*\n\s*number:\s*\"?([^\"\n#]+?)\"?\s*(?:#.*)?$", text, re.M)
    return scalar("title", "信息公示"), scalar("publisher", "民政局"), hotlines


def toml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


HUGO_BASEOF = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ block "title" . }}{{ .Title }} - {{ site.Title }}{{ end }}</title>
<meta name="generator" content="Hugo">
<link rel="stylesheet" href="{{ "assets/site.css" | relURL }}">
{{ with site.Home.OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" title="{{ site.Title }}" href="{{ .RelPermalink }}">{{ end }}
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site-header">
<div class="wrap">
<p class="site-title"><a href="{{ "/" | relURL }}">{{ site.Title }}</a></p>
<p class="site-publisher">{{ site.Params.publisher }}</p>
<nav aria-label="主导航">
<ul>
<li><a href="{{ "/" | relURL }}">首页</a></li>
<li><a href="{{ "notices/" | relURL }}">通知公告</a></li>
<li><a href="{{ "articles/" | relURL }}">政策文件</a></li>
</ul>
</nav>
</div>
</header>
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer">
<div class="wrap">
{{ with site.Params.hotlines }}
<h2>监督举报电话</h2>
<ul class="hotlines">
{{ range . }}<li>{{ .name }}：<strong>{{ .number }}</strong></li>
{{ end }}</ul>
{{ end }}
<p>发布单位：{{ site.Params.publisher }}</p>
</div>
</footer>
</body>
</html>
"""

HUGO_SINGLE = """{{ define "main" }}
<article class="wrap document">
<header>
<p class="kind">{{ with .Params.type }}{{ . }}{{ else }}{{ if eq .Section "notices" }}通知公告{{ else }}政策文件{{ end }}{{ end }}</p>
<h1>{{ .Title }}</h1>
<p class="meta">
{{ with .Params.author }}<span>发布：{{ . }}</span>{{ end }}
{{ if not .Date.IsZero }}<span>日期：<time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2006年1月2日" }}</time></span>{{ end }}
</p>
</header>
<div class="content">
{{ .Content }}
</div>
{{ with .Params.tags }}<p class="tags">标签：{{ range . }}<span class="tag">{{ . }}</span> {{ end }}</p>{{ end }}
</article>
<p class="wrap back"><a href="{{ .CurrentSection.RelPermalink }}">返回{{ .CurrentSection.Title }}</a></p>
{{ end }}
"""

HUGO_ITEM = """<li>
<a href="{{ .RelPermalink }}">{{ .Title }}</a>
{{ if not .Date.IsZero }}<time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2006年1月2日" }}</time>{{ end }}
{{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
</li>
"""

HUGO_LIST = """{{ define "main" }}
<div class="wrap">
<h1>{{ .Title }}</h1>
{{ with .Pages.ByDate.Reverse }}
<ul class="document-list">
{{ range . }}{{ partial "item.html" . }}{{ end }}
</ul>
{{ else }}
<p>暂无内容。</p>
{{ end }}
</div>
{{ end }}
"""

HUGO_INDEX = """{{ define "title" }}{{ site.Title }}{{ end }}
{{ define "main" }}
<div class="wrap">
<h1>{{ site.Title }}</h1>
{{ range slice "notices" "articles" }}
{{ $section := site.GetPage (printf "/%s" .) }}
<section>
<h2>最新{{ $section.Title }}</h2>
{{ with first 5 $section.Pages.ByDate.Reverse }}
<ul class="document-list">
{{ range . }}{{ partial "item.html" . }}{{ end }}
</ul>
<p class="more"><a href="{{ $section.RelPermalink }}">全部{{ $section.Title }}</a></p>
{{ else }}
<p>暂无{{ $section.Title }}。</p>
{{ end }}
</section>
{{ end }}
</div>
{{ end }}
"""

HUGO_404 = """{{ define "title" }}页面不存在 - {{ site.Title }}{{ end }}
{{ define "main" }}
<div class="wrap">
<h1>页面不存在</h1>
<p>您要找的页面不存在或已移动。请返回<a href="{{ "/" | relURL }}">首页</a>查看最新公示。</p>
</div>
{{ end }}
"""


def hugo_config(title, publisher, hotlines):
    lines = [
        'baseURL = "/"',
        'languageCode = "zh-cn"',
        "title = " + toml_string(title),
        'timeZone = "Asia/Shanghai"',
        "hasCJKLanguage = true",
        # Gongshi writes only relative links; Hugo's closest equivalent.
        "relativeURLs = true",
        # Gongshi renders no taxonomy pages and (without base_url) no sitemap.
        'disableKinds = ["taxonomy", "term", "sitemap"]',
        "enableRobotsTXT = true",
        # One feed of at most 50 entries, like Gongshi's feed.xml.
        "rssLimit = 50",
        "",
        "[outputs]",
        'home = ["HTML", "RSS"]',
        'section = ["HTML"]',
        'page = ["HTML"]',
        "",
        # Keep Goldmark close to Gongshi's plain CommonMark (cmark).
        "[markup.goldmark.renderer]",
        "unsafe = true",
        "[markup.goldmark.parser]",
        "autoHeadingID = false",
        "[markup.goldmark.extensions]",
        "typographer = false",
        "linkify = false",
        "",
        "[params]",
        "publisher = " + toml_string(publisher),
    ]
    for name, number in hotlines:
        lines += ["[[params.hotlines]]", "name = " + toml_string(name), "number = " + toml_string(number)]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--notices", type=int, default=5, help="number of notices (default 5)")
    parser.add_argument("--seed", type=int, default=20240105, help="random seed (default 20240105)")
    parser.add_argument("--out", required=True, help="Gongshi site folder to create (must be new or empty)")
    parser.add_argument("--hugo-out", help="equivalent Hugo site folder to create (optional)")
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--site-yaml", default=os.path.join(repo, "site.yaml"), help="site.yaml to copy")
    parser.add_argument("--theme", default=os.path.join(repo, "themes", "default"), help="theme folder to copy")
    args = parser.parse_args()
    if args.count < 1:
        parser.error("--count must be at least 1")

    articles, notices = generate(args.count, args.notices, args.seed)
    for doc in articles + notices:
        check_clean(front_matter(doc) + resolve_links(doc["body"], lambda i: "../../articles/" + articles[i]["slug"] + ".md"), doc["slug"])
    slugs = [a["slug"] for a in articles]

    prepare_folder(args.out)
    shutil.copyfile(args.site_yaml, os.path.join(args.out, "site.yaml"))
    shutil.copytree(args.theme, os.path.join(args.out, "themes", "default"))
    for doc in articles:
        body = resolve_links(doc["body"], lambda i: slugs[i] + ".md")
        write(os.path.join(args.out, "content", "articles", doc["slug"] + ".md"), front_matter(doc) + body)
    for doc in notices:
        body = resolve_links(doc["body"], lambda i: "../articles/" + slugs[i] + ".md")
        write(os.path.join(args.out, "content", "notices", doc["slug"] + ".md"), front_matter(doc) + body)

    if args.hugo_out:
        out = args.hugo_out
        prepare_folder(out)
        title, publisher, hotlines = read_site_yaml(args.site_yaml)
        write(os.path.join(out, "config.toml"), hugo_config(title, publisher, hotlines))
        layouts = os.path.join(out, "layouts")
        write(os.path.join(layouts, "_default", "baseof.html"), HUGO_BASEOF)
        write(os.path.join(layouts, "_default", "single.html"), HUGO_SINGLE)
        write(os.path.join(layouts, "_default", "list.html"), HUGO_LIST)
        write(os.path.join(layouts, "partials", "item.html"), HUGO_ITEM)
        write(os.path.join(layouts, "index.html"), HUGO_INDEX)
        write(os.path.join(layouts, "404.html"), HUGO_404)
        css = os.path.join(args.theme, "assets", "site.css")
        if os.path.exists(css):
            os.makedirs(os.path.join(out, "static", "assets"), exist_ok=True)
            shutil.copyfile(css, os.path.join(out, "static", "assets", "site.css"))
        write(os.path.join(out, "content", "_index.md"), "---\ntitle: " + yaml_text(title) + "\n---\n")
        write(os.path.join(out, "content", "articles", "_index.md"), "---\ntitle: 政策文件\n---\n")
        write(os.path.join(out, "content", "notices", "_index.md"), "---\ntitle: 通知公告\n---\n")
        for doc in articles:
            body = resolve_links(doc["body"], lambda i: "../" + slugs[i] + "/")
            write(os.path.join(out, "content", "articles", doc["slug"] + ".md"), front_matter(doc) + body)
        for doc in notices:
            body = resolve_links(doc["body"], lambda i: "../../articles/" + slugs[i] + "/")
            write(os.path.join(out, "content", "notices", doc["slug"] + ".md"), front_matter(doc) + body)

    lengths = sorted(visible_length(a["body"]) for a in articles)
    print("gen_articles.py: %d articles (body %d–%d characters, median %d), %d notices"
          % (len(articles), lengths[0], lengths[-1], lengths[len(lengths) // 2], len(notices)), file=sys.stderr)


if __name__ == "__main__":
    main()

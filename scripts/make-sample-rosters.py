#!/usr/bin/env python3
"""Make the sample roster data of the fictional 焦作市云台县 (410829000000).

Writes, relative to the repository root (run it from there):

* content/regions.csv      the county, its 3 townships and 13 villages/communities,
                           one of them retired (小河村 410829201203 → 大河村 410829201202
                           from 2026-11);
* content/standards.yaml   effective-dated dibao / 特困 standards (2023 and 2024);
* content/rosters/2026-09/, 2026-10/, 2026-11/
                           _month.yaml (notice period, publisher, hotline, basis, exact
                           expected_totals) and the roster CSVs: one file per village named by
                           its code, plus one combined file 城关街道.csv (with a 区划代码
                           column) for the four communities of 城关街道.

The output is committed: the sample site and the tests read it, so rerun this script only
when the sample data should change, and commit what it writes together with the change.
Python 3 standard library only; no clock, no hash order: same script → same bytes.

Everything is invented. Names are generated and written only masked (DESIGN.md §2);
记录编号 are random "YT" + 6 digits, never derived from anything. Before writing, every
field is checked for things that look like ID numbers, phone numbers, bank cards,
e-mail or street addresses.

It prints a per-month summary (households, persons, amount; per village) and the
新增 / 停保 / 调整 record ids between consecutive months, by 记录编号.
"""

import os
import random
import re
import sys

SEED = 20261101
MONTHS = ["2026-09", "2026-10", "2026-11"]
MONTH_DAYS = {"2026-09": 30, "2026-10": 31, "2026-11": 30}

COUNTY = ("410829000000", "云台县")
STREET = "410829001000"          # 城关街道: its communities share one combined file
COMBINED_FILE = "城关街道.csv"
RETIRED = "410829201203"         # 小河村, merged into 大河村 from 2026-11
SUCCESSOR = "410829201202"       # 大河村
RETIRED_FROM = "2026-11"
EMPTY_VILLAGE = "410829101205"   # 西岭村: its 2 households leave in 2026-10 (header-only file)
EMPTY_MONTH = "2026-10"

TOWNSHIPS = [
    ("410829001000", "城关街道"),
    ("410829101000", "柳林镇"),
    ("410829201000", "石门乡"),
]

# code, name, households in 2026-09
VILLAGES = [
    ("410829001001", "东关社区", 18),
    ("410829001002", "西关社区", 15),
    ("410829001003", "南关社区", 14),
    ("410829001004", "新华社区", 12),
    ("410829101201", "柳林村", 20),
    ("410829101202", "杨庄村", 16),
    ("410829101203", "李河村", 14),
    ("410829101204", "后沟村", 11),
    ("410829101205", "西岭村", 2),
    ("410829201201", "石门村", 17),
    ("410829201202", "大河村", 12),
    ("410829201203", "小河村", 9),
    ("410829201204", "马岭村", 13),
]

# 保障标准（元/人·月）
STANDARDS = [
    ("2023-01-01", {"城市低保": 640, "农村低保": 520, "城市特困": 832, "农村特困": 676}),
    ("2024-01-01", {"城市低保": 667, "农村低保": 550, "城市特困": 868, "农村特困": 715}),
]
STD = STANDARDS[-1][1]           # in force for every roster month here

HEADER = ["记录编号", "户主姓名", "保障人数", "家庭人口", "保障类别", "供养方式",
          "月保障金额(元)", "起始月份", "备注"]
NOTES = ["新纳入", "提标", "渐退期", "单人保", "整户保", "复核", "收入变化", "人口变化"]

MONTH_META = {
    "notice_type": "长期公示",
    "publisher": "云台县民政局",
    "hotline": "0391-7123456",
    "address": "云台县民政局社会救助股（云台县人民路88号）",
    "basis": ["《社会救助暂行办法》", "《最低生活保障审核确认办法》（民发〔2021〕57号）"],
}

# ---------------------------------------------------------------- names

SURNAMES = list("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
                "肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔谭陆范金石贾夏付方白"
                "孟秦邱尹薛闫段雷侯史牛常乔申")
# Henan-heavy weights: the first few surnames are far more common.
SURNAME_WEIGHTS = [9, 9, 9, 7, 6, 5, 4] + [1] * (len(SURNAMES) - 7)
COMPOUND = ["欧阳", "司马", "诸葛", "上官"]
GIVEN_1 = list("建国秀桂玉凤淑春金小红志保运来铁拴改翠德福长新卫爱海丽明文振宝"
               "俊永庆成书素兰云二")
GIVEN_2 = list("国军强英兰梅花霞刚民东华芳萍生胜林山柱妮娥珍琴荣平安亮福祥喜云"
               "娟艳玲敏")
GIVEN_SINGLE = list("强芳伟敏军霞杰丽勇娟涛静磊超")
UYGHUR = [("买买提", "艾力"), ("阿依古丽", "吐尔逊"), ("艾合买提", "卡德尔")]


def mask(surname, given, sep=False):
    """DESIGN.md §2: keep the surname and the last character, mask the middle; a two-
    character name keeps only the surname; with `·` keep the first unit only."""
    if sep:
        return surname + "·" + "*" * len(given)
    if len(given) == 1:
        return surname + "*"
    return surname + "*" * (len(given) - 1) + given[-1]


SPECIAL = ["uyghur", "欧阳", "double", "上官", "uyghur", "诸葛", "司马", "double", "uyghur"]


class Names:
    """Mostly three-character names, some two-character; every 23rd name is one of
    SPECIAL in turn: a `·` name, a compound surname (four characters) or a four-character
    name with a single-character surname."""

    def __init__(self, rng):
        self.rng = rng
        self.count = 0
        self.special = 0

    def next(self):
        rng = self.rng
        self.count += 1
        if self.count % 23 == 11:
            kind = SPECIAL[self.special % len(SPECIAL)]
            self.special += 1
            if kind == "uyghur":
                s, g = UYGHUR[(self.special // 4) % len(UYGHUR)]
                return mask(s, g, sep=True)
            if kind == "double":
                s = rng.choices(SURNAMES, SURNAME_WEIGHTS)[0]
                return mask(s, rng.choice(SURNAMES) + rng.choice(GIVEN_1) + rng.choice(GIVEN_2))
            return mask(kind, rng.choice(GIVEN_1) + rng.choice(GIVEN_2))
        s = rng.choices(SURNAMES, SURNAME_WEIGHTS)[0]
        if rng.random() < 0.18:
            return mask(s, rng.choice(GIVEN_SINGLE))
        return mask(s, rng.choice(GIVEN_1) + rng.choice(GIVEN_2))


# ---------------------------------------------------------------- households


def township_of(code):
    return code[:9] + "000"


def is_community(code):
    return 1 <= int(code[9:]) <= 199


def month_add(month, n):
    y, m = int(month[:4]), int(month[5:])
    k = y * 12 + (m - 1) + n
    return "%04d-%02d" % (k // 12, k % 12 + 1)


def fen_str(fen):
    return "%d.%02d" % (fen // 100, fen % 100)


class World:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.names = Names(self.rng)
        self.used_ids = set()
        self.changes = 0

    def new_id(self):
        while True:
            rid = "YT%06d" % self.rng.randint(1000, 299999)
            if rid not in self.used_ids:
                self.used_ids.add(rid)
                return rid

    def dibao_amount(self, category, persons):
        """Whole yuan, sometimes .50, between ~30 % and 100 % of standard × persons."""
        full = STD[category] * persons * 100
        low = (full * 30 + 99) // 100
        r = self.rng.random()
        if r < 0.12:
            fen = full
        else:
            fen = self.rng.randint(low, full)
            fen = fen // 100 * 100
            if self.rng.random() < 0.2 and fen + 50 <= full:
                fen += 50
            fen = max(fen, (low + 49) // 50 * 50)
        assert low <= fen <= full and fen % 50 == 0
        return fen

    def household(self, village, month, new):
        rng = self.rng
        urban = is_community(village)
        h = {"id": self.new_id(), "village": village, "name": self.names.next()}
        if rng.random() < 0.08:
            h["category"] = "城市特困" if urban else "农村特困"
            h["persons"] = 1
            h["size"] = 1
            h["mode"] = "集中" if rng.random() < 0.3 else "分散"
            h["fen"] = STD[h["category"]] * 100
            base = "复核" if rng.random() < 0.15 else ""
        else:
            h["category"] = "城市低保" if urban else "农村低保"
            h["mode"] = ""
            x = rng.random()
            if x < 0.15:                      # 单人保: one person covered, more at home
                h["persons"], h["size"], base = 1, rng.randint(2, 4), "单人保"
            else:
                p = rng.choices([1, 2, 3, 4, 5], [30, 30, 22, 12, 6])[0]
                extra = rng.choices([0, 1, 2], [70, 22, 8])[0]
                h["persons"], h["size"] = p, p + extra
                y = rng.random()
                if extra == 0 and y < 0.25:
                    base = "整户保"
                elif y < 0.33:
                    base = "复核"
                elif y < 0.37:
                    base = "提标"
                else:
                    base = ""
            h["fen"] = self.dibao_amount(h["category"], h["persons"])
        if new:
            h["start"] = month
            h["note"] = "新纳入"
        else:
            k = rng.randint(0, (2026 - 2018) * 12 + 7)          # 2018-01 … 2026-08
            h["start"] = month_add("2018-01", k)
            h["note"] = base
        h["base"] = base
        return h


def change(world, h, month):
    """Mutate a 低保 household: amount (收入变化 / 渐退期) or persons (人口变化)."""
    rng = world.rng
    # the kinds take turns, so every month shows a mix of them
    kind = ["income", "persons", "taper", "income", "persons"][world.changes % 5]
    world.changes += 1
    if kind == "persons":
        p = h["persons"]
        if p == 1 or (p < 5 and rng.random() < 0.5):
            h["persons"] = p + 1
            h["size"] = max(h["size"], p + 1)
        else:
            h["persons"] = p - 1
            h["size"] = max(h["size"] - 1, h["persons"])
        old = h["fen"]
        while h["fen"] == old:
            h["fen"] = world.dibao_amount(h["category"], h["persons"])
        h["note"] = "人口变化"
    elif kind == "taper":
        full = STD[h["category"]] * h["persons"] * 100
        low = (full * 30 + 99) // 100
        target = (low + 49) // 50 * 50
        if h["fen"] <= target:
            kind = "income"
        else:
            h["fen"] = target if rng.random() < 0.5 else max(target, h["fen"] // 200 * 100)
            h["note"] = "渐退期"
    if kind == "income":
        old = h["fen"]
        while abs(h["fen"] - old) < 2000:          # a change of at least 20 yuan
            h["fen"] = world.dibao_amount(h["category"], h["persons"])
        h["note"] = "收入变化"
    return kind


def simulate():
    world = World()
    rng = world.rng
    first = MONTHS[0]
    cur = []
    for code, _, n in VILLAGES:
        for i in range(n):
            # a few households in the first month are themselves new that month
            new = code != EMPTY_VILLAGE and rng.random() < 0.03
            cur.append(world.household(code, first, new))
    months = {first: [dict(h) for h in cur]}
    events = {first: {"moved": [], "changed": []}}
    for month in MONTHS[1:]:
        prev = {h["id"]: h for h in cur}
        nxt = [dict(h) for h in cur]
        ev = {"moved": [], "changed": []}
        # last month's 新纳入 is no longer new: back to its base note
        for h in nxt:
            if h["note"] == "新纳入":
                h["note"] = h["base"]
        if month == RETIRED_FROM:
            for h in nxt:
                if h["village"] == RETIRED:
                    h["village"] = SUCCESSOR
                    ev["moved"].append(h["id"])
        for tcode, _ in TOWNSHIPS:
            def count(v):
                return sum(1 for h in nxt if h["village"] == v)
            inside = [h for h in nxt if township_of(h["village"]) == tcode]
            # 停保: 1–3 households; those in 渐退期 first, none that were new last month;
            # 西岭村 empties in 2026-10
            leave = []
            if month == EMPTY_MONTH and tcode == township_of(EMPTY_VILLAGE):
                leave = [h for h in inside if h["village"] == EMPTY_VILLAGE]
            k = rng.randint(1, 3)
            tapering = [h for h in inside if h["note"] == "渐退期" and h not in leave]
            others = [h for h in inside if h not in leave and h not in tapering
                      and h["village"] != EMPTY_VILLAGE and h["start"] != month_add(month, -1)]
            rng.shuffle(others)
            for h in tapering + others:
                if len(leave) >= k:
                    break
                if count(h["village"]) - sum(1 for x in leave if x["village"] == h["village"]) > 8:
                    leave.append(h)
            for h in leave:
                nxt.remove(h)
            # 调整: 1–2 continuing 低保 households (not those moved out of the retired village)
            candidates = [h for h in nxt if township_of(h["village"]) == tcode
                          and h["category"].endswith("低保") and h["note"] != "渐退期"
                          and h["id"] in prev and h["id"] not in ev["moved"]]
            rng.shuffle(candidates)
            for h in candidates[:rng.randint(1, 2)]:
                change(world, h, month)
                ev["changed"].append(h["id"])
            # 新增: 1–3 new households (none in the village about to be retired)
            villages = [c for c, _, _ in VILLAGES if township_of(c) == tcode
                        and c != RETIRED
                        and not (c == EMPTY_VILLAGE and month <= EMPTY_MONTH)]
            n_new = rng.randint(1, 3)
            for i in range(n_new):
                if month > EMPTY_MONTH and tcode == township_of(EMPTY_VILLAGE) and i == 0:
                    v = EMPTY_VILLAGE
                else:
                    v = rng.choice([c for c in villages if count(c) < 25])
                nxt.append(world.household(v, month, True))
        cur = nxt
        months[month] = [dict(h) for h in cur]
        events[month] = ev
    return months, events


# ---------------------------------------------------------------- checks and output

PRIVATE = [
    (re.compile(r"\d{15}"), "ID/bank-card-like number"),
    (re.compile(r"1[3-9]\d{9}"), "mobile number"),
    (re.compile(r"\d{11,}"), "long number"),
    (re.compile(r"@"), "e-mail"),
    (re.compile(r"[路街巷弄号楼室栋]|单元"), "street address"),
]


def check_row(fields, where):
    for f in fields:
        for rx, what in PRIVATE:
            if rx.search(f):
                sys.exit("%s: %s in %r" % (where, what, f))


def row_of(h):
    return [h["id"], h["name"], str(h["persons"]), str(h["size"]), h["category"], h["mode"],
            fen_str(h["fen"]), h["start"], h["note"]]


def validate(month, rows):
    ids = [h["id"] for h in rows]
    assert len(ids) == len(set(ids)), month
    for h in rows:
        v = h["village"]
        assert "*" in h["name"], h
        assert re.fullmatch(r"YT\d{6}", h["id"]), h
        assert 1 <= h["persons"] <= h["size"], h
        assert "2018-01" <= h["start"] <= month, h
        assert h["note"] in NOTES or h["note"] == "", h
        assert (h["note"] == "新纳入") == (h["start"] == month), h
        assert not (v == RETIRED and month >= RETIRED_FROM), h
        urban = is_community(v)
        if h["category"].endswith("特困"):
            assert h["category"] == ("城市特困" if urban else "农村特困"), h
            assert h["persons"] == 1 and h["mode"] in ("分散", "集中"), h
            assert h["fen"] == STD[h["category"]] * 100, h
        else:
            assert h["category"] == ("城市低保" if urban else "农村低保"), h
            full = STD[h["category"]] * h["persons"] * 100
            assert full * 30 <= h["fen"] * 100 <= full * 100 and h["fen"] % 50 == 0, h
            assert h["mode"] == "", h
            if h["note"] == "单人保":
                assert h["persons"] == 1 < h["size"], h
            if h["note"] == "整户保":
                assert h["persons"] == h["size"], h
    for code, _, _ in VILLAGES:
        n = sum(1 for h in rows if h["village"] == code)
        if code == RETIRED and month >= RETIRED_FROM:
            assert n == 0
        elif code == EMPTY_VILLAGE:
            assert (n == 0) == (month == EMPTY_MONTH), (month, n)
        else:
            assert 8 <= n <= 25, (month, code, n)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def csv_text(header, rows, where):
    lines = [",".join(header)]
    for r in rows:
        # a region code (12 digits) is public and expected; every other field is checked
        check_row(r[1:] if header[0] == "区划代码" else r, where)
        for f in r:
            assert not any(c in f for c in ',"\r\n'), f
        lines.append(",".join(r))
    return "\n".join(lines) + "\n"


def main():
    if not os.path.isfile("site.yaml") or not os.path.isdir("content"):
        sys.exit("run from the repository root (site.yaml and content/ expected)")
    months, events = simulate()

    names = {COUNTY[0]: COUNTY[1]}
    names.update(dict(TOWNSHIPS))
    names.update({c: n for c, n, _ in VILLAGES})

    # regions.csv
    regions = [(COUNTY[0], COUNTY[1], "")] + [(c, n, "") for c, n in TOWNSHIPS]
    regions += [(c, n, SUCCESSOR if c == RETIRED else "") for c, n, _ in VILLAGES]
    regions.sort()
    write("content/regions.csv",
          "区划代码,名称,撤销后代码\n" + "".join("%s,%s,%s\n" % r for r in regions))

    # standards.yaml
    out = ["# 保障标准（元/人·月），按生效日期和区划代码前缀匹配，后生效的覆盖先生效的\n"]
    for since, std in STANDARDS:
        out.append('- from: %s\n  region: "410829"\n' % since)
        out += ["  %s: %d\n" % (k, v) for k, v in std.items()]
    write("content/standards.yaml", "".join(out))

    summary = []
    for month in MONTHS:
        rows = months[month]
        validate(month, rows)
        d = "content/rosters/" + month
        if os.path.isdir(d):
            for f in sorted(os.listdir(d)):
                if f.endswith(".csv") or f == "_month.yaml":
                    os.remove(os.path.join(d, f))
        key = lambda h: (h["village"], h["id"])
        street = sorted((h for h in rows if township_of(h["village"]) == STREET), key=key)
        write("%s/%s" % (d, COMBINED_FILE),
              csv_text(["区划代码"] + HEADER, [[h["village"]] + row_of(h) for h in street],
                       month + "/" + COMBINED_FILE))
        for code, _, _ in VILLAGES:
            if township_of(code) == STREET or (code == RETIRED and month >= RETIRED_FROM):
                continue
            vrows = sorted((h for h in rows if h["village"] == code), key=key)
            write("%s/%s.csv" % (d, code),
                  csv_text(HEADER, [row_of(h) for h in vrows], "%s/%s.csv" % (month, code)))
        households = len(rows)
        persons = sum(h["persons"] for h in rows)
        fen = sum(h["fen"] for h in rows)
        meta = [
            "notice_type: %s\n" % MONTH_META["notice_type"],
            "publish_from: %s-01\n" % month,
            "publish_to: %s-%02d\n" % (month, MONTH_DAYS[month]),
            "publisher: %s\n" % MONTH_META["publisher"],
            'hotline: "%s"\n' % MONTH_META["hotline"],
            "address: %s\n" % MONTH_META["address"],
            "basis:\n",
        ] + ["  - %s\n" % b for b in MONTH_META["basis"]] + [
            "expected_totals:\n",
            "  households: %d\n" % households,
            "  persons: %d\n" % persons,
            '  amount: "%s"\n' % fen_str(fen),
        ]
        write(d + "/_month.yaml", "".join(meta))
        summary.append((month, rows, households, persons, fen))

    # summary
    prev_rows = None
    for month, rows, households, persons, fen in summary:
        print("== %s  households %d  persons %d  amount %s" % (month, households, persons,
                                                             fen_str(fen)))
        for tcode, tname in TOWNSHIPS:
            trows = [h for h in rows if township_of(h["village"]) == tcode]
            print("  %s %s  households %d  persons %d  amount %s" % (
                tcode, tname, len(trows), sum(h["persons"] for h in trows),
                fen_str(sum(h["fen"] for h in trows))))
            for code, vname, _ in VILLAGES:
                if township_of(code) != tcode:
                    continue
                vrows = [h for h in rows if h["village"] == code]
                if code == RETIRED and month >= RETIRED_FROM:
                    continue
                print("    %s %s  households %d  persons %d  amount %s" % (
                    code, vname, len(vrows), sum(h["persons"] for h in vrows),
                    fen_str(sum(h["fen"] for h in vrows))))
        cats = {}
        for h in rows:
            c = cats.setdefault(h["category"], [0, 0, 0])
            c[0] += 1
            c[1] += h["persons"]
            c[2] += h["fen"]
        print("  by category: " + "; ".join("%s %d户 %d人 %s" % (k, v[0], v[1], fen_str(v[2]))
                                            for k, v in sorted(cats.items())))
        if prev_rows is not None:
            before = {h["id"]: h for h in prev_rows}
            after = {h["id"]: h for h in rows}
            added = sorted(i for i in after if i not in before)
            removed = sorted(i for i in before if i not in after)
            print("  新增 %d: %s" % (len(added), " ".join(
                "%s@%s" % (i, after[i]["village"]) for i in added)))
            print("  停保 %d: %s" % (len(removed), " ".join(
                "%s@%s" % (i, before[i]["village"]) for i in removed)))
            changed, note_only = [], []
            for i in sorted(i for i in after if i in before):
                a, b = before[i], after[i]
                diffs = []
                for field, label in [("village", "区划代码"), ("persons", "保障人数"),
                                     ("size", "家庭人口"), ("category", "保障类别"),
                                     ("mode", "供养方式"), ("fen", "月保障金额")]:
                    if a[field] != b[field]:
                        x, y = a[field], b[field]
                        if field == "fen":
                            x, y = fen_str(x), fen_str(y)
                        diffs.append("%s %s→%s" % (label, x, y))
                if diffs:
                    changed.append("%s@%s (%s%s)" % (i, b["village"], ", ".join(diffs),
                                                     "; 备注 " + (b["note"] or "∅") if b["note"] != a["note"] else ""))
                elif a["note"] != b["note"] or a["name"] != b["name"] or a["start"] != b["start"]:
                    note_only.append("%s@%s (备注 %s→%s)" % (i, b["village"], a["note"] or "∅",
                                                          b["note"] or "∅"))
            print("  调整 %d:" % len(changed))
            for c in changed:
                print("    " + c)
            print("  备注 only %d (not 调整 by data fields): %s" % (len(note_only),
                                                                 " ".join(note_only) or "-"))
        prev_rows = rows


if __name__ == "__main__":
    main()

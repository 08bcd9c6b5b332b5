"""Invented demonstration datasets of any size, shaped like real submissions.

Every name, number and event is made up, but each one is drawn so that the chain meets the
awkward input real departments send: three encodings, Chinese and English headers, dates
in five spellings, personal data hidden in free text, markup that is only data. Output is
a pure function of (subjects, seed, as_of), written row by row so that a million subjects
never sit in memory.
"""

from __future__ import annotations

import csv
import math
import random
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml
from stdnum import luhn

from generator import ids
from generator.errors import ConfigError
from generator.model import ListType, SubjectType
from generator.parse import add_period, end_of_validity
from generator.rules import LIST_COLUMNS, Domain, Rules, Validity, load_rules

_COMMON = {
    "record_id": "记录编号", "subject_type": "主体类型", "name": "主体名称",
    "uscc": "统一社会信用代码", "reg_no_old": "工商注册号", "legal_rep": "法定代表人",
}  # fmt: skip
_TAIL = {
    "department": "认定部门", "basis": "认定依据", "decision_no": "认定文号",
    "decided_on": "认定日期",
}  # fmt: skip
_EXTRA = {"contact": "联系电话", "attachments": "附件", "trade_secret": "商业秘密", "notes": "备注"}
# The 附件1 submission forms: the first header names the list, so there is no list-type column.
_RED = {**_COMMON, "list_name": "红名单类型", "id_type": "证件类型", "id_number": "证件号码",
        "domain": "领域", "behavior": "守信行为", "penalty": "获得奖励", **_TAIL,
        "valid_until": "有效期", **_EXTRA}  # fmt: skip
_BLACK = {**_COMMON, "list_name": "黑名单类型", "legal_rep_id_type": "法定代表人证件类型",
          "legal_rep_id": "法定代表人证件号码", "id_type": "证件类型", "id_number": "证件号码",
          "domain": "领域", "behavior": "违法失信行为", "penalty": "处罚结果", **_TAIL,
          "valid_until": "处罚有效期", **_EXTRA}  # fmt: skip
_TABLES = {  # list type -> (file, encoding, canonical column -> header as written)
    ListType.RED: ("red.csv", "utf-8-sig", _RED),
    ListType.BLACK: ("black.csv", "gb18030", _BLACK),
    ListType.FOCUS: ("focus.csv", "utf-8", {c: c for c in LIST_COLUMNS}),
}

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶贺顾毛郝龚邵严覃武戴莫孔汤"
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "慕容", "东方", "皇甫", "令狐", "司徒")
_GIVEN = "伟芳秀敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉萍鹏辉文斌宇浩凯晨欣怡涵梓轩雨婷思琪佳俊峰海燕冬梅春生德福永利润泽"
_LATIN = (("Anna", "Lukas", "Maria", "David", "Sofia", "Ivan", "Elena", "Tomas", "Yuki", "Amara"),
          ("Keller", "Novak", "Moreau", "Okafor", "Lindqvist", "Petrov", "Haddad", "Tanaka", "Silva"))  # fmt: skip
_TRADE = "恒达鑫源华瑞宏盛金泰丰永兴正信博远天成嘉禾润泽安顺新锐德茂中汇通隆昌明辉"
_INDUSTRY = ("建材", "食品", "物流", "建筑工程", "化工", "商贸", "科技", "餐饮管理", "医药", "运输",
             "机械制造", "农业开发", "房地产开发", "环保科技", "电子商务")  # fmt: skip
_SHOPS = ("百货店", "便利店", "五金店", "小吃店", "汽车修理部", "理发店", "水果店", "农资门市部")
_DISTRICTS = ("东城", "西城", "高新", "北区", "南湖", "开发区")
_REGIONS = ("410102", "410105", "410122", "411302", "410302", "410202", "110105", "110108",
            "210802", "320106", "440305", "510107", "370102", "130104")  # fmt: skip
_TYPE_WORDS = {
    SubjectType.PERSON: ("自然人", "自然人", "个人"),
    SubjectType.LEGAL_ENTITY: ("法人", "法人", "企业法人"),
    SubjectType.OTHER_ORG: ("非法人组织", "其他组织"),
    SubjectType.INDIVIDUAL_BUSINESS: ("个体工商户", "个体户"),
}
_PERSON_DOMAINS = ("youth-volunteers", "charity", "judgment-defaulters", "judgment-defaulters",
                   "judgment-defaulters", "scientific-research", "marriage-registration",
                   "medical-order", "finance", "overload-transport", "urban-management",
                   "accounting", "housekeeping", "tourism")  # fmt: skip
_DEEDS = {
    ListType.RED: ("连续三年纳税信用等级评定为A级，按期足额申报缴纳税款",
                   "获评示例市安全生产标准化一级企业，连续{n}年未发生生产安全事故",
                   "累计志愿服务时长{n}00小时，获评示例市五星级志愿者",
                   "向示例市慈善总会捐赠款物合计{m}万元，用于乡村学校建设",
                   "通过海关高级认证，进出口申报差错率低于0.{n}%",
                   "承建的示例大道改造工程获评省级优质工程，工程款支付及时"),
    ListType.BLACK: ("未按规定履行安全生产主体责任，发生一般生产安全事故，造成{n}人受伤",
                     "拖欠{n}名农民工工资共计{m}万元，经责令限期支付仍拒不支付",
                     "虚开增值税专用发票{n}份，涉及税额{m}万元",
                     "拒不履行生效法律文书确定的给付义务，执行标的{m}万元",
                     "超标排放污染物，化学需氧量超标{n}倍，责令停产整治后仍偷排",
                     "生产销售不合格产品，货值金额{m}万元",
                     "在招标投标活动中串通投标，涉及项目{n}个",
                     "恶意拖欠银行贷款本息{m}万元，转移财产逃废债务"),
    ListType.FOCUS: ("被列入经营异常名录，通过登记的住所无法联系",
                     "日常检查发现{n}项一般违法行为，责令限期整改未完成",
                     "信用承诺未按期履行，存在{n}起未办结投诉",
                     "一年内受到{n}次行政处罚，违法情节较轻"),
}  # fmt: skip
_MEASURES = {
    ListType.RED: ("在行政审批中开辟绿色通道", "优先安排财政资金支持", "减少日常检查频次",
                   "在政府采购中予以加分", "在评优评先中优先考虑", "享受容缺受理服务"),
    ListType.BLACK: ("罚款人民币{m}万元", "限制参与政府采购和工程招投标", "限制高消费",
                     "限制乘坐飞机、列车软卧", "暂停审批新建项目", "取消评优评先资格",
                     "限制取得政府供应土地"),
    ListType.FOCUS: ("列为重点监管对象", "增加抽查频次", "约谈法定代表人", "发布信用风险提示"),
}  # fmt: skip
_CUES = ("其妻子{p}名下账户接收转移资金", "举报人{p}提供了现场视频", "债权人{p}多次催讨未果",
         "实际控制人{p}指使财务人员做假账", "担保人{p}承担连带责任", "其丈夫{p}代为办理")  # fmt: skip
_SECRETS = ("核心配方A-{n}", "年产量{m}吨", "主要客户{n}家", "中标底价{m}万元", "工艺参数K{n}")
_MARKUP = ("<b>情节严重</b>", "**屡查屡犯**", "{{ x }}", "<script>alert(1)</script>",
           "[详见附件](javascript:void(0))", "{% if x %}")  # fmt: skip
_FILES = ("处罚决定书.pdf", "现场照片.jpg", "认定决定书.pdf", "整改报告.docx", "信用承诺书.pdf")
_NOTES = ("已电话核实", "待复核：材料不全", "内部：与去年数据重复已合并", "科室自查补录")
_PERIODS = (("3年", 3, 0, 0), ("36个月", 0, 36, 0), ("一年", 1, 0, 0), ("两年", 2, 0, 0),
            ("6个月", 0, 6, 0), ("180天", 0, 0, 180), ("有效期2年", 2, 0, 0))  # fmt: skip
_EXIT_REASONS = {
    ListType.RED: ("认定标准变更", "其他", "法院撤销"),
    ListType.BLACK: ("信用修复", "信用修复", "信用修复", "认定标准变更", "法院撤销", "其他"),
    ListType.FOCUS: ("信用修复", "信用修复", "认定标准变更", "其他"),
}
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_BIRTH0, _BIRTH_DAYS = date(1950, 1, 1), (date(2000, 12, 31) - date(1950, 1, 1)).days + 1
_LOCAL_OFFICE = "示例市社会信用体系建设领导小组办公室"


@dataclass(frozen=True, slots=True)
class _Subject:
    type: SubjectType
    name: str
    uscc: str = ""
    reg_no: str = ""
    rep: str = ""
    rep_id: tuple[str, str] = ("", "")  # (certificate type as written, number)
    cert: tuple[str, str] = ("", "")


@dataclass(frozen=True, slots=True)
class _Made:
    record_id: str
    list_type: ListType
    domain: Domain
    department: str
    decided: date
    deed: str
    measures: tuple[str, ...]


class _Scramble:
    """Distinct, random-looking numbers below `n`: identifiers never collide, with no set to keep."""

    def __init__(self, n: int, rng: random.Random) -> None:
        self.n, self.offset, self.count = n, rng.randrange(n), 0
        self.step = rng.randrange(n // 3, n) | 1
        while math.gcd(self.step, n) != 1:
            self.step += 2

    def next(self) -> int:
        self.count += 1
        return (self.count * self.step + self.offset) % self.n


def write_demo_dataset(out: Path, subjects: int, seed: int, as_of: date) -> str:
    """Write an invented dataset of `subjects` subjects to `out`; return a summary."""
    if not 1 <= subjects <= 1_000_000:
        raise ConfigError(f"--subjects must be between 1 and 1000000, got {subjects}")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ConfigError(f"{out} exists and is not an empty folder; choose a new output folder")
    (out / "lists").mkdir(parents=True, exist_ok=True)
    (out / "cases").mkdir(exist_ok=True)
    gen = _Generator(load_rules(), random.Random(seed), as_of)  # noqa: S311 - reproducible fiction, not secrets
    n_cases = min(200, max(3, subjects // 50))
    case_counts = Counter(k * subjects // n_cases for k in range(n_cases))
    with ExitStack() as stack:
        for list_type, (file, encoding, headers) in _TABLES.items():
            handle = stack.enter_context((out / "lists" / file).open("w", encoding=encoding, newline=""))
            gen.tables[list_type] = (csv.writer(handle).writerow, tuple(headers))
            gen.tables[list_type][0](list(headers.values()))
        for name, header in (("exits", ("record_id", "退出原因", "退出日期", "决定部门", "退出依据")),
                             ("objections", ("record_id", "异议提出日期", "处理状态", "办结日期"))):  # fmt: skip
            handle = stack.enter_context((out / f"{name}.csv").open("w", encoding="utf-8", newline=""))
            setattr(gen, name, csv.writer(handle).writerow)
            getattr(gen, name)(header)
        for index in range(subjects):
            subject, made = gen.subject_with_listings(index)
            for _ in range(case_counts.get(index, 0)):
                gen.write_case(out / "cases", subject, made)
    counts = gen.counts
    rows = {"lists": sum(counts[t] for t in ListType), "exits": counts["exits"],
            "objections": counts["objections"], "cases": counts["cases"]}  # fmt: skip
    expect = {k: {"min_rows": n * 9 // 10, "max_rows": math.ceil(n * 1.1)} for k, n in rows.items()}
    config = {"name": "演示数据（全部虚构）", "locality": "示例市", "expect": expect}
    (out / "dataset.yaml").write_text(
        "# Invented demo data: no real person or company.\n"
        + yaml.safe_dump(config, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    return (
        f"Wrote an invented dataset to {out} (seed {seed}, as of {as_of}): {subjects} subjects "
        f"({counts['persons']} natural persons, {subjects - counts['persons']} organisations); "
        f"{rows['lists']} listings (red {counts[ListType.RED]}, black {counts[ListType.BLACK]}, "
        f"focus {counts[ListType.FOCUS]}); {rows['exits']} exits, {rows['objections']} objections "
        f"and {rows['cases']} typical cases. Every name and number in it is invented."
    )


Row = Callable[[Sequence[str]], object]


class _Generator:
    def __init__(self, rules: Rules, rng: random.Random, as_of: date) -> None:
        self.rules, self.rng, self.as_of = rules, rng, as_of
        self.tables: dict[ListType, tuple[Row, tuple[str, ...]]] = {}
        self.exits: Row = print
        self.objections: Row = print
        self.counts: Counter[str] = Counter()
        self.people = _Scramble(_BIRTH_DAYS * 1000, rng)
        self.orgs = _Scramble(10**8, rng)
        self.pools: dict[tuple[ListType, bool], list[Domain]] = {}
        for list_type in ListType:
            want = {"reward", "both"} if list_type is ListType.RED else {"punishment", "both"}
            fit = [d for d in rules.domains if want & {m.kind for m in d.memoranda}]
            if list_type is not ListType.RED:  # local rules exist for domains with no memorandum
                fit += [d for d in rules.domains if not d.memoranda]
            by_code = {d.code: d for d in fit}
            persons = [by_code[c] for c in _PERSON_DOMAINS if c in by_code]
            self.pools[list_type, False] = fit
            self.pools[list_type, True] = persons or fit

    # -- small pieces ------------------------------------------------------------------
    def _fill(self, template: str) -> str:
        n, m = self.rng.randint(2, 60), self.rng.randint(3, 9800)
        text = template.replace("{n}", str(n)).replace("{m}", str(m))
        return text.translate(_FULLWIDTH) if self.rng.random() < 0.05 else text

    def name(self) -> str:
        r, given = self.rng.random(), self.rng.choice(_GIVEN) + self.rng.choice(_GIVEN)
        if r < 0.06:
            return self.rng.choice(_COMPOUND) + given[: self.rng.randint(1, 2)]
        return self.rng.choice(_SURNAMES) + (given[:1] if r < 0.16 else given)

    def phone(self) -> str:
        return f"1{self.rng.choice('3589')}{self.rng.randrange(10**9):09d}"

    def date_text(self, day: date) -> str:
        r = self.rng.random()
        if r < 0.5:
            return day.isoformat()
        if r < 0.65:
            return f"{day.year}/{day.month}/{day.day}"
        if r < 0.75:
            return f"{day:%Y.%m.%d}"
        return f"{day.year}年{day.month}月{day.day}日" if r < 0.92 else f"{day:%Y%m%d}"

    def certificate(self, any_type: bool = True) -> tuple[str, str]:
        key = self.people.next()
        born, seq = _BIRTH0 + timedelta(days=key // 1000), f"{key % 1000:03d}"
        region, r = self.rng.choice(_REGIONS), self.rng.random() if any_type else 1.0
        if r < 0.05 and born.year < 2000:  # first-generation IDs hold a 2-digit year
            return self.rng.choice(("居民身份证", "身份证")), f"{region}{born:%y%m%d}{seq}"
        if r < 0.08:
            region, kind = self.rng.choice((("810000", "港澳居民居住证"), ("820000", "港澳居民居住证")))
        elif r < 0.095:
            region, kind = "830000", "台湾居民居住证"
        elif r < 0.12:
            return "护照", f"E{key:08d}"
        else:
            kind = "居民身份证"
        body = f"{region}{born:%Y%m%d}{seq}"
        number = body + ids.resident_id_check_char(body)
        return kind, number.lower() if self.rng.random() < 0.4 else number

    def organisation(self, prefix: str, old: bool = True) -> tuple[str, str]:
        """(USCC, old registration number); both unique because the organisation key is."""
        key, region = self.orgs.next(), self.rng.choice(_REGIONS)
        if self.rng.random() < 0.5:
            code = f"{key:08d}{self.rng.choice('0123456789X')}"
        else:
            digits = ""
            for _ in range(7):
                key, rest = divmod(key, 31)
                digits += ids.USCC_ALPHABET[rest]
            code = "MA" + digits
        uscc = prefix + region + code
        reg = f"{region}{self.orgs.offset % 10**8:08d}"[:6] + f"{self.orgs.count:08d}"
        reg = reg + ids.reg_no_check_digit(reg) if old and self.rng.random() < 0.2 else ""
        if reg and self.rng.random() < 0.1:
            return "", reg  # an old record that predates the USCC
        return uscc + ids.uscc_check_char(uscc), reg

    def subject(self) -> _Subject:
        r, rng = self.rng.random(), self.rng
        if r < 0.30:
            self.counts["persons"] += 1
            if rng.random() < 0.03:
                key, (given, family) = self.people.next(), (rng.choice(_LATIN[0]), rng.choice(_LATIN[1]))
                body = f"9410{rng.choice(('40', '76', '50'))}{_BIRTH0 + timedelta(days=key // 1000):%Y%m%d}{key % 1000:03d}"
                cert = ("外国人永久居留身份证", body + ids.resident_id_check_char(body))
                if rng.random() < 0.7:
                    cert = ("护照", f"{rng.choice('CGKPX')}{rng.choice('ABHN')}{key:08d}")
                return _Subject(SubjectType.PERSON, f"{given} {family}", cert=cert)
            return _Subject(SubjectType.PERSON, self.name(), cert=self.certificate())
        rep, trade = self.name(), rng.choice(_TRADE) + rng.choice(_TRADE)
        rep_id = self.certificate(any_type=False)
        if r < 0.40:
            uscc, reg = self.organisation("92")
            name = f"示例市{rep}{rng.choice(_SHOPS)}"
            return _Subject(SubjectType.INDIVIDUAL_BUSINESS, name, uscc, reg, rep, rep_id)
        if r < 0.45:
            forms = (f"示例市{trade}{rng.choice(_INDUSTRY)}有限公司{rng.choice(_DISTRICTS)}分公司",
                     f"示例市{trade}律师事务所", f"示例市{trade}投资合伙企业（有限合伙）")  # fmt: skip
            uscc, _ = self.organisation(rng.choice(("91", "31", "N2", "93")), old=False)
            return _Subject(SubjectType.OTHER_ORG, rng.choice(forms), uscc, "", rep, rep_id)
        form = rng.choice(("有限公司", "有限公司", "有限责任公司", "股份有限公司"))
        uscc, reg = self.organisation(rng.choice(("91", "91", "91", "12", "52")))
        name = f"示例市{trade}{rng.choice(_INDUSTRY)}{form}"
        return _Subject(SubjectType.LEGAL_ENTITY, name, uscc, reg, rep, rep_id)

    def domains(self, list_type: ListType, person: bool, k: int) -> list[Domain]:
        pool, chosen = self.pools[list_type, person], list[Domain]()
        while len(chosen) < min(k, len({d.code for d in pool})):
            domain = self.rng.choice(pool)
            if domain not in chosen:
                chosen.append(domain)
        return chosen

    # -- listings ----------------------------------------------------------------------
    def subject_with_listings(self, index: int) -> tuple[_Subject, list[_Made]]:
        rng, subject = self.rng, self.subject()
        person = subject.type.is_person
        start = self.as_of - timedelta(days=int(1460 * rng.random() ** 1.2))
        if rng.random() < 0.08:
            start = self.as_of - timedelta(days=rng.randint(0, 29))
        r = rng.random()
        if index % 40 == 0 or r < 0.02:  # three key-attention domains: the big-data warning list
            plan = [(ListType.FOCUS, d) for d in self.domains(ListType.FOCUS, person, 3)]
        elif r < 0.07 and (self.as_of - start).days > 60:  # honoured first, blacklisted later
            plan = [(ListType.RED, self.domains(ListType.RED, person, 1)[0]),
                    (ListType.BLACK, self.domains(ListType.BLACK, person, 1)[0])]  # fmt: skip
        else:
            first = rng.choices(tuple(ListType), (0.4, 0.4, 0.2))[0]
            count = rng.choices((1, 2, 3), (0.6, 0.3, 0.1))[0]
            others = ListType.RED if first is ListType.RED else rng.choice((ListType.BLACK, ListType.FOCUS))
            chosen = self.domains(first, person, count) if first is others else (
                self.domains(first, person, 1) + self.domains(others, person, count - 1))  # fmt: skip
            plan = [(first if i == 0 else others, d) for i, d in enumerate(chosen)]
        made: list[_Made] = []
        for position, (list_type, domain) in enumerate(plan):
            if position:
                start += timedelta(days=rng.randint(1, max(1, (self.as_of - start).days)))
            made.append(self.listing(subject, list_type, domain, min(start, self.as_of), made))
        return subject, made

    def listing(self, s: _Subject, lt: ListType, domain: Domain, decided: date, earlier: list[_Made]) -> _Made:
        rng, rules = self.rng, self.rules
        self.counts[lt] += 1
        record_id = f"XY{decided.year}{sum(self.counts[t] for t in ListType):08d}"
        want = ("reward", "both") if lt is ListType.RED else ("punishment", "both")
        memos = [m for m in domain.memoranda if m.kind in want]
        basis = f"《{memos[0].title}》（{memos[0].doc_no}）" if memos else f"《示例市{domain.name}领域信用管理办法》"
        if memos and rng.random() < 0.3:
            memo = rng.choice(memos)
            basis = f"《{memo.title}》（{memo.doc_no}）；《示例市社会信用体系建设实施办法》第十二条"
        lead = domain.lead_department or _LOCAL_OFFICE
        department = "示例" + lead if lead.startswith("市") else lead
        short = department.removeprefix("示例市").removeprefix("市")[:2]
        decision_no = f"示{short}{'认' if lt is ListType.RED else '罚'}〔{decided.year}〕{rng.randint(1, 999)}号"
        deed = self._fill(rng.choice(_DEEDS[lt]))
        measures = tuple(self._fill(m) for m in rng.sample(_MEASURES[lt], rng.randint(1, 3)))
        behavior, secrets = self.behavior(s, deed, lt)
        default = rules.list_type(lt).default_validity
        r = rng.random()
        if r < 0.3:
            validity, until = "", end_of_validity(decided, default)
        elif r < 0.55:
            validity, y, mo, d = rng.choice(_PERIODS)
            until = end_of_validity(decided, Validity(years=y, months=mo, days=d))
        else:
            until = add_period(decided, years=rng.randint(1, 4)) - timedelta(days=rng.randint(1, 30))
            validity = self.date_text(until)
            if r > 0.85:
                validity = f"{self.date_text(decided)}至{validity}"
        lt_word = rng.choice((rules.list_type(lt).name, lt.value, *rules.list_type(lt).aliases[:1]))
        list_name = rng.choice((f"{domain.name}领域{'守信联合激励' if lt is ListType.RED else '失信联合惩戒'}对象",
                                rules.list_type(lt).name))  # fmt: skip
        if lt is ListType.FOCUS:
            list_name = rng.choice(("重点关注对象名单", "经营异常名录", f"{domain.name}领域重点关注对象"))
        attachments = "|".join(rng.sample(_FILES, rng.randint(1, 3))) if rng.random() < 0.5 else ""
        row = {
            "record_id": record_id, "list_type": lt_word, "list_name": list_name,
            "subject_type": rng.choice(_TYPE_WORDS[s.type]), "name": s.name, "uscc": s.uscc,
            "reg_no_old": s.reg_no, "legal_rep": s.rep, "legal_rep_id_type": s.rep_id[0],
            "legal_rep_id": s.rep_id[1], "id_type": s.cert[0], "id_number": s.cert[1],
            "domain": rng.choice((domain.name, domain.name, domain.name, *domain.aliases[:2])),
            "behavior": behavior, "penalty": "；".join(measures), "department": department,
            "basis": basis, "decision_no": decision_no if rng.random() < 0.9 else "",
            "decided_on": self.date_text(decided), "valid_until": validity,
            "contact": f"{rng.choice(('', '联系人：'))}{self.name()} {self.phone()}" if rng.random() < 0.7 else "",
            "attachments": attachments, "trade_secret": secrets,
            "notes": rng.choice(_NOTES) if rng.random() < 0.15 else "",
        }  # fmt: skip
        write, columns = self.tables[lt]
        write([row.get(c, "") for c in columns])
        self.lifecycle(record_id, lt, department, domain, decided, until, earlier)
        return _Made(record_id, lt, domain, department, decided, deed, measures)

    def behavior(self, s: _Subject, deed: str, lt: ListType) -> tuple[str, str]:
        """Free text as departments write it: personal data and trade secrets left inside."""
        rng, parts, secrets = self.rng, [deed], ""
        if rng.random() < 0.1:
            parts.append("\n经责令整改，" + self._fill("逾期{n}日仍未完成。"))
        if rng.random() < 0.08:
            parts.append(f"，联系电话{self.phone()}")
        if rng.random() < 0.05:
            parts.append(f"（身份证号码{s.cert[1]}）" if s.type.is_person else
                         f"，法定代表人{s.rep}（身份证号{s.rep_id[1]}）")  # fmt: skip
        if rng.random() < 0.08:
            parts.append("，" + rng.choice(_CUES).replace("{p}", self.name()))
        if lt is not ListType.RED and rng.random() < 0.03:
            body = "62" + "".join(rng.choice("0123456789") for _ in range(rng.choice((13, 14, 16))))
            parts.append(f"，涉案资金经银行卡{body}{luhn.calc_check_digit(body)}转出")
        if rng.random() < 0.04:
            parts.append(f"，涉事车辆车牌号豫{rng.choice('ABCDEHKP')}{rng.randrange(10**5):05d}")
        if not s.type.is_person and rng.random() < 0.05:
            chosen = [self._fill(x) for x in rng.sample(_SECRETS, 2)]
            secrets, _ = "|".join(chosen), parts.append(f"，涉及{chosen[0]}、{chosen[1]}等信息")
        if rng.random() < 0.03:
            parts.append(" " + rng.choice(_MARKUP))
        return "".join(parts) + "。", secrets

    def lifecycle(self, rid: str, lt: ListType, dept: str, domain: Domain, decided: date,
                  until: date, earlier: list[_Made]) -> None:  # fmt: skip
        """Objections, then exits; never two exits or two open objections for one record."""
        rng, last = self.rng, min(self.as_of, until)
        for red in (m for m in earlier if m.list_type is ListType.RED and lt is ListType.BLACK):
            if rng.random() < 0.5:  # the red listing ends when the black one starts
                self.exit(red.record_id, "列入黑名单", decided, red.department, f"该主体已被列入黑名单（{rid}）")
        if (last - decided).days < 1:
            return
        if rng.random() < 0.05:
            opened = decided + timedelta(days=rng.randint(1, min(90, (last - decided).days)))
            state = "处理中" if (self.as_of - opened).days < 15 else rng.choices(
                ("处理中", "异议成立", "异议不成立"), (0.15, 0.3, 0.55))[0]  # fmt: skip
            closed = min(self.as_of, opened + timedelta(days=rng.randint(5, 30)))
            self.counts["objections"] += 1
            self.objections((rid, self.date_text(opened), state, "" if state == "处理中" else self.date_text(closed)))
            if state == "异议成立" and closed <= until:
                self.exit(rid, "异议成立", closed, dept, f"异议核查结论（示信异〔{closed.year}〕{rng.randint(1, 99)}号）")
        elif rng.random() < 0.085:
            reason = rng.choice(_EXIT_REASONS[lt])
            basis = {"信用修复": "《示例市信用修复管理办法》第十条；信用修复申请审核意见",
                     "认定标准变更": f"《关于调整{domain.name}领域认定标准的通知》",
                     "法院撤销": f"示例市中级人民法院（{decided.year}）示01行终{rng.randint(1, 500)}号行政判决书",
                     "其他": "主体已注销，经认定部门复核退出"}[reason]  # fmt: skip
            self.exit(rid, reason, decided + timedelta(days=rng.randint(1, (last - decided).days)), dept, basis)

    def exit(self, rid: str, reason: str, day: date, dept: str, basis: str) -> None:
        self.counts["exits"] += 1
        self.exits((rid, reason, self.date_text(day), dept, basis))

    # -- typical cases -----------------------------------------------------------------
    def write_case(self, folder: Path, s: _Subject, made: list[_Made]) -> None:
        rng, first = self.rng, made[0]
        self.counts["cases"] += 1
        red = first.list_type is ListType.RED
        when = min(self.as_of, first.decided + timedelta(days=rng.randint(0, 60)))
        who = s.name if s.type.is_person else f"{s.name}（法定代表人{s.rep}）"
        third = rng.choice(("举报人", "其妻子", "债权人", "知情人", "其同事"))
        outcome = ("该主体享受联合激励措施，信用记录良好。" if red else
                   rng.choice(("该主体已完成整改并提交信用修复申请。", "该主体已履行全部义务，惩戒措施依法解除。",
                               "该主体仍在名单有效期内，联合惩戒措施继续执行。")))  # fmt: skip
        paragraphs = [
            f"{first.decided.year}年{first.decided.month}月，{first.department}在日常监管中发现，{who}{first.deed}。",
            f"{third}{self.name()}向有关部门反映了情况，并留下联系电话{self.phone()}。"
            f"经核实，{first.department}依据有关规定，将{s.name}列入{self.rules.list_type(first.list_type).name}。",
        ]
        if len(made) > 1 or rng.random() < 0.5:
            paragraphs.append(f"列入名单后，{s.name}被依法采取{'、'.join(first.measures)}等措施。{outcome}")
        if rng.random() < 0.5:
            paragraphs.append("本案表明，" + ("守信者处处受益，诚信经营终有回报。" if red else
                                             "失信者处处受限，联合奖惩机制形成了有力震慑。"))  # fmt: skip
        front = {
            "title": f"{first.domain.name}领域{'守信激励' if red else '失信惩戒'}典型案例（{self.counts['cases']}）",
            "date": when.isoformat(), "domain": first.domain.name,
            "record_ids": [m.record_id for m in made], "measures": list(first.measures), "outcome": outcome,
        }  # fmt: skip
        text = f"---\n{yaml.safe_dump(front, allow_unicode=True, sort_keys=False)}---\n\n" + "\n\n".join(paragraphs)
        (folder / f"case-{self.counts['cases']:04d}.md").write_text(text + "\n", encoding="utf-8")

"""Invented demonstration datasets of any size, shaped like real submissions.

Every name, number and event is made up, but drawn so that the chain meets the awkward input
real departments send: three encodings, Chinese and English headers, dates in five spellings,
personal data inside free text, markup that is only data. The output is a pure function of
(subjects, seed, as_of), written row by row so that a million subjects never sit in memory.
"""

from __future__ import annotations

import csv
import math
import random
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from datetime import date, timedelta
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple, TypeVar

import yaml
from stdnum import luhn

from generator import ids
from generator.errors import ConfigError
from generator.model import ListType, SubjectType
from generator.parse import add_period, end_of_validity
from generator.rules import LIST_COLUMNS, Domain, Rules, Validity, load_rules

Row = Callable[[Sequence[str]], object]
Cells = Callable[[dict[str, str]], Sequence[str]]  # a table's columns, in its order, from a row
T = TypeVar("T")


def _headers(spec: str) -> dict[str, str]:
    return dict(pair.split(":") for pair in spec.split())


# The 附件1 submission forms: the first header names the list, so there is no list-type column.
_RED = _headers(
    "record_id:记录编号 list_name:红名单类型 subject_type:主体类型 name:主体名称 "
    "uscc:统一社会信用代码 reg_no_old:工商注册号 legal_rep:法定代表人 id_type:证件类型 "
    "id_number:证件号码 domain:领域 behavior:守信行为 penalty:获得奖励 department:认定部门 "
    "basis:认定依据 decision_no:认定文号 decided_on:认定日期 valid_until:有效期 "
    "contact:联系电话 attachments:附件 trade_secret:商业秘密 notes:备注 "
    "received_on:报送日期 published_on:发布日期"
)
_BLACK = _headers(
    "record_id:记录编号 list_name:黑名单类型 subject_type:主体类型 name:主体名称 "
    "uscc:统一社会信用代码 reg_no_old:工商注册号 legal_rep:法定代表人 "
    "legal_rep_id_type:法定代表人证件类型 legal_rep_id:法定代表人证件号码 id_type:证件类型 "
    "id_number:证件号码 domain:领域 behavior:违法失信行为 penalty:处罚结果 department:认定部门 "
    "basis:认定依据 decision_no:认定文号 decided_on:认定日期 valid_until:处罚有效期 "
    "contact:联系电话 attachments:附件 trade_secret:商业秘密 notes:备注 "
    "received_on:报送日期 notified_on:告知日期 published_on:发布日期"
)
_TABLES = {  # list type -> (file, encoding, canonical column -> header as written)
    ListType.RED: ("red.csv", "utf-8-sig", _RED),
    ListType.BLACK: ("black.csv", "gb18030", _BLACK),
    ListType.FOCUS: ("focus.csv", "utf-8", {c: c for c in LIST_COLUMNS}),
}
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶贺顾毛郝龚邵严覃武戴莫孔汤"
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "慕容", "东方", "皇甫", "令狐", "司徒")  # fmt: skip
_GIVEN = "伟芳秀敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉萍鹏辉文斌宇浩凯晨欣怡涵梓轩雨婷思琪佳俊峰海燕冬梅春生德福永利润泽"
_LATIN_GIVEN = ("Anna", "Lukas", "Maria", "David", "Sofia", "Ivan", "Elena", "Tomas", "Yuki",
                "Amara")  # fmt: skip
_LATIN_FAMILY = ("Keller", "Novak", "Moreau", "Okafor", "Lindqvist", "Petrov", "Haddad",
                 "Tanaka", "Silva")  # fmt: skip
_TRADE = "恒达鑫源华瑞宏盛金泰丰永兴正信博远天成嘉禾润泽安顺新锐德茂中汇通隆昌明辉"
_INDUSTRY = ("建材", "食品", "物流", "建筑工程", "化工", "商贸", "科技", "餐饮管理", "医药", "运输", "机械制造", "农业开发",
             "环保科技")  # fmt: skip
_SHOPS = ("百货店", "便利店", "五金店", "小吃店", "汽车修理部", "理发店", "水果店", "农资门市部")  # fmt: skip
_FORMS = ("有限公司", "有限公司", "有限责任公司", "股份有限公司")
_DISTRICTS = ("东城", "西城", "高新", "北区", "南湖", "开发区")  # fmt: skip
_REGIONS = ("410102", "410105", "410122", "411302", "410302", "410202", "110105", "110108",
            "210802", "320106", "440305", "510107")  # fmt: skip
_TYPE_WORDS = {
    SubjectType.PERSON: ("自然人", "自然人", "个人"),
    SubjectType.LEGAL_ENTITY: ("法人", "法人", "企业法人"),
    SubjectType.OTHER_ORG: ("非法人组织", "其他组织"),
    SubjectType.INDIVIDUAL_BUSINESS: ("个体工商户", "个体户"),
}
# Domains where natural persons are typically listed; repeats weight the common ones.
_PERSON_DOMAINS = ("youth-volunteers", "charity", "judgment-defaulters", "judgment-defaulters",
                   "judgment-defaulters", "scientific-research", "marriage-registration",
                   "medical-order", "finance", "overload-transport", "urban-management",
                   "accounting", "housekeeping", "tourism")  # fmt: skip
_DEEDS = {
    ListType.RED: {
        "tax": "连续三年纳税信用等级评定为A级，按期足额申报缴纳税款",
        "safety-production": "获评示例市安全生产标准化一级企业，连续{n}年未发生生产安全事故",
        "youth-volunteers": "累计志愿服务时长{n}00小时，获评示例市五星级志愿者",
        "charity": "向示例市慈善总会捐赠款物合计{m}万元，用于乡村学校建设",
        "customs": "通过海关高级认证，进出口申报差错率低于0.{n}%",
        "transport-construction": "承建的示例大道改造工程获评省级优质工程，工程款支付及时",
        "": "信用承诺履约良好，连续{n}年在{d}领域无不良信用记录",
    },
    ListType.BLACK: {
        "safety-production": "未按规定履行安全生产主体责任，发生一般生产安全事故，造成{n}人受伤",
        "migrant-wages": "拖欠{n}名农民工工资共计{m}万元，经责令限期支付仍拒不支付",
        "tax": "虚开增值税专用发票{n}份，涉及税额{m}万元",
        "judgment-defaulters": "有履行能力而拒不履行生效法律文书确定的给付义务，执行标的{m}万元",
        "environment": "超标排放污染物，化学需氧量超标{n}倍，责令停产整治后仍偷排",
        "quality": "生产销售不合格产品，货值金额{m}万元",
        "food-drug": "经营超过保质期的食品，货值金额{m}万元，抽检不合格批次{n}个",
        "public-resource-trading": "在招标投标活动中串通投标，涉及项目{n}个",
        "government-procurement": "在政府采购活动中提供虚假材料谋取中标",
        "finance": "恶意拖欠银行贷款本息{m}万元，转移财产逃废债务",
        "overload-transport": "货运车辆一年内严重超限超载运输{n}次",
        "medical-order": "在示例市人民医院聚众滋事，殴打医务人员致{n}人受伤",
        "social-insurance": "以伪造材料骗取社会保险基金{m}万元",
        "scientific-research": "在科研项目申报中伪造数据、抄袭他人成果",
        "": "违反{d}领域有关规定，情节严重，经责令改正拒不改正",
    },
    ListType.FOCUS: {
        "enterprise-supervision": "被列入经营异常名录，通过登记的住所无法联系",
        "": "在{d}领域日常检查中发现{n}项一般违法行为，责令限期整改未完成",
    },
}
_MEASURES = {
    ListType.RED: ("在行政审批中开辟绿色通道", "优先安排财政资金支持", "减少日常检查频次",
                   "在政府采购中予以加分", "在评优评先中优先考虑", "享受容缺受理服务"),
    ListType.BLACK: ("罚款人民币{m}万元", "限制参与政府采购和工程招投标", "限制高消费",
                     "限制乘坐飞机、列车软卧", "暂停审批新建项目", "取消评优评先资格",
                     "限制取得政府供应土地"),
    ListType.FOCUS: ("列为重点监管对象", "增加抽查频次", "约谈法定代表人", "发布信用风险提示"),
}  # fmt: skip
_CUES = ("其妻子{p}名下账户接收转移资金", "举报人{p}提供了现场视频", "债权人{p}多次催讨未果", "实际控制人{p}指使财务人员做假账",
         "担保人{p}承担连带责任", "其丈夫{p}代为办理")  # fmt: skip
_SECRETS = ("核心配方A-{n}", "年产量{m}吨", "主要客户{n}家", "中标底价{m}万元", "工艺参数K{n}")  # fmt: skip
_MARKUP = ("<b>情节严重</b>", "**屡查屡犯**", "{{ x }}", "<script>alert(1)</script>",
           "[详见附件](javascript:void(0))", "{% if x %}")  # fmt: skip
_FILES = ("处罚决定书.pdf", "现场照片.jpg", "认定决定书.pdf", "整改报告.docx", "信用承诺书.pdf")  # fmt: skip
_NOTES = ("已电话核实", "待复核：材料不全", "内部：与去年数据重复已合并", "科室自查补录")  # fmt: skip
_PERIODS = (("3年", Validity(years=3)), ("36个月", Validity(months=36)), ("一年", Validity(years=1)),
            ("两年", Validity(years=2)), ("6个月", Validity(months=6)), ("180天", Validity(days=180)),
            ("有效期2年", Validity(years=2)))  # fmt: skip
_EXIT_REASONS = {
    ListType.RED: ("认定标准变更", "其他", "法院撤销"),
    ListType.BLACK: ("信用修复", "信用修复", "信用修复", "认定标准变更", "法院撤销", "其他"),
    ListType.FOCUS: ("信用修复", "信用修复", "认定标准变更", "其他"),
}  # fmt: skip
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_BIRTH0, _BIRTH_DAYS = date(1950, 1, 1), (date(2000, 12, 31) - date(1950, 1, 1)).days + 1
_LOCAL_OFFICE = "示例市社会信用体系建设领导小组办公室"
_LIST_MIX = (ListType.RED, ListType.RED, ListType.BLACK, ListType.BLACK, ListType.FOCUS)
_OBJECTION_STATES = ("处理中", "异议成立", "异议成立", "异议不成立", "异议不成立", "异议不成立")
_EXIT_HEADER = ("record_id", "退出原因", "退出日期", "决定部门", "退出依据")
_OBJECTION_HEADER = ("record_id", "异议提出日期", "受理日期", "处理状态", "办结日期")
_DOC_MARK = {ListType.RED: "认", ListType.BLACK: "罚", ListType.FOCUS: "告"}


# Named tuples, not dataclasses: a million subjects make the cheaper constructor count.
class _Subject(NamedTuple):
    type: SubjectType
    name: str
    uscc: str = ""
    reg_no: str = ""
    rep: str = ""
    rep_id: tuple[str, str] = ("", "")  # (certificate type as written, number)
    cert: tuple[str, str] = ("", "")


class _Made(NamedTuple):
    record_id: str
    list_type: ListType
    domain: Domain
    department: str
    decided: date
    until: date
    deed: str
    measures: tuple[str, ...]


class _Profile(NamedTuple):
    """What a (domain, list type) pair contributes to every row: worked out once, not per row."""

    department: str
    decision_prefix: str
    bases: tuple[str, ...]
    deed: str
    domain_words: tuple[str, ...]
    list_names: tuple[str, ...]
    list_type_words: tuple[str, ...]
    default_validity: Validity


class _Scramble:
    """Distinct, random-looking numbers below `n`: identifiers never collide, and no set of
    issued numbers has to be kept for a million subjects."""

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
    n_cases = min(200, max(3, subjects // 50))
    case_counts = Counter(k * subjects // n_cases for k in range(n_cases))
    with ExitStack() as stack:

        def table(path: Path, encoding: str, header: Sequence[str]) -> Row:
            handle = stack.enter_context(
                path.open("w", encoding=encoding, newline="", buffering=1 << 20)
            )
            write = csv.writer(handle).writerow
            write(header)
            return write

        tables: dict[ListType, tuple[Row, Cells]] = {
            lt: (table(out / "lists" / file, enc, list(head.values())), itemgetter(*head))
            for lt, (file, enc, head) in _TABLES.items()
        }
        exits = table(out / "exits.csv", "utf-8", _EXIT_HEADER)
        objections = table(out / "objections.csv", "utf-8", _OBJECTION_HEADER)
        rng = random.Random(seed)  # noqa: S311 - reproducible fiction, not secrets
        gen = _Generator(load_rules(locality="示例市"), rng, as_of, tables, exits, objections)
        # The deadline dates draw from their own stream, so adding them left every other
        # value of a given seed as it was.
        gen.clock = random.Random(seed * 7919 + 1).random  # noqa: S311 - reproducible fiction
        for index in range(subjects):
            subject, made = gen.subject_with_listings(index, index in case_counts)
            for _ in range(case_counts.get(index, 0)):
                gen.write_case(out / "cases", subject, made)
    counts = gen.counts
    rows = {"lists": sum(counts[t] for t in ListType), "exits": counts["exits"],
            "objections": counts["objections"], "cases": counts["cases"]}  # fmt: skip
    # Bounds a little looser than the truth, so the row-count check is shown doing its job.
    expect = {k: {"min_rows": n * 9 // 10, "max_rows": math.ceil(n * 1.1)} for k, n in rows.items()}
    config = {
        "name": "演示数据（全部虚构）",
        "locality": "示例市",
        "expect": expect,
        "document": {
            "title": "示例市信用“红黑名单”管理制度（试行）",
            "number": "示信发〔2019〕1号",
        },
    }
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


class _Generator:
    def __init__(self, rules: Rules, rng: random.Random, as_of: date,
                 tables: dict[ListType, tuple[Row, Cells]], exits: Row,
                 objections: Row) -> None:  # fmt: skip
        self.rules, self.random, self.as_of = rules, rng.random, as_of
        self.tables, self.exits, self.objections = tables, exits, objections
        self.counts: Counter[str] = Counter()
        self.listings = 0
        self.exited: set[str] = set()  # the current subject's records that have an exit
        self.clock = random.Random(0).random  # noqa: S311 - replaced per dataset
        self.people = _Scramble(_BIRTH_DAYS * 1000, rng)  # birth day and sequence number
        self.orgs = _Scramble(10**8, rng)
        self.profiles: dict[tuple[str, ListType], _Profile] = {}
        self.pools: dict[tuple[ListType, bool], list[Domain]] = {}
        for lt in ListType:
            want = {"reward", "both"} if lt is ListType.RED else {"punishment", "both"}
            fit = [d for d in rules.domains if want & {m.kind for m in d.memoranda}]
            if lt is not ListType.RED:  # domains without a memorandum punish under local rules
                fit += [d for d in rules.domains if not d.memoranda]
            by_code = {d.code: d for d in fit}
            self.pools[lt, False] = fit
            self.pools[lt, True] = [by_code[c] for c in _PERSON_DOMAINS if c in by_code] or fit
        self.distinct = {key: len({d.code for d in pool}) for key, pool in self.pools.items()}

    # rng.choice and rng.randint cost several times more; a million subjects make that count.
    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.random() * len(seq))]

    def upto(self, low: int, high: int) -> int:
        return low + int(self.random() * (high - low + 1))

    def fill(self, template: str, domain: str = "") -> str:
        if "{" not in template:
            return template
        text = template.replace("{n}", str(self.upto(2, 60))).replace("{d}", domain)
        text = text.replace("{m}", str(self.upto(3, 980)))
        return text.translate(_FULLWIDTH) if self.random() < 0.05 else text

    def name(self) -> str:
        r, given = self.random(), self.pick(_GIVEN) + self.pick(_GIVEN)
        if r < 0.06:
            return self.pick(_COMPOUND) + given[: self.upto(1, 2)]
        return self.pick(_SURNAMES) + (given[:1] if r < 0.16 else given)

    def phone(self) -> str:
        return f"1{self.pick('3589')}{int(self.random() * 10**9):09d}"

    def date_text(self, day: date) -> str:
        r, y, m, d = self.random(), day.year, day.month, day.day
        if r < 0.5:
            return day.isoformat()
        if r < 0.65:
            return f"{y}/{m}/{d}"
        if r < 0.75:
            return f"{y}.{m:02d}.{d:02d}"
        return f"{y}年{m}月{d}日" if r < 0.92 else f"{y}{m:02d}{d:02d}"

    def certificate(self, any_type: bool = True) -> tuple[str, str]:
        key = self.people.next()
        born, seq = _BIRTH0 + timedelta(days=key // 1000), f"{key % 1000:03d}"
        region, r = self.pick(_REGIONS), self.random() if any_type else 1.0
        if r < 0.05 and born.year < 2000:  # first-generation IDs hold a 2-digit year
            number = f"{region}{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq}"
            return self.pick(("居民身份证", "身份证")), number
        kind = "居民身份证"
        if r < 0.08:
            region, kind = self.pick(("810000", "820000")), "港澳居民居住证"
        elif r < 0.095:
            region, kind = "830000", "台湾居民居住证"
        elif r < 0.12:
            return "护照", f"E{key:08d}"
        body = f"{region}{born.year}{born.month:02d}{born.day:02d}{seq}"
        number = body + ids.resident_id_check_char(body)
        if number.endswith("X") and self.random() < 0.15:
            number = number.lower()  # hand-typed IDs often carry a lower-case x
        return kind, number

    def foreigner(self) -> _Subject:
        key, name = self.people.next(), f"{self.pick(_LATIN_GIVEN)} {self.pick(_LATIN_FAMILY)}"
        if self.random() < 0.7:
            return _Subject(
                SubjectType.PERSON, name, cert=("护照", f"{self.pick('CGKPX')}{key:08d}")
            )
        born = _BIRTH0 + timedelta(days=key // 1000)
        body = f"941{self.pick(('840', '276', '250'))}{born:%Y%m%d}{key % 1000:03d}"
        cert = ("外国人永久居留身份证", body + ids.resident_id_check_char(body))
        return _Subject(SubjectType.PERSON, name, cert=cert)

    def organisation(self, prefix: str, old: bool = True) -> tuple[str, str]:
        """(USCC, old registration number): both unique because the organisation key is."""
        key, region = self.orgs.next(), self.pick(_REGIONS)
        reg = f"{region}{key:08d}"
        reg = reg + ids.reg_no_check_digit(reg) if old and self.random() < 0.2 else ""
        if self.random() < 0.5:  # pre-2015 codes embed the 9-character organisation code
            code = f"{key:08d}{self.pick('0123456789X')}"
        else:
            code = "MA"
            for _ in range(7):
                key, rest = divmod(key, 31)
                code += ids.USCC_ALPHABET[rest]
        if reg and self.random() < 0.1:
            return "", reg  # an old record that predates the USCC
        uscc = prefix + region + code
        return uscc + ids.uscc_check_char(uscc), reg

    def subject(self, organisation: bool) -> _Subject:
        r = 0.3 + 0.7 * self.random() if organisation else self.random()
        if r < 0.30:
            self.counts["persons"] += 1
            if self.random() < 0.03:
                return self.foreigner()
            return _Subject(SubjectType.PERSON, self.name(), cert=self.certificate())
        rep, trade = self.name(), self.pick(_TRADE) + self.pick(_TRADE)
        rep_id = self.certificate(any_type=False)
        if r < 0.40:
            uscc, reg = self.organisation("92")
            name = f"示例市{rep}{self.pick(_SHOPS)}"
            return _Subject(SubjectType.INDIVIDUAL_BUSINESS, name, uscc, reg, rep, rep_id)
        industry = self.pick(_INDUSTRY)
        if r < 0.45:
            name = self.pick((f"示例市{trade}{industry}有限公司{self.pick(_DISTRICTS)}分公司",
                              f"示例市{trade}律师事务所", f"示例市{trade}投资合伙企业（有限合伙）"))  # fmt: skip
            uscc, _ = self.organisation(self.pick(("91", "31", "N2", "93")), old=False)
            return _Subject(SubjectType.OTHER_ORG, name, uscc, "", rep, rep_id)
        # GB 32100: 91 enterprise, 52 private non-enterprise unit, 12 public institution.
        prefix, name = "91", f"示例市{trade}{industry}{self.pick(_FORMS)}"
        if r > 0.95:
            prefix, name = self.pick((("52", f"示例市{trade}职业培训学校"),
                                      ("12", f"示例市{self.pick(_DISTRICTS)}{industry}检测中心")))  # fmt: skip
        uscc, reg = self.organisation(prefix)
        return _Subject(SubjectType.LEGAL_ENTITY, name, uscc, reg, rep, rep_id)

    def domains(self, lt: ListType, person: bool, k: int) -> list[Domain]:
        pool, chosen = self.pools[lt, person], list[Domain]()
        k = min(k, self.distinct[lt, person])
        while len(chosen) < k:
            domain = self.pick(pool)
            if all(domain is not c for c in chosen):  # one object per domain: identity will do
                chosen.append(domain)
        return chosen

    def subject_with_listings(self, index: int, organisation: bool) -> tuple[_Subject, list[_Made]]:
        subject, as_of = self.subject(organisation), self.as_of
        self.exited.clear()
        person = subject.type.is_person
        start = as_of - timedelta(days=int(1460 * self.random() ** 1.2))
        if self.random() < 0.08:
            start = as_of - timedelta(days=self.upto(0, 29))
        r = self.random()
        if index % 40 == 0 or r < 0.02:  # three key-attention domains: the big-data warning list
            plan = [(ListType.FOCUS, d) for d in self.domains(ListType.FOCUS, person, 3)]
        elif r < 0.07 and (as_of - start).days > 60:  # honoured first, blacklisted later
            plan = [(lt, self.domains(lt, person, 1)[0]) for lt in (ListType.RED, ListType.BLACK)]
        else:
            first = _LIST_MIX[int(self.random() * 5)]
            count = (1, 1, 1, 1, 1, 1, 2, 2, 2, 3)[int(self.random() * 10)]
            # Cross-checking keeps red and black apart; black and focus may mix.
            rest = first if first is ListType.RED else self.pick((ListType.BLACK, ListType.FOCUS))
            if first is rest:
                chosen = self.domains(first, person, count)
            else:
                chosen = self.domains(first, person, 1) + self.domains(rest, person, count - 1)
            plan = [(first if i == 0 else rest, d) for i, d in enumerate(chosen)]
        made: list[_Made] = []
        for position, (lt, domain) in enumerate(plan):
            if position:
                start += timedelta(days=self.upto(1, max(1, (as_of - start).days)))
            made.append(self.listing(subject, lt, domain, min(start, as_of), made))
        return subject, made

    def profile(self, domain: Domain, lt: ListType) -> _Profile:
        found = self.profiles.get((domain.code, lt))
        if found is not None:
            return found
        rule, red = self.rules.list_type(lt), lt is ListType.RED
        want = ("reward", "both") if red else ("punishment", "both")
        bases = [f"《{m.title}》（{m.doc_no}）" for m in domain.memoranda if m.kind in want]
        bases += [b + "；《示例市社会信用体系建设实施办法》第十二条" for b in bases[:1]]
        lead = domain.lead_department or _LOCAL_OFFICE
        department = "示例" + lead if lead.startswith("市") else lead
        # The rules' lead departments carry the locality (示例市税务局): the decision number's
        # abbreviation is the department's own name (示税务罚〔2025〕1号).
        short = department.removeprefix("示例市")[:2]
        kind = "守信联合激励" if red else "失信联合惩戒"
        names: tuple[str, ...] = (f"{domain.name}领域{kind}对象", rule.name)
        if lt is ListType.FOCUS:
            names = ("重点关注对象名单", "经营异常名录", f"{domain.name}领域重点关注对象")
        found = self.profiles[domain.code, lt] = _Profile(
            department=department,
            decision_prefix=f"示{short}{_DOC_MARK[lt]}〔",
            bases=tuple(bases) or (f"《示例市{domain.name}领域信用管理办法》",),
            deed=_DEEDS[lt].get(domain.code, _DEEDS[lt][""]),
            domain_words=(domain.name, domain.name, domain.name, *domain.aliases[:2]),
            list_names=names,
            list_type_words=(rule.name, lt.value, *rule.aliases[:1]),
            default_validity=rule.default_validity,
        )
        return found

    def listing(self, s: _Subject, lt: ListType, domain: Domain, decided: date,
                earlier: list[_Made]) -> _Made:  # fmt: skip
        p, random, pick = self.profile(domain, lt), self.random, self.pick
        self.counts[lt] += 1
        self.listings += 1
        record_id = f"XY{decided.year}{self.listings:08d}"
        deed = self.fill(p.deed, domain.name)
        options, first = _MEASURES[lt], self.upto(0, 6)
        measures = tuple(
            self.fill(options[(first + i) % len(options)]) for i in range(self.upto(1, 3))
        )
        r = random()
        if r < 0.3:
            validity, until = "", end_of_validity(decided, p.default_validity)
        elif r < 0.55:
            validity, period = pick(_PERIODS)
            until = end_of_validity(decided, period)
        else:
            until = add_period(decided, years=self.upto(1, 4)) - timedelta(self.upto(1, 30))
            validity = self.date_text(until)
            if r > 0.85:
                validity = f"{self.date_text(decided)}至{validity}"
        behavior, secrets = self.behavior(s, deed, lt)
        row = {
            "record_id": record_id, "list_type": pick(p.list_type_words), "list_name": pick(p.list_names),
            "subject_type": pick(_TYPE_WORDS[s.type]), "name": s.name, "uscc": s.uscc,
            "reg_no_old": s.reg_no, "legal_rep": s.rep, "legal_rep_id_type": s.rep_id[0],
            "legal_rep_id": s.rep_id[1], "id_type": s.cert[0], "id_number": s.cert[1],
            "domain": pick(p.domain_words), "behavior": behavior, "penalty": "；".join(measures),
            "department": p.department, "basis": pick(p.bases),
            "decision_no": f"{p.decision_prefix}{decided.year}〕{self.upto(1, 999)}号" if random() < 0.9 else "",
            "decided_on": self.date_text(decided), "valid_until": validity,
            "contact": f"{pick(('', '联系人：'))}{self.name()} {self.phone()}" if random() < 0.7 else "",
            "attachments": "|".join(_FILES[self.upto(0, 2) :][: self.upto(1, 3)]) if random() < 0.5 else "",
            "trade_secret": secrets, "notes": pick(_NOTES) if random() < 0.15 else "",
        }  # fmt: skip
        row.update(self.clocks(decided, domain))
        write, cells = self.tables[lt]
        write(cells(row))
        self.lifecycle(record_id, lt, p.department, domain, decided, until, earlier)
        return _Made(record_id, lt, domain, p.department, decided, until, deed, measures)

    def clocks(self, decided: date, domain: Domain) -> dict[str, str]:
        """Deadline dates as offices record them: mostly on time, some late, the newest not
        yet published (creditsite report shows all three)."""
        r = self.clock()

        def days(low: int, high: int) -> timedelta:
            return timedelta(low + int(self.clock() * (high - low)))

        received = decided + days(0, 3)
        published = received + (days(1, 6) if r < 0.8 else days(12, 40))
        if ((self.as_of - decided).days < 20 and r > 0.6) or published > self.as_of:
            published_text = ""  # not published yet
        else:
            published_text = published.isoformat()
        notified = ""
        if domain.code in ("electric-power", "oil-gas"):
            day = decided + (days(1, 4) if self.clock() < 0.7 else days(6, 15))
            notified = day.isoformat() if day <= self.as_of else ""
        return {"received_on": min(received, self.as_of).isoformat(), "notice_start": "",
                "notice_end": "", "notified_on": notified, "published_on": published_text}  # fmt: skip

    def behavior(self, s: _Subject, deed: str, lt: ListType) -> tuple[str, str]:
        """Free text as departments write it: personal data and trade secrets left inside."""
        random, parts, secrets = self.random, [deed], ""
        if random() < 0.1:
            parts.append("\n经责令整改，" + self.fill("逾期{n}日仍未完成"))
        if random() < 0.08:
            parts.append(f"，联系电话{self.phone()}")
        if random() < 0.05:
            parts.append(f"（身份证号码{s.cert[1]}）" if s.type.is_person else
                         f"，法定代表人{s.rep}（身份证号{s.rep_id[1]}）")  # fmt: skip
        if random() < 0.08:
            parts.append("，" + self.pick(_CUES).replace("{p}", self.name()))
        if lt is not ListType.RED and random() < 0.03:
            card = "62" + "".join(self.pick("0123456789") for _ in range(self.pick((13, 14, 16))))
            parts.append(f"，涉案资金经银行卡{card}{luhn.calc_check_digit(card)}转出")
        if random() < 0.04:
            parts.append(f"，涉事车辆车牌号豫{self.pick('ABCDEHKP')}{self.upto(0, 99999):05d}")
        if not s.type.is_person and random() < 0.05:
            first = self.upto(0, len(_SECRETS) - 2)
            chosen = [self.fill(x) for x in _SECRETS[first : first + 2]]
            parts.append(f"，涉及{chosen[0]}、{chosen[1]}等信息")
            secrets = "|".join(chosen)
        if random() < 0.03:
            parts.append(" " + self.pick(_MARKUP))
        return "".join(parts) + "。", secrets

    def lifecycle(self, rid: str, lt: ListType, dept: str, domain: Domain, decided: date,
                  until: date, earlier: list[_Made]) -> None:  # fmt: skip
        """Objections, then exits; never two exits or two open objections for one record."""
        random, last = self.random, min(self.as_of, until)
        for red in (m for m in earlier if m.list_type is ListType.RED and lt is ListType.BLACK):
            # Only sometimes written: the lifecycle stage must end the red listing by itself.
            if red.record_id not in self.exited and decided <= red.until and random() < 0.5:
                self.exit(
                    red.record_id, "列入黑名单", decided, red.department, f"已列入黑名单（{rid}）"
                )
        if (last - decided).days < 1:
            return
        if random() < 0.05:
            opened = decided + timedelta(self.upto(1, min(90, (last - decided).days)))
            state = "处理中"
            if (self.as_of - opened).days >= 15:
                state = self.pick(_OBJECTION_STATES)
            closed = min(self.as_of, opened + timedelta(self.upto(5, 30)))
            closed_text = "" if state == "处理中" else self.date_text(closed)
            self.counts["objections"] += 1
            accepted = min(self.as_of, opened + timedelta(int(self.clock() * 4)))
            self.objections((rid, self.date_text(opened), accepted.isoformat(), state, closed_text))
            if state == "异议成立" and closed <= until:
                basis = f"异议核查结论（示信异〔{closed.year}〕{self.upto(1, 99)}号）"
                self.exit(rid, "异议成立", closed, dept, basis)
        elif random() < 0.06:
            reason = self.pick(_EXIT_REASONS[lt])
            basis = {"信用修复": "《示例市信用修复管理办法》第十条；信用修复申请审核意见",
                     "认定标准变更": f"《关于调整{domain.name}领域认定标准的通知》",
                     "法院撤销": f"示例市中级人民法院（{decided.year}）示01行终{self.upto(1, 500)}号判决",
                     "其他": "主体已注销，经认定部门复核退出"}[reason]  # fmt: skip
            day = decided + timedelta(self.upto(1, (last - decided).days))
            self.exit(rid, reason, day, dept, basis)

    def exit(self, rid: str, reason: str, day: date, dept: str, basis: str) -> None:
        self.exited.add(rid)
        self.counts["exits"] += 1
        self.exits((rid, reason, self.date_text(day), dept, basis))

    def write_case(self, folder: Path, s: _Subject, made: list[_Made]) -> None:
        """An editorial write-up that, like the real ones, names people the redaction must hide."""
        first, number = made[0], self.counts["cases"] + 1
        self.counts["cases"] = number
        red = first.list_type is ListType.RED
        who = s.name if s.type.is_person else f"{s.name}（法定代表人{s.rep}）"
        third = self.pick(("举报人", "其妻子", "债权人", "知情人", "其同事"))
        outcome = "该主体享受联合激励措施，信用记录良好。" if red else self.pick(
            ("该主体已完成整改并提交信用修复申请。", "该主体已履行全部义务，惩戒措施依法解除。",
             "该主体仍在名单有效期内，联合惩戒措施继续执行。"))  # fmt: skip
        paragraphs = [
            f"{first.decided.year}年{first.decided.month}月，{first.department}在日常监管中发现，"
            f"{who}{first.deed}。",
            f"{third}{self.name()}向有关部门反映了情况，并留下联系电话{self.phone()}。经核实，"
            f"{first.department}依法将{s.name}列入{self.rules.list_type(first.list_type).name}。",
        ]
        if len(made) > 1 or self.random() < 0.5:
            measures = "、".join(first.measures)
            paragraphs.append(f"列入名单后，{s.name}被依法采取{measures}等措施。{outcome}")
        if self.random() < 0.5:
            paragraphs.append("本案表明，" + ("守信者处处受益，诚信经营终有回报。" if red else
                                             "失信者处处受限，联合奖惩机制形成了有力震慑。"))  # fmt: skip
        front = {
            "title": f"{first.domain.name}领域{'守信激励' if red else '失信惩戒'}典型案例（{number}）",
            "date": min(self.as_of, first.decided + timedelta(self.upto(0, 60))).isoformat(),
            "domain": first.domain.name, "record_ids": [m.record_id for m in made],
            "measures": list(first.measures), "outcome": outcome,
        }  # fmt: skip
        head = yaml.safe_dump(front, allow_unicode=True, sort_keys=False)
        text = f"---\n{head}---\n\n" + "\n\n".join(paragraphs) + "\n"
        (folder / f"case-{number:04d}.md").write_text(text, encoding="utf-8")

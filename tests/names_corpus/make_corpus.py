"""An invented corpus for measuring how well person names in prose are found (issue 17).

Every sentence is made from hand-written templates of the shapes credit offices write
(enumerations with 、/和/及/与, roles and titles, kinship, names beside a name already known
from the structured fields, names that are also words, rare and compound surnames, spaced,
traditional and pinyin spellings) and from sentences full of company, place, department
and law names that must survive untouched. Names are random combinations of a surname and
given-name characters: nobody real is meant. The same seed gives the same corpus.

    python -m tests.names_corpus.make_corpus [--seed 17] [--out corpus.jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SEED = 17

# Common single surnames (most of them in the rules' table).
COMMON = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏"
    "吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶贺顾毛郝龚邵严覃武戴"
)
# Less common surnames, several of them missing from the rules' table at the time of writing.
RARE = list(
    "于禤仝酆訾逄亓麻竺郜揭晁宓蔺苟佘虞战那植昝居衡步闻璩蒲粟钭缪邰冼鄢伏郦芮羿茹褚"
    "荆寇阙胥况扈隗郗靳厍琚綦晏伊冀展屈敖"
)
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
            "端木", "夏侯", "宇文", "长孙", "南宫", "司徒", "呼延", "西门", "独孤", "轩辕"]  # fmt: skip
GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯俊峰鑫波"
    "婷雪琳晨欣怡佳颖思雨梓轩博宏志坤淑珍秋菊海燕春梅德福永胜金凤玲晓东亮阳光慧琴倩璐"
    "子涵诗嘉铭瑞泽昊天翔晴月彤蕾薇琪蓉蓓瑶岚珊莹柏松榕炜烨焱淼森鸿飞腾骏驰"
)
# Names that are also ordinary words: the segmenter reads them as words.
WORDLIKE = ["王平", "高峰", "文明", "江山", "金星", "白雪", "常青", "方正", "何必", "周全",
            "马力", "黄金", "高明", "石磊", "林立", "田野", "夏天", "向前", "任重", "安全",
            "严明", "毛毛", "于洋", "高山", "丁香", "万里", "汪洋", "杨柳", "钱进", "尚武",
            "华夏", "向阳", "史诗", "梁柱", "金龙", "雷鸣", "林森", "宋词", "常胜", "康健"]  # fmt: skip
PINYIN_SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu",
                   "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao"]  # fmt: skip
PINYIN_GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Qiang", "Lei", "Jun", "Yang", "Yong",
                "Xiaoming", "Jianguo", "Lihua", "Haiyan", "Zhiqiang", "Yuting", "Zihan"]  # fmt: skip

CITIES = ["郑州", "洛阳", "开封", "南阳", "周口", "石家庄", "张家港", "马鞍山", "常州", "黄石",
          "白山", "秦皇岛", "钟祥", "高邮", "金华", "丽水", "贺州", "龙岩", "武威", "梅州",
          "江门", "温州", "孟州", "邓州", "林州", "许昌", "焦作", "安阳", "曹县", "宋庄"]  # fmt: skip
DISTRICTS = ["金水区", "二七区", "高新区", "经开区", "朝阳区", "海淀区", "龙华区", "江北区",
             "石景山区", "黄浦区", "宝安区", "华龙区", "中原区", "管城回族区", "惠济区"]  # fmt: skip
BRANDS = ["金鑫", "华强", "宏达", "永盛", "鸿运", "顺发", "德福", "明辉", "安泰", "恒通",
          "王府", "李宁", "张裕", "黎明", "高科", "石化", "周大", "马氏", "陈记", "林海",
          "白云", "黄河", "长江", "东方", "欧亚", "司马台", "诸城", "万达", "文峰", "海燕",
          "春梅", "建国", "志强", "秀英", "玉兰", "晓东"]  # fmt: skip
INDUSTRY = ["建筑工程", "商贸", "食品", "餐饮管理", "物流", "房地产开发", "机械制造", "化工",
            "医药", "纺织", "电子科技", "农业开发", "劳务派遣", "汽车销售", "建材"]  # fmt: skip
FORMS = ["有限公司", "有限责任公司", "股份有限公司", "个体工商户", "合作社", "经营部", "分公司"]
DEPARTMENTS = ["市场监督管理局", "税务局", "应急管理局", "人力资源和社会保障局", "生态环境局",
               "住房和城乡建设局", "交通运输局", "卫生健康委员会", "自然资源和规划局",
               "发展和改革委员会", "公安局交通警察支队", "税务局第一稽查局", "文化广电和旅游局",
               "农业农村局", "城市管理局", "中级人民法院", "人民检察院", "海关", "统计局"]  # fmt: skip
LAWS = ["《中华人民共和国食品安全法》第三十四条", "《中华人民共和国安全生产法》",
        "《中华人民共和国税收征收管理法》第六十三条", "《劳动保障监察条例》",
        "《中华人民共和国环境保护法》第五十九条", "《中华人民共和国产品质量法》",
        "《企业信息公示暂行条例》第十七条", "《建设工程质量管理条例》第六十四条",
        "《中华人民共和国价格法》", "《保障农民工工资支付条例》第五十五条",
        "《中华人民共和国消费者权益保护法》", "《失信企业协同监管和联合惩戒合作备忘录》",
        "《关于对失信被执行人实施联合惩戒的合作备忘录》", "《中华人民共和国道路交通安全法》"]  # fmt: skip
ROLES_BEFORE = ["法定代表人", "项目经理", "经办人", "负责人", "实际控制人", "股东", "会计",
                "出纳", "总经理", "董事长", "监事", "财务负责人", "安全员", "施工员", "技术员",
                "质检员", "仓库管理员", "销售经理", "店长", "厨师长", "现场负责人", "工长",
                "当事人", "举报人", "投诉人", "证人", "被执行人", "申请执行人", "代理人",
                "执法人员", "工作人员", "村民", "业主", "司机", "驾驶员", "员工", "职工",
                "农民工", "承包人", "转包人", "挂靠人", "委托代理人", "保证人", "借款人"]  # fmt: skip
KIN = ["其妻", "其夫", "其子", "其女", "之子", "之女", "胞弟", "胞兄", "胞妹", "胞姐", "其兄",
       "其弟", "其母", "其父", "岳父", "岳母", "儿媳", "女婿", "外甥", "侄子", "表弟", "堂兄",
       "妻子", "丈夫", "儿子", "女儿", "其配偶", "其儿子", "其女儿", "其前妻", "其表哥",
       "其姐夫", "其妹夫", "其舅舅", "其姑父", "其外孙", "其孙子"]  # fmt: skip
TITLES_AFTER = ["同志", "先生", "女士", "律师", "会计师", "医生", "老师", "经理", "总", "师傅",
                "工程师", "（男）", "（女）", "（男，汉族）", "（总经理）", "（财务负责人）",
                "（系该公司股东）", "（身份证号已隐去）"]  # fmt: skip
VERBS_BEFORE = ["委托", "由", "向", "经", "将款项转给", "指使", "雇佣", "安排", "授权",
                "联系", "通知", "约谈", "询问", "督促", "协助"]  # fmt: skip
ACTS = ["因拖欠农民工工资被列入黑名单", "未按期履行法定义务", "虚开增值税专用发票",
        "提供虚假材料骗取资质", "在检查中拒绝提供账簿", "经多次催告仍未整改",
        "于2023年5月12日签收了处罚决定书", "对违法事实供认不讳", "已缴纳全部罚款",
        "负责现场施工管理", "参与了违法经营活动", "承担连带责任", "未到庭参加诉讼",
        "拒不执行生效判决", "出具了情况说明", "在询问笔录上签字确认", "共同实施了违法行为",
        "分别被处以罚款", "多次转移财产", "逃避执行"]  # fmt: skip
PROSE_OPEN = ["经查，", "经核实，", "调查发现，", "2023年3月，", "同年6月，", "另查明，", "",
              "执法人员检查时发现，", "根据举报，", "现已查明，"]  # fmt: skip


@dataclass
class Item:
    """One sentence: where the person names are (start, end, surname length as written),
    which of them the structured fields already know, and the public values in it."""

    text: str = ""
    names: list[tuple[int, int, int]] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    public: list[tuple[int, int]] = field(default_factory=list)

    def put(self, piece: str) -> None:
        self.text += piece

    def name(self, written: tuple[str, int], *, known: bool = False) -> None:
        value, surname = written
        start = len(self.text)
        self.text += value
        self.names.append((start, len(self.text), surname))
        if known:
            self.known.append(value)

    def pub(self, value: str) -> None:
        start = len(self.text)
        self.text += value
        self.public.append((start, len(self.text)))

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "names": self.names, "known": self.known,
                "public": self.public}  # fmt: skip


class Maker:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.used: set[str] = set()

    # -- names ------------------------------------------------------------------------
    def given(self) -> str:
        return "".join(self.r.choice(GIVEN) for _ in range(self.r.choice((1, 2, 2, 2))))

    def plain(self, surnames: list[str] | None = None) -> tuple[str, int]:
        surname = self.r.choice(surnames or COMMON)
        return surname + self.given(), len(surname)

    def any_name(self) -> tuple[str, int]:
        """A name in one of the spellings, weighted the way prose mixes them."""
        kind = self.r.random()
        if kind < 0.45:
            return self.plain()
        if kind < 0.60:
            return self.plain(RARE)
        if kind < 0.70:
            return self.plain(COMPOUND)
        if kind < 0.78:
            word = self.r.choice(WORDLIKE)
            return word, 1
        if kind < 0.85:
            return self.spaced()
        if kind < 0.92:
            return self.traditional()
        return self.pinyin()

    def spaced(self) -> tuple[str, int]:
        value, n = self.plain(self.r.choice((COMMON, RARE, COMPOUND)))
        sep = self.r.choice((" ", "　", " ", "·"))
        return sep.join(value) if n == 1 else value[:n] + sep + sep.join(value[n:]), n

    def traditional(self) -> tuple[str, int]:
        import zhconv

        for _ in range(50):
            value, n = self.plain(self.r.choice((COMMON, RARE)))
            trad = zhconv.convert(value, "zh-tw")
            if trad != value and len(trad) == len(value):
                return trad, n
        return trad, n

    def pinyin(self) -> tuple[str, int]:
        surname, given = self.r.choice(PINYIN_SURNAMES), self.r.choice(PINYIN_GIVEN)
        shape = self.r.random()
        if shape < 0.4:  # a Chinese surname and a pinyin given name
            han = COMMON[PINYIN_SURNAMES.index(surname)] if surname != "Wang" else "王"
            return han + given, 1
        if shape < 0.7:
            return f"{surname} {given}", len(surname)
        return f"{surname.upper()} {given}", len(surname)

    # -- public values -----------------------------------------------------------------
    def company(self) -> str:
        city = self.r.choice(CITIES)
        district = self.r.choice(DISTRICTS) if self.r.random() < 0.3 else ""
        return (f"{city}市{district}{self.r.choice(BRANDS)}{self.r.choice(INDUSTRY)}"
                f"{self.r.choice(FORMS)}")  # fmt: skip

    def department(self) -> str:
        place = self.r.choice(CITIES) + self.r.choice(("市", "县", "市" + self.r.choice(DISTRICTS)))
        return place + self.r.choice(DEPARTMENTS)

    def place(self) -> str:
        return (
            self.r.choice(CITIES)
            + "市"
            + self.r.choice(DISTRICTS)
            + self.r.choice(
                ("建设路", "人民路", "黄河路", "文化路", "金水路", "长江大道", "工业园区")
            )
        )


Template = Callable[[Maker, Item], None]


def _act(m: Maker, it: Item) -> None:
    it.put(m.r.choice(ACTS) + "。")


def t_enum(m: Maker, it: Item) -> None:
    it.put(m.r.choice(PROSE_OPEN))
    count = m.r.choice((2, 2, 3, 4))
    for i in range(count):
        if i:
            it.put("、" if i < count - 1 else m.r.choice(("、", "和", "及", "与", "、")))
        it.name(m.any_name())
    _act(m, it)


def t_enum_others(m: Maker, it: Item) -> None:
    it.put(m.r.choice(PROSE_OPEN))
    it.name(m.any_name())
    it.put("、")
    it.name(m.any_name())
    it.put(m.r.choice(("及其他三人", "等四人", "及另外两名员工", "等人", "及其他人员")))
    _act(m, it)


def t_next_to_known(m: Maker, it: Item) -> None:
    it.put(m.r.choice(PROSE_OPEN))
    pair = [(m.plain(), True), (m.any_name(), False)]
    m.r.shuffle(pair)
    it.name(pair[0][0], known=pair[0][1])
    it.put(m.r.choice(("、", "和", "与", "及")))
    it.name(pair[1][0], known=pair[1][1])
    _act(m, it)


def t_role(m: Maker, it: Item) -> None:
    it.put(m.r.choice(PROSE_OPEN))
    if m.r.random() < 0.5:
        it.pub(m.company())
    it.put(m.r.choice(ROLES_BEFORE) + m.r.choice(("", "", "：", "为", "系")))
    it.name(m.any_name())
    _act(m, it)


def t_two_roles(m: Maker, it: Item) -> None:
    it.put(m.r.choice(ROLES_BEFORE))
    it.name(m.any_name())
    it.put("与" + m.r.choice(ROLES_BEFORE))
    it.name(m.any_name())
    _act(m, it)


def t_kin(m: Maker, it: Item) -> None:
    it.put(m.r.choice(PROSE_OPEN) + "被执行人")
    it.name(m.plain(), known=True)
    it.put("将名下房产转移至" + m.r.choice(KIN))
    it.name(m.any_name())
    it.put(m.r.choice(("名下。", "处。", "名下，逃避执行。")))


def t_kin_subject(m: Maker, it: Item) -> None:
    it.put(m.r.choice(KIN) + m.r.choice(("", "", "系", "为")))
    it.name(m.any_name())
    it.put(m.r.choice(("亦在场", "代为签收文书", "代其缴纳罚款", "参与经营")) + "。")


def t_title(m: Maker, it: Item) -> None:
    it.put(m.r.choice(PROSE_OPEN))
    it.name(m.any_name())
    it.put(m.r.choice(TITLES_AFTER))
    _act(m, it)


def t_verb(m: Maker, it: Item) -> None:
    it.put(m.r.choice(PROSE_OPEN) + "该公司" + m.r.choice(VERBS_BEFORE))
    it.name(m.any_name())
    it.put(m.r.choice(("办理相关手续。", "代为签字。", "处理。", "到场配合调查。")))


def t_start(m: Maker, it: Item) -> None:
    it.name(m.any_name())
    it.put(m.r.choice(("于2022年8月", "在", "曾", "作为", "自称")))
    if m.r.random() < 0.5:
        it.pub(m.company())
    it.put("，")
    _act(m, it)


def t_pseudo_title(m: Maker, it: Item) -> None:
    it.put("当事人提交了《关于")
    it.name(m.any_name())
    it.put(m.r.choice(("同志情况的说明》。", "拖欠工资问题的报告》。", "的处理意见》。")))


def t_sign(m: Maker, it: Item) -> None:
    it.put(m.r.choice(("经办人：", "联系人：", "签收人：", "记录人：", "被询问人：", "见证人：")))
    it.name(m.any_name())
    it.put(m.r.choice(("。", "，", "；")))
    it.pub(m.department())
    it.put("。")


NAME_TEMPLATES: list[tuple[Template, int]] = [
    (t_enum, 5), (t_enum_others, 3), (t_next_to_known, 4), (t_role, 5), (t_two_roles, 2),
    (t_kin, 3), (t_kin_subject, 2), (t_title, 3), (t_verb, 3), (t_start, 3),
    (t_pseudo_title, 1), (t_sign, 2),
]  # fmt: skip


def p_company(m: Maker, it: Item) -> None:
    it.pub(m.company())
    it.put(m.r.choice(("因", "在", "于2023年")) + m.r.choice(ACTS[:5]) + "，")
    it.pub(m.department())
    it.put("依据")
    it.pub(m.r.choice(LAWS))
    it.put("作出处罚。")


def p_place(m: Maker, it: Item) -> None:
    it.put("经营场所位于")
    it.pub(m.place())
    it.put("，由")
    it.pub(m.department())
    it.put("负责监管，")
    it.pub(m.company())
    it.put("已整改完毕。")


def p_two_companies(m: Maker, it: Item) -> None:
    it.pub(m.company())
    it.put(m.r.choice(("与", "和", "、")))
    it.pub(m.company())
    it.put("存在关联交易，")
    it.pub(m.department())
    it.put("已移送")
    it.pub(m.department())
    it.put("。")


def p_law(m: Maker, it: Item) -> None:
    it.put("根据")
    it.pub(m.r.choice(LAWS))
    it.put("和")
    it.pub(m.r.choice(LAWS))
    it.put("，")
    it.pub(m.department())
    it.put("决定将")
    it.pub(m.company())
    it.put("列入严重失信主体名单。")


PUBLIC_TEMPLATES: list[tuple[Template, int]] = [
    (p_company, 3), (p_place, 2), (p_two_companies, 2), (p_law, 2),
]  # fmt: skip


def build(seed: int = SEED, names: int = 600, public: int = 600) -> list[Item]:
    """At least `names` person names and `public` sentences of public values only."""
    m = Maker(seed)
    out: list[Item] = []
    funcs, weights = zip(*NAME_TEMPLATES, strict=True)
    counted = 0
    while counted < names:
        it = Item()
        m.r.choices(funcs, weights)[0](m, it)
        out.append(it)
        counted += sum(1 for s, _, _ in it.names if it.text[s:] and _unknown(it, s))
    pfuncs, pweights = zip(*PUBLIC_TEMPLATES, strict=True)
    for _ in range(public):
        it = Item()
        m.r.choices(pfuncs, pweights)[0](m, it)
        out.append(it)
    return out


def _unknown(it: Item, start: int) -> bool:
    return not any(it.text.startswith(k, start) for k in it.known)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    lines = [json.dumps(it.to_json(), ensure_ascii=False) for it in build(args.seed)]
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

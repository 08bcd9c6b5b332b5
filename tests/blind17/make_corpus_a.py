"""Writes tests/blind17/corpus_a and its answer key: invented people, companies and numbers.

    python tests/blind17/make_corpus_a.py [FOLDER]   (default: beside this file)

Every identifier that a column checks carries a valid check character; every person,
company, phone, plate and account is made up.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

# Run as a script from anywhere: the repository root makes `tests.blind17` importable.
sys.path.insert(0, str(Path(__file__).parents[2]))

from tests.blind17.corpuslib import Corpus, counts, luhn, resident_id, uscc

HERE = Path(__file__).parent


def S(cls: str, value: str, variants: str = "") -> str:
    """A value that must not be published; `cls` may name its match mode (`class:alnum`)."""
    return f"⟦{cls}|{value}" + (f"|{variants}" if variants else "") + "⟧"


def P(value: str) -> str:
    return f"⟪{value}⟫"


def fw(text: str) -> str:
    """Full-width digits and letters, as an input method writes them."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def groups(text: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(text[i : i + n])
        i += n
    if i < len(text):
        out.append(text[i:])
    return sep.join(out)


CN = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))
SPOKEN = dict(zip("0123456789", "洞幺两三四五六拐八勾", strict=True))


def cn(text: str, table: dict[str, str] = CN) -> str:
    return "".join(table.get(c, c) for c in text)


# ---- subjects -------------------------------------------------------------------------
CO = {
    "heng": ("澜州市恒岳矿山机械有限公司", uscc("91", "410100", "MA3K7Q21")),
    "bai": ("澜州市百川食品股份有限公司", uscc("91", "410102", "MA47LP30")),
    "lv": ("澜州绿源再生资源利用有限公司", uscc("91", "410103", "MA5B9K18")),
    "jin": ("澜州金穗粮油贸易有限公司", uscc("91", "410104", "MA61RT55")),
    "tong": ("澜州通衢物流有限公司", uscc("91", "410105", "MA7CXW02")),
    "yun": ("澜州云帆建筑劳务有限公司", uscc("91", "410106", "MA8DHE74")),
    "qing": ("澜州青禾农业科技有限公司", uscc("91", "410108", "MA9EJF63")),
    "hui": ("澜州汇丰泰置业有限公司", uscc("91", "410122", "MA0FKG41")),
    "xing": ("澜州星火电子商务有限公司", uscc("91", "410181", "MA1GLH36")),
    "an": ("澜州安康医药连锁有限公司", uscc("91", "410182", "MA2HMJ29")),
    "chang": ("澜州长风客运有限公司", uscc("91", "410183", "MA3JNK87")),
    "dong": ("澜州东篱家政服务有限公司", uscc("91", "410184", "MA4KPL90")),
    "hai": ("澜州海棠文化传媒有限公司", uscc("91", "410185", "MA5LQM12")),
    "ming": ("澜州明德会计师事务所（普通合伙）", uscc("31", "410100", "MA6MRN45")),
    "yuan": ("澜州远航报关有限公司", uscc("91", "410100", "MA7NTP58")),
    "fu": ("澜州富民小额贷款股份有限公司", uscc("91", "410100", "MA8PUQ67")),
    "sheng": ("澜州盛世统计咨询有限公司", uscc("91", "410102", "MA9QWR76")),
    "kang": ("澜州康宁护理院", uscc("52", "410100", "MA0RXT85")),
    "ji": ("澜州吉祥旅行社有限公司", uscc("91", "410103", "MA1TYU94")),
    "hua": ("澜州华瑞环保科技有限公司", uscc("91", "410104", "MA2UAW03")),
    "da": ("澜州大成钢结构工程有限公司", uscc("91", "410105", "MA3WBX16")),
    "ke": ("澜州科睿检测技术有限公司", uscc("91", "410106", "MA4XCY25")),
    "xin": ("澜州鑫达保险代理有限公司", uscc("91", "410108", "MA5YDA34")),
    "jia": ("澜州嘉和慈善基金会", uscc("53", "410100", "MA6AEB43")),
    "ping": ("澜州平安驾驶员培训有限公司", uscc("91", "410122", "MA7BFC52")),
}
IB = {  # individual businesses: the name carries the operator's name
    "dou": ("澜州市鹤鸣区蔺广泽五金经营部", uscc("92", "410102", "MA8CGD61"), "蔺广泽"),
    "qiu": ("澜州市临湖县佘建国烧烤店", uscc("92", "410122", "MA9DHE70"), "佘建国"),
    "mai": ("澜州市鹤鸣区卜玉婷美甲店", uscc("92", "410102", "MA0EJF89"), "卜玉婷"),
}

MEMO = {
    "safety": "《关于对安全生产领域失信生产经营单位及其有关人员开展联合惩戒的合作备忘录》（发改财金〔2016〕1001号）",
    "safety_red": "《关于对安全生产领域守信生产经营单位及其有关人员开展联合激励的合作备忘录》（发改财金〔2017〕2219号）",
    "food": "《关于对食品药品生产经营严重失信者开展联合惩戒的合作备忘录》（发改财金〔2016〕1962号）",
    "env": "《关于对环境保护领域失信生产经营单位及其有关人员开展联合惩戒的合作备忘录》（发改财金〔2016〕1580号）",
    "tax": "《关于对重大税收违法案件当事人实施联合惩戒措施的合作备忘录（2016版）》（发改财金〔2016〕2798号）",
    "tax_red": "《关于对纳税信用A级纳税人实施联合激励措施的合作备忘录》（发改财金〔2016〕1467号）",
    "wage": "《关于对严重拖欠农民工工资用人单位及其有关人员开展联合惩戒的合作备忘录》（发改财金〔2017〕2058号）",
    "overload": "《关于对严重违法失信超限超载运输车辆相关责任主体实施联合惩戒的合作备忘录》（发改财金〔2017〕274号）",
    "logistics": "《关于对运输物流行业严重违法失信市场主体及其有关人员实施联合惩戒的合作备忘录》（发改运行〔2017〕1553号）",
    "estate": "《关于对房地产领域相关失信责任主体实施联合惩戒的合作备忘录》（发改财金〔2017〕1206号）",
    "court": "《关于印发对失信被执行人实施联合惩戒的合作备忘录的通知》（发改财金〔2016〕141号）",
    "charity": "《关于对慈善捐赠领域相关主体实施守信联合激励和失信联合惩戒的合作备忘录》（发改财金〔2018〕331号）",
    "youth": "《关于实施优秀青年志愿者守信联合激励加快推进青年信用体系建设的行动计划》（发改财金〔2016〕2012号）",
    "quality": "《关于对严重质量违法失信行为当事人实施联合惩戒的合作备忘录》（发改财金〔2016〕2202号）",
    "ip": "《关于对知识产权（专利）领域严重失信主体开展联合惩戒的合作备忘录》（发改财金〔2018〕1702号）",
    "procure": "《关于对政府采购领域严重违法失信主体开展联合惩戒的合作备忘录》（发改财金〔2018〕1614号）",
    "tour": "《关于对旅游领域严重失信相关责任主体实施联合惩戒的合作备忘录》（发改财金〔2018〕737号）",
    "medical": "《关于对严重危害正常医疗秩序的失信行为责任人实施联合惩戒合作备忘录》（发改财金〔2018〕1399号）",
    "house": "《关于对家政服务领域相关失信责任主体实施联合惩戒的合作备忘录》（发改财金〔2018〕277号）",
    "ecom": "《关于对电子商务及分享经济领域炒信行为相关失信主体实施联合惩戒的行动计划》（发改财金〔2016〕2370号）",
    "marriage": "《关于对婚姻登记严重失信当事人开展联合惩戒的合作备忘录》（发改财金〔2018〕342号）",
    "finance": "《关于对涉金融严重失信人实施联合惩戒的合作备忘录》（发改财金〔2017〕454号）",
    "social": "《关于对社会保险领域严重失信企业及其有关人员实施联合惩戒的合作备忘录》（发改财金〔2018〕1704号）",
    "stats": "《关于对统计领域严重失信企业及其有关人员开展联合惩戒的合作备忘录（修订版）》（发改财金〔2018〕1862号）",
    "trading": "《关于对公共资源交易领域严重失信主体开展联合惩戒的备忘录》（发改法规〔2018〕457号）",
    "culture": "《关于对文化市场领域严重违法失信市场主体及有关人员开展联合惩戒的合作备忘录》（发改财金〔2018〕1933号）",
    "insurance": "《关于对保险领域违法失信相关责任主体实施联合惩戒的合作备忘录》（发改财金〔2017〕1579号）",
    "customs": "《关于对海关失信企业实施联合惩戒的合作备忘录》（发改财金〔2017〕427号）",
    "accounting": "《关于对会计领域违法失信相关责任主体实施联合惩戒的合作备忘录》（发改财金〔2018〕1777号）",
}

# Persons on the lists (name column) and legal representatives: invented.
ID = {
    "dou": resident_id("410102", "19860714", "203"),
    "yan": resident_id("410105", "19790203", "415"),
    "oy": resident_id("330602", "19911127", "062"),
    "lin": resident_id("410102", "19700918", "331"),
    "she": resident_id("410122", "19680511", "557"),
    "bu": resident_id("410102", "19950308", "124"),
    "yanzm": resident_id("320584", "19881230", "746"),
    "situ": resident_id("440106", "19830621", "018"),
    "qin": resident_id("450103", "19920415", "260"),
    "li": resident_id("410181", "19750102", "389"),
    "kang": resident_id("410183", "19661009", "442"),
    "jing": resident_id("410184", "20000229", "121"),
    "gong": resident_id("410185", "19810817", "273"),
    "kuang": resident_id("440305", "19890506", "604"),
    "tan": resident_id("410108", "19930724", "815"),
    "aihe": resident_id("650102", "19870312", "039"),
    "nie": resident_id("410106", "19720130", "567"),
    "miao": resident_id("410104", "19990801", "290"),
    "diwu": resident_id("410103", "19650427", "071"),
    "zhang": resident_id("410100", "19770606", "382"),
    # legal representatives
    "teng": resident_id("410102", "19690316", "115"),
    "yu": resident_id("410103", "19740822", "226"),
    "kan": resident_id("410104", "19801105", "337"),
    "wenren": resident_id("410105", "19630219", "448"),
    "chai": resident_id("410106", "19850730", "559"),
    # persons only in prose
    "p1": resident_id("410108", "19900512", "661"),
    "p2": resident_id("410122", "19821201", "772"),
    "p3": resident_id("410181", "19960817", "883"),
    "p4": resident_id("410182", "19711023", "094"),
    "p5": resident_id("430102", "19880404", "105"),
    "p6": resident_id("510107", "19940609", "216"),
    "p7": resident_id("370102", "19781111", "327"),
    "p8": resident_id("210802", "19670725", "438"),
    "p9": resident_id("350203", "19930301", "549"),
    "p10": resident_id("610113", "19840918", "650"),
}

CARD = {
    "c1": luhn("622848041823997"),
    "c2": luhn("621700286012458833"),
    "c3": luhn("622202170400917"),
    "c4": luhn("623059110057736"),
    "c5": luhn("621483791002644"),
    "c6": luhn("622588017739265"),
    "c7": luhn("620522300148877"),
    "c8": luhn("621226170300581"),
    "c9": luhn("622700190482253"),
}

BLACK, RED, FOCUS = "black", "red", "focus"


def rows(c: Corpus) -> None:
    def co(key: str, rid: str, table: str, rep: str, rep_id: str = "", **cells: str) -> None:
        name, code = CO[key]
        c.row(
            table,
            record_id=rid,
            subject_type="法人",
            name=P(name),
            uscc=P(code),
            legal_rep=S("name_column", rep),
            legal_rep_id_type="居民身份证" if rep_id else "",
            legal_rep_id=S("id_column", rep_id) if rep_id else "",
            **cells,
        )

    def person(rid: str, table: str, name: str, number: str, **cells: str) -> None:
        c.row(
            table,
            record_id=rid,
            subject_type="自然人",
            name=S("name_column", name),
            id_type="居民身份证",
            id_number=S("id_column", number),
            **cells,
        )

    # ======== black list (English headers) ========
    co(
        "heng",
        "LZB25001",
        BLACK,
        "滕国栋",
        ID["teng"],
        list_type="黑名单",
        domain="安全生产",
        behavior=(
            f"{P('2025年3月')}，该公司在{P('鹤鸣区金星广场')}附近施工时发生坍塌，致工人"
            f"{S('name_enum', '甄友谊')}、{S('name_enum', '庞晓雯')}因未佩戴安全带受伤。"
            f"事后该公司安全员{S('name_cue', '仝海波')}（微信号：{S('im_account', 'haibo_tong1987')}）"
            f"拒不配合调查；设备核心参数为额定功率{S('trade_secret', '三千七百五十千瓦')}。"
        ),
        penalty="限制参与政府采购；限制取得安全生产许可",
        department=P("澜州市应急管理局"),
        basis=P(MEMO["safety"]),
        decision_no=P("澜应急罚〔2025〕41号"),
        decided_on="2025-04-18",
        valid_until="3年",
        contact=S("internal", "柏秋林") + " " + S("internal:alnum", "17734028816"),
        attachments="现场照片.jpg",
        trade_secret="额定功率3750千瓦",
        notes="",
    )
    co(
        "bai",
        "LZB25002",
        BLACK,
        "俞佩华",
        ID["yu"],
        list_type="黑名单",
        list_name="食品药品领域严重失信者",
        domain="食品药品",
        behavior=(
            f"生产的{P('高钙饼干')}菌落总数超标，经查配方中添加剂用量为"
            f"{S('trade_secret', '每吨１，２６０克')}，年产值达{S('trade_secret', '一千二百六十三万元')}。"
            f"质检员{S('name_enum', '栾思雨')}、{S('name_enum', '禚文杰')}等人明知不合格仍签字放行；"
            f"投诉人家住{S('address', '澜州市鹤鸣区望潮路118号7栋2单元1403室')}。"
        ),
        penalty="吊销食品生产许可证；法定代表人终身禁业",
        department=P("澜州市市场监督管理局"),
        basis=P(MEMO["food"]),
        decision_no=P("澜市监罚〔2025〕207号"),
        decided_on="2025/5/9",
        valid_until="2028-05-08",
        contact="",
        attachments=S("internal", "俞佩华") + "身份证复印件.jpg" + "|检验报告.pdf",
        trade_secret="添加剂用量每吨1260克|年产值1263万元",
        notes="",
    )
    co(
        "lv",
        "LZB25003",
        BLACK,
        "阚志强",
        ID["kan"],
        list_type="黑名单",
        domain="环境保护",
        behavior=(
            f"夜间偷排含重金属废水，运输车辆{S('plate', '豫A·3K7Q2')}和{S('plate', '豫 A D 5 8 7 1 2')}"
            f"多次往返{P('白河湿地公园')}。驾驶员{S('name_prose_group', '冼春燕')}、"
            f"{S('name_prose_group', '练志刚')}、{S('name_prose_group', '逄立伟')}及其他三人均被约谈；"
            f"现场执法人员执法证号{S('badge', '41010023017')}。"
        ),
        penalty="按日连续处罚；限制获得财政补贴",
        department=P("澜州市生态环境局"),
        basis=P(MEMO["env"]),
        decision_no=P("澜环罚〔2025〕66号"),
        decided_on="2025年6月3日",
        valid_until="",
        contact="环境执法支队 0371-69001234",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "jin",
        "LZB25004",
        BLACK,
        "闻人秀兰",
        ID["wenren"],
        list_type="黑名单",
        list_name="重大税收违法失信主体",
        domain="税务",
        behavior=(
            f"通过个人账户{S('bank_card', groups(CARD['c1'], (4, 4, 4, 4), ' '))}隐匿收入，"
            f"少缴税款；财务负责人{S('name_cue', '上官静姝')}的妹妹{S('name_cue', '上官静怡')}"
            f"负责转账，联系座机{S('landline', '（0371）6578-2349')}。"
            f"税务机关查明其进货成本为{S('trade_secret', '每吨4,860元')}。"
        ),
        penalty="阻止出境；提高纳税信用评价频次",
        department=P("国家税务总局澜州市税务局"),
        basis=P(MEMO["tax"]),
        decision_no=P("澜税稽罚〔2025〕18号"),
        decided_on="2025-07-21",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="进货成本4860元/吨",
        notes="举报人手机 " + S("internal:alnum", "15603718842"),
    )
    co(
        "yun",
        "LZB25005",
        BLACK,
        "柴宏伟",
        ID["chai"],
        list_type="黑名单",
        list_name="拖欠农民工工资失信联合惩戒对象名单",
        domain="农民工工资",
        behavior=(
            f"拖欠{P('城南安置房')}项目农民工工资共计87万元，涉及工人"
            f"{S('name_prose_group', '暴长春')}、{S('name_prose_group', '厍红梅')}、"
            f"{S('name_prose_group', '茹永福')}及其他十一人。讨薪代表{S('name_cue', '郗 宝 山')}"
            f"留下手机{S('mobile_prose', '139 4821 7730')}，其妻{S('name_cue', '祁美华')}"
            f"身份证号{S('id_prose', groups(ID['p1'], (6, 8, 4), ' '))}。"
        ),
        penalty="限制招投标；限制高消费",
        department=P("澜州市人力资源和社会保障局"),
        basis=P(MEMO["wage"]),
        decision_no=P("澜人社监〔2025〕9号"),
        decided_on="2025-08-30",
        valid_until="",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "tong",
        "LZB25006",
        BLACK,
        "谭秋生",
        list_type="黑名单",
        domain="超限超载",
        behavior=(
            f"所属重型货车{S('plate', '豫A5X387')}、{S('plate', '豫Ａ·７Ｔ２６１')}、"
            f"新能源牵引车{S('plate', '豫AF·09872')}一年内超限超载运输三次以上，最高超限"
            f"{P('百分之一百二十')}；车主{S('name_cue', '呼延 志 勇')}电话{S('mobile_prose', '186-0371-5529')}。"
        ),
        penalty="吊销道路运输证；列入重点监管",
        department=P("澜州市交通运输局"),
        basis=P(MEMO["overload"]),
        decision_no=P("澜交罚〔2025〕133号"),
        decided_on="2025-09-12",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "chang",
        "LZB25007",
        BLACK,
        "颜志明",
        list_type="黑名单",
        domain="运输物流",
        behavior=(
            f"驾驶员{S('name_cue', '韦 一 帆')}驾驶{S('plate', '豫B 66D91')}客车超员，"
            f"乘客投诉至值班座机{S('landline', '0379-6321 5508 转 806')}；"
            f"调度{S('name_cue', 'Zhou Yiming', 'zhouyiming,ZHOU YIMING')}的QQ号"
            f"{S('im_account', '2837465910')}用于私下揽客。"
        ),
        penalty="停业整顿；吊销线路经营许可",
        department=P("澜州市交通运输局"),
        basis=P(MEMO["logistics"]),
        decision_no=P("澜交罚〔2025〕178号"),
        decided_on="2025-10-08",
        valid_until="",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "hui",
        "LZB25008",
        BLACK,
        "郜向东",
        list_type="黑名单",
        domain="房地产",
        behavior=(
            f"{P('锦绣华庭')}项目虚假宣传、捂盘惜售。购房人{S('name_enum', '皇甫晓东')}、"
            f"{S('name_enum', '澹台如意')}因此损失定金；销售经理{S('name_cue', '令狐春生')}"
            f"私下收取{S('trade_secret', '1 180万元')}团购款，汇入{S('bank_card', groups(CARD['c2'], (6, 13), '-'))}。"
        ),
        penalty="暂停网签；限制新增项目",
        department=P("澜州市住房和城乡建设局"),
        basis=P(MEMO["estate"]),
        decision_no=P("澜建罚〔2025〕52号"),
        decided_on="2025-10-27",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="团购款1180万元",
        notes="",
    )
    person(
        "LZB25009",
        BLACK,
        "窦晓岚",
        ID["dou"],
        list_type="黑名单",
        list_name="失信被执行人",
        domain="失信被执行人",
        behavior=(
            f"有履行能力而拒不履行{P('（2025）澜01执 332号')}判决，名下车辆{S('plate', '豫A·G2M19')}"
            f"转移给其子{S('name_cue', '汤子健')}；申请执行人{S('name_cue', '萬國強', '万国强')}"
            f"提供的线索显示其藏匿于{S('address', '临湖县清水镇柳营村三组46号')}。"
        ),
        penalty="限制高消费；限制乘坐飞机、高铁",
        department=P("澜州市中级人民法院"),
        basis=P(MEMO["court"]),
        decision_no=P("（2025）澜01执恢 58号"),
        decided_on="2025-11-03",
        valid_until="",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    person(
        "LZB25010",
        BLACK,
        "闫振川",
        ID["yan"],
        list_type="黑名单",
        domain="婚姻登记",
        behavior=(
            f"使用伪造的《{S('in_title', '闫振川')}与{S('in_title', '苗丽娜')}离婚协议书》重复登记；"
            f"其母{S('name_cue', '蒯桂英')}手机{S('mobile_prose', fw('13503719264'))}，"
            f"身份证{S('id_prose', fw(ID['p2']))}。"
        ),
        penalty="限制办理婚姻登记以外的政务便利",
        department=P("澜州市民政局"),
        basis=P(MEMO["marriage"]),
        decision_no=P("澜民婚〔2025〕7号"),
        decided_on="2025-11-20",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    person(
        "LZB25011",
        BLACK,
        "欧阳楚菲",
        ID["oy"],
        list_type="黑名单",
        domain="金融",
        behavior=(
            f"以{P('高息理财')}为名非法吸收公众存款，收款卡号{S('bank_card', fw(CARD['c3']))}，"
            f"微信：{S('im_account', 'cf_oy2019')}，邮箱{S('im_account', 'ouyang.cf@163.com')}；"
            f"同案人{S('name_enum', '欧阳楚航')}、{S('name_enum', '司马嘉树')}因分赃不均报案。"
        ),
        penalty="限制融资；限制担任金融机构高管",
        department=P("中国人民银行澜州市分行"),
        basis=P(MEMO["finance"]),
        decision_no=P("澜银罚〔2025〕3号"),
        decided_on="2025-12-01",
        valid_until="",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    person(
        "LZB25012",
        BLACK,
        "蔺广泽",
        ID["lin"],
        list_type="黑名单",
        domain="质量",
        behavior=(
            f"销售不合格电线，执法人员（工号{S('badge', 'GH-33017')}、警号{S('badge', '０２８７６５')}）"
            f"现场查扣；其女婿{S('name_cue', '桂春生')}住宅电话{S('landline', '0371 6890 1123')}。"
            f"本人住址{S('spoken_number:numeric', '鹤鸣区青年路八十八号三单元五〇二室')}。"
        ),
        penalty="没收违法所得；限制评优评先",
        department=P("澜州市市场监督管理局"),
        basis=P(MEMO["quality"]),
        decision_no=P("澜市监罚〔2026〕15号"),
        decided_on="2026-01-14",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    c.row(
        BLACK,
        record_id="LZB26013",
        list_type="黑名单",
        subject_type="个体工商户",
        name=S("name_column", IB["qiu"][0]),
        uscc=P(IB["qiu"][1]),
        legal_rep=S("name_column", IB["qiu"][2]),
        domain="食品药品",
        behavior=(
            f"使用过期原料；经营者联系方式：{S('spoken_number', '幺三八 洞三拐幺 两两六四')}，"
            f"薇信{S('im_homophone', 'shejg_bbq')}，"
            f"收款账户{S('bank_card', groups(CARD['c4'], (4, 4, 4, 4), '　'))}。"
        ),
        penalty="停业整顿",
        department=P("澜州市市场监督管理局"),
        basis=P(MEMO["food"]),
        decision_no=P("澜市监罚〔2026〕31号"),
        decided_on="2026-02-02",
        valid_until="",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "xing",
        "LZB26014",
        BLACK,
        "厉国平",
        list_type="黑名单",
        domain="电子商务",
        behavior=(
            f"组织刷单炒信，刷手群群主{S('name_cue', '麴晓光')}，加群请联系VX："
            f"{S('im_homophone', 'qxg-shuadan8')}或企鹅号{S('im_homophone', '556677889')}；"
            f"刷单佣金比例为{S('trade_secret', '百分之十七点五')}，刷单账号共计"
            f"{S('trade_secret', '4,372个')}。"
        ),
        penalty="限制开展网络经营；列入严重违法失信名单",
        department=P("澜州市市场监督管理局"),
        basis=P(MEMO["ecom"]),
        decision_no=P("澜市监罚〔2026〕44号"),
        decided_on="2026-02-20",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="佣金比例17.5%|刷单账号4372个",
        notes="",
    )
    co(
        "an",
        "LZB26015",
        BLACK,
        "储雅琴",
        list_type="黑名单",
        domain="药品",
        behavior=(
            f"销售假药，药师{S('name_cue', '陳嘉慧', '陈嘉慧')}无证上岗；"
            f"进货渠道为《{'供货人'}{S('in_title', '宓晓楠')}手机{S('in_title:alnum', '13837102256')}》所列人员；"
            f"门店执法检查由执法证{S('badge', '豫食药监 0117')}人员完成。"
        ),
        penalty="吊销药品经营许可证",
        department=P("澜州市市场监督管理局"),
        basis=P(MEMO["food"]),
        decision_no=P("澜市监罚〔2026〕58号"),
        decided_on="2026-03-06",
        valid_until="",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "kang",
        "LZB26016",
        BLACK,
        "诸葛云飞",
        list_type="黑名单",
        domain="社会保险",
        behavior=(
            f"虚构护理记录骗取医保基金，冒用参保人{S('name_enum', '公孙 婉清')}、"
            f"{S('name_enum', '姜 乐')}、{S('name_enum', '冯宝')}的身份证（其中一人号码为"
            f"{S('id_prose', groups(ID['p3'], (3, 3, 4, 4, 4), '-'))}）。"
        ),
        penalty="解除医保服务协议；限制参与政府采购",
        department="澜州市医疗保障局（经办人"
        + S("in_public_column", "郦晓婷")
        + "，电话"
        + S("in_public_column:alnum", "18903716642")
        + "）",
        basis=P(MEMO["social"]),
        decision_no=P("澜医保罚〔2026〕12号"),
        decided_on="2026-03-19",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "sheng",
        "LZB26017",
        BLACK,
        "皮建华",
        list_type="黑名单",
        domain="统计",
        behavior=(
            f"伪造统计数据，虚报营业收入；实际营业收入为{S('trade_secret', '２３８６．４万元')}，"
            f"客户名单含{S('trade_secret', '主要客户澜州重机')}。统计员{S('name_cue', 'WANG Lixia', 'Wang Li Xia,wanglixia')}"
            f"的邮箱{S('spoken_number:text', 'wanglx2020 艾特 qq 点 com', 'wanglx2020@qq.com')}。"
        ),
        penalty="限制评优；限制享受财政补贴",
        department=P("澜州市统计局"),
        basis=P(MEMO["stats"]),
        decision_no=P("澜统罚〔2026〕4号"),
        decided_on="2026-04-01",
        valid_until="",
        contact="",
        attachments="",
        trade_secret="营业收入2386.4万元|主要客户澜州重机",
        notes="",
    )
    co(
        "da",
        "LZB26018",
        BLACK,
        "桂春生",
        list_type="黑名单",
        domain="公共资源交易",
        behavior=(
            f"在{P('澜州市体育中心')}钢结构工程招标中串通投标；陪标人"
            f"{S('name_prose_group', '宣国庆')}、{S('name_prose_group', '印明辉')}、"
            f"{S('name_prose_group', '相小川')}、{S('name_prose_group', '冉秀珍')}等四人已另案处理；"
            f"投标报价底价为{S('trade_secret', '叁仟零肆拾伍万元')}。"
        ),
        penalty="禁止参加招标投标活动三年",
        department=P("澜州市公共资源交易监督管理办公室"),
        basis=P(MEMO["trading"]),
        decision_no=P("澜公管罚〔2026〕6号"),
        decided_on="2026-04-15",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="投标底价3045万元",
        notes="",
    )
    person(
        "LZB26019",
        BLACK,
        "司徒嘉禾",
        ID["situ"],
        list_type="黑名单",
        domain="医疗秩序",
        behavior=(
            f"在{P('澜州市人民医院')}急诊科殴打医务人员{S('name_enum', '付 晓 光')}、{S('name_enum', '岳敏')}，"
            f"并在朋友圈（微信号 {S('im_account', 'situ_jh_88')}）散布不实信息；"
            f"出警民警警号{S('badge', '０１６８３２')}。"
        ),
        penalty="限制乘坐飞机、高铁",
        department=P("澜州市卫生健康委员会"),
        basis=P(MEMO["medical"]),
        decision_no=P("澜卫监〔2026〕21号"),
        decided_on="2026-05-07",
        valid_until="",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    person(
        "LZB26020",
        BLACK,
        "覃丽萍",
        ID["qin"],
        list_type="黑名单",
        domain="家政服务",
        behavior=(
            f"在雇主{S('name_cue', '澹台明远')}家中（{S('address', '金水路66号院2号楼1单元901')}）"
            f"盗窃财物；其兄{S('name_cue', '覃立军')}提供虚假健康证明。"
            f"家政公司座机：{S('landline', '０３７１—８８７６５４３２')}。"
        ),
        penalty="禁止从事家政服务",
        department=P("澜州市商务局"),
        basis=P(MEMO["house"]),
        decision_no=P("澜商罚〔2026〕3号"),
        decided_on="2026-05-26",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "hua",
        "LZB26021",
        BLACK,
        "甘露",
        list_type="黑名单",
        domain="环境保护",
        behavior=(
            f"在线监测数据造假；运维人员{S('name_word', '高升')}、{S('name_word', '江山')}因篡改数据被拘留，"
            f"法定代表人{S('name_word', '甘露')}签发了虚假报告。监测点位于"
            f"{P('方正大厦')}东侧，恰逢{P('高峰时段')}。"
        ),
        penalty="限制申请环保专项资金",
        department=P("澜州市生态环境局"),
        basis=P(MEMO["env"]),
        decision_no=P("澜环罚〔2026〕29号"),
        decided_on="2026-06-09",
        valid_until="",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    person(
        "LZB26022",
        BLACK,
        "亢海燕",
        ID["kang"],
        list_type="黑名单",
        domain="政府采购",
        behavior=(
            f"提供虚假材料谋取中标，代理人{S('name_cue', '乜永红')}持有的身份证号"
            f"{S('premasked', '4101021965')}********23 与原件不符；"
            f"联系手机{S('premasked', '1590371')}****。"
        ),
        penalty="三年内禁止参加政府采购活动",
        department=P("澜州市财政局"),
        basis=P(MEMO["procure"]),
        decision_no=P("澜财采罚〔2026〕2号"),
        decided_on="2026-06-22",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "ji",
        "LZB26023",
        BLACK,
        "宓晓楠",
        list_type="黑名单",
        domain="旅游",
        behavior=(
            f"组织{P('不合理低价游')}，导游{S('name_cue', '翟 雨 霏')}强迫游客购物；"
            f"导游证号{S('badge', 'D-4101-026518')}；游客{S('name_prose_group', '花雅琴')}、"
            f"{S('name_prose_group', '强志远')}、{S('name_prose_group', '锁春来')}及其他五人投诉。"
        ),
        penalty="吊销旅行社业务经营许可证",
        department=P("澜州市文化广电和旅游局"),
        basis=P(MEMO["tour"]),
        decision_no=P("澜文旅罚〔2026〕11号"),
        decided_on="2026-07-03",
        valid_until="",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "xin",
        "LZB26024",
        BLACK,
        "谭秋生",
        list_type="黑名单",
        domain="保险",
        behavior=(
            f"虚构保险事故骗取赔款；业务员{S('name_cue', '樊 佳')}通过"
            f"{S('im_homophone', '威信号yh_bx2026')}联络客户，"
            f"客户{S('name_prose_group', '骆海涛')}、{S('name_prose_group', '危丽娟')}及其他两人受损；"
            f"公司办公电话{S('landline', '0371-65118 807')}。"
        ),
        penalty="限制从事保险代理业务",
        department=P("国家金融监督管理总局澜州监管分局"),
        basis=P(MEMO["insurance"]),
        decision_no=P("澜金罚〔2026〕19号"),
        decided_on="2026-07-16",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    person(
        "LZB26025",
        BLACK,
        "靳雨桐",
        ID["jing"],
        list_type="黑名单",
        domain="知识产权",
        behavior=(
            f"恶意申请商标{P('“鹤鸣春”')}，以{S('spoken_number', '身份证号码前六位四一〇一八四，后面是二〇〇〇〇二二九一二一')}"
            f"登记；同伙{S('name_enum', '巩立新')}、{S('name_enum', '邝美玲')}参与。"
        ),
        penalty="限制申请专利、商标",
        department=P("澜州市市场监督管理局"),
        basis=P(MEMO["ip"]),
        decision_no=P("澜市监罚〔2026〕97号"),
        decided_on="2026-08-05",
        valid_until="",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    c.row(
        BLACK,
        record_id="LZB26026",
        list_type="黑名单",
        subject_type="个体工商户",
        name=S("name_column", IB["dou"][0]),
        uscc=P(IB["dou"][1]),
        legal_rep=S("name_column", IB["dou"][2]),
        domain="质量",
        behavior=(
            f"销售假冒{P('鹤鸣')}牌水龙头；经营者手机{S('spoken_number', '前三位139，中间四位3712，尾号6650')}；"
            f"其弟{S('name_cue', '蔺广源')}驾驶{S('plate', '豫A D 6 0 3 1 8')}送货。"
        ),
        penalty="没收违法所得",
        department=P("澜州市市场监督管理局"),
        basis="《产品质量法》；举报人"
        + S("in_public_column", "檀书豪")
        + "（电话"
        + S("in_public_column:alnum", "15937105521")
        + "）来信",
        decision_no=P("澜市监罚〔2026〕102号"),
        decided_on="2026-08-19",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )

    # ======== red list (Chinese headers, BOM) ========
    co(
        "qing",
        "LZR25001",
        RED,
        "俞佩华",
        list_type="红名单",
        list_name="纳税信用A级纳税人",
        domain="税务",
        behavior=(
            f"连续三年纳税信用A级；技术负责人{S('name_cue', '缪晨阳')}主持研发的新品种亩产"
            f"{S('trade_secret', '1,086.5公斤')}，制种配方编号{S('trade_secret', 'QH‐7741‐B')}。"
        ),
        penalty="办税绿色通道；增值税发票按需领用",
        department=P("国家税务总局澜州市税务局"),
        basis=P(MEMO["tax_red"]),
        decision_no=P("澜税认〔2025〕2号"),
        decided_on="2025-03-28",
        valid_until="3年",
        contact=S("internal", "缪晨阳") + " " + S("internal:alnum", "0371-60981122"),
        attachments="",
        trade_secret="亩产1086.5公斤|配方编号QH-7741-B",
        notes="",
    )
    person(
        "LZR25002",
        RED,
        "第五明远",
        ID["diwu"],
        list_type="红名单",
        list_name="优秀青年志愿者",
        domain="青年志愿者",
        behavior=(
            f"累计志愿服务2,100小时；与队友{S('name_enum', '欧阳 晓 晨')}、{S('name_enum', '尉迟兰')}共同发起"
            f"{P('白河守护行动')}，活动联系人QQ：{S('im_account', '1048573921')}。"
        ),
        penalty="优先推荐评优；公共文化场馆优惠",
        department=P("共青团澜州市委员会"),
        basis=P(MEMO["youth"]),
        decision_no=P("澜团认〔2025〕5号"),
        decided_on="2025-05-04",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "jia",
        "LZR25003",
        RED,
        "柴宏伟",
        list_type="红名单",
        list_name="慈善捐赠守信联合激励对象",
        domain="慈善捐赠",
        behavior=(
            f"资助{P('向阳小学')}等十二所学校；受助学生{S('name_word', '文 静')}、"
            f"{S('name_word', '白雪')}、{S('name_word', '常青')}及其他二十三人获得奖学金；"
            f"捐赠人{S('name_cue', '司空 朗')}捐款经由{S('bank_card', groups(CARD['c5'], (4, 4, 4, 4), '.'))}汇入。"
        ),
        penalty="优先安排财政资金支持",
        department=P("澜州市民政局"),
        basis=P(MEMO["charity"]),
        decision_no=P("澜民认〔2025〕12号"),
        decided_on="2025-06-18",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "ming",
        "LZR25004",
        RED,
        "颜志明",
        list_type="红名单",
        list_name="会计领域守信主体",
        domain="会计",
        behavior=(
            f"执业质量检查连续五年无问题；合伙人{S('name_enum', '闵 浩 然')}、{S('name_enum', '储一诺')}"
            f"获评先进，事务所被评为{P('文明单位')}。"
        ),
        penalty="减少检查频次",
        department=P("澜州市财政局"),
        basis=P(MEMO["accounting"]),
        decision_no=P("澜财会认〔2025〕1号"),
        decided_on="2025-07-09",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "yuan",
        "LZR25005",
        RED,
        "谭秋生",
        list_type="红名单",
        list_name="海关高级认证企业",
        domain="海关",
        behavior=(
            f"通过海关高级认证；关务主管{S('name_cue', 'Ma Xiaotong', 'maxiaotong')}"
            f"（电子邮箱 {S('im_account', 'maxt_customs＠126.com', 'maxt_customs@126.com')}）负责单证；"
            f"年进出口额{S('trade_secret', '八千六百三十万美元')}。"
        ),
        penalty="降低查验率；优先办理通关",
        department="澜州海关（联系人："
        + S("in_public_column", "司马晓燕")
        + " "
        + S("in_public_column:alnum", "13783719907")
        + "）",
        basis=P("《关于对海关高级认证企业实施联合激励的合作备忘录》（发改财金〔2016〕2190号）"),
        decision_no=P("澜关认〔2025〕8号"),
        decided_on="2025-08-12",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="年进出口额8630万美元",
        notes="",
    )
    person(
        "LZR25006",
        RED,
        "檀书豪",
        ID["tan"],
        list_type="红名单",
        list_name="诚信澜州人",
        domain="其他",
        behavior=(
            f"拾金不昧，归还失主{S('name_cue', '邴秀云')}现金及银行卡"
            f"（卡号{S('bank_card', CARD['c6'][:6] + ' ' + CARD['c6'][6:12] + ' ' + CARD['c6'][12:])}）；"
            f"失主住{S('address', '澜州市临湖县湖滨大道299号锦湖小区12幢3单元601室')}。"
        ),
        penalty="优先推荐评优",
        department=P("中共澜州市委宣传部"),
        basis=P("《澜州市诚信澜州人评选办法》"),
        decision_no=P("澜宣认〔2025〕4号"),
        decided_on="2025-09-05",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "da",
        "LZR25007",
        RED,
        "桂春生",
        list_type="红名单",
        list_name="交通运输工程建设领域守信典型企业",
        domain="交通运输工程建设",
        behavior=(
            f"承建{P('澜河大桥')}获省优质工程；项目经理{S('name_cue', '禤国良')}"
            f"（注册建造师证号{S('badge', '豫141101234567')}）。"
            f"施工工艺参数为{S('trade_secret', '焊缝熔深十二点六毫米')}。"
        ),
        penalty="投标信用加分",
        department=P("澜州市交通运输局"),
        basis=P(
            "《关于对交通运输工程建设领域守信典型企业实施联合激励的合作备忘录》（发改财金〔2018〕377号）"
        ),
        decision_no=P("澜交认〔2025〕6号"),
        decided_on="2025-10-20",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="焊缝熔深12.6毫米",
        notes="",
    )
    co(
        "heng",
        "LZR26008",
        RED,
        "滕国栋",
        list_type="红名单",
        list_name="安全生产守信生产经营单位",
        domain="安全生产",
        behavior=(
            f"（本条为整改后的另一厂区）获评安全生产标准化一级企业；安全总监"
            f"{S('name_cue', '歐陽東', '欧阳东')}、班组长{S('name_cue', '劉德勝', '刘德胜')}受表彰；"
            f"安全生产投入{S('trade_secret', '２,３６０万元')}。"
        ),
        penalty="减少日常检查频次",
        department=P("澜州市应急管理局"),
        basis=P(MEMO["safety_red"]),
        decision_no=P("澜应急认〔2026〕3号"),
        decided_on="2026-01-08",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="安全投入2360万元",
        notes="",
    )
    person(
        "LZR26009",
        RED,
        "邝美玲",
        ID["kuang"],
        list_type="红名单",
        list_name="诚信澜州人",
        domain="其他",
        behavior=(
            f"见义勇为，救起落水儿童{S('name_cue', '仉 小 北')}；孩子的父亲"
            f"{S('name_cue', '仉德顺')}致谢电话{S('landline', '(0371)8763 0921')}，"
            f"{S('spoken_number', '手机号码幺五幺-三七幺洞-拐拐勾两')}。"
        ),
        penalty="优先推荐评优",
        department=P("中共澜州市委宣传部"),
        basis=P("《澜州市诚信澜州人评选办法》"),
        decision_no=P("澜宣认〔2026〕2号"),
        decided_on="2026-02-14",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "ke",
        "LZR26010",
        RED,
        "厉国平",
        list_type="红名单",
        list_name="质量诚信企业",
        domain="质量",
        behavior=(
            f"检测报告一次合格率{S('trade_secret', '99.87%')}；实验室主任{S('name_cue', '麦 晓 彤')}"
            f"（{S('im_account', 'mxt.lab')}@{P('澜州科睿')}内部邮箱）牵头制定{P('团体标准')}。"
        ),
        penalty="优先推荐参加质量奖评选",
        department=P("澜州市市场监督管理局"),
        basis=P(MEMO["quality"]),
        decision_no=P("澜市监认〔2026〕5号"),
        decided_on="2026-03-23",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="合格率99.87%",
        notes="",
    )
    person(
        "LZR26011",
        RED,
        "巩立新",
        ID["gong"],
        list_type="红名单",
        list_name="优秀青年志愿者",
        domain="青年志愿者",
        behavior=(
            f"组织{P('金星社区')}义诊；在《{'致'}{S('in_title', '巩立新')}同志（手机{S('in_title:alnum', '18738215509')}）的感谢信》中受表扬；"
            f"搭档{S('name_cue', '司寇 明')}的{S('im_homophone', 'v信：skm_2021')}。"
        ),
        penalty="优先推荐评优",
        department=P("共青团澜州市委员会"),
        basis=P(MEMO["youth"]),
        decision_no=P("澜团认〔2026〕3号"),
        decided_on="2026-04-22",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "ping",
        "LZR26012",
        RED,
        "阚志强",
        list_type="红名单",
        list_name="守信激励对象",
        domain="运输物流",
        behavior=(
            f"教练车{S('plate', '豫A1234学')}等全部车辆年检合格；教练员{S('name_enum', '晏子墨')}、"
            f"{S('name_enum', '郦文博')}获评优秀。"
        ),
        penalty="优先安排财政资金支持",
        department=P("澜州市交通运输局"),
        basis=P(MEMO["logistics"]),
        decision_no=P("澜交认〔2026〕9号"),
        decided_on="2026-05-30",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )

    # ======== focus list (English headers) ========
    def focus(rid: str, key: str, rep: str, decided: str, **cells: str) -> None:
        co(
            key,
            rid,
            FOCUS,
            rep,
            list_type="重点关注名单",
            decided_on=decided,
            valid_until="",
            **cells,
        )

    focus(
        "LZF26001",
        "tong",
        "谭秋生",
        "2026-01-10",
        domain="运输物流",
        behavior=(
            f"货车{S('plate', '豫Ａ９Ｒ５５６')}未按规定安装卫星定位装置；司机{S('name_cue', '公冶长春')}"
            f"的执法告知书由执法证号{S('badge', '14-0371-2209')}的人员送达。"
        ),
        penalty="列为重点监管对象",
        department=P("澜州市交通运输局"),
        basis=P(MEMO["logistics"]),
        decision_no=P("澜交告〔2026〕3号"),
    )
    focus(
        "LZF26002",
        "bai",
        "俞佩华",
        "2026-02-03",
        domain="食品药品",
        behavior=(
            f"标签不规范；《{'关于'}{S('in_title', '澜州市鹤鸣区望湖路17号4单元201室')}住户投诉的处理意见》"
            f"已送达；投诉人{S('name_word', '和 平')}（住宅电话{S('landline', '0371－66085532')}）。"
        ),
        penalty="增加抽查频次",
        department=P("澜州市市场监督管理局"),
        basis=P(MEMO["food"]),
        decision_no=P("澜市监告〔2026〕8号"),
    )
    focus(
        "LZF26003",
        "lv",
        "阚志强",
        "2026-02-27",
        domain="环境保护",
        behavior=(
            f"危废台账不全；对接人微信号{S('im_account', 'lvyuan_hw_01')}，"
            f"扣扣{S('im_homophone', '3390 1177 26')}；年处置量{S('trade_secret', '1.26万吨')}。"
        ),
        penalty="增加抽查频次",
        department=P("澜州市生态环境局"),
        basis=P(MEMO["env"]),
        decision_no=P("澜环告〔2026〕5号"),
        trade_secret="年处置量12600吨",
    )
    focus(
        "LZF26004",
        "yun",
        "柴宏伟",
        "2026-03-15",
        domain="农民工工资",
        behavior=(
            f"工资支付不及时；班组长{S('name_enum', '羊舌 勇')}、{S('name_enum', '左丘芳')}代领工资；"
            f"代领人账户{S('bank_card', CARD['c7'])}。"
        ),
        penalty="约谈",
        department="澜州市人社局劳动监察支队（监察员："
        + S("in_public_column", "佟振宇")
        + "，执法证号"
        + S("in_public_column:alnum", "4101-0089")
        + "）",
        basis=P(MEMO["wage"]),
        decision_no=P("澜人社告〔2026〕4号"),
    )
    focus(
        "LZF26005",
        "hai",
        "俞佩华",
        "2026-04-02",
        domain="文化市场",
        behavior=(
            f"擅自举办营业性演出；演出联系人{S('name_cue', '宇文 嫣')}，飞机号{S('im_homophone', '@yuwenyan_show')}，"
            f"电话{S('mobile_prose', '+86 158 3710 4429')}。"
        ),
        penalty="增加抽查频次",
        department=P("澜州市文化广电和旅游局"),
        basis=P(MEMO["culture"]),
        decision_no=P("澜文旅告〔2026〕6号"),
    )
    focus(
        "LZF26006",
        "dong",
        "滕国栋",
        "2026-04-28",
        domain="家政服务",
        behavior=(
            f"家政员{S('name_word', '米兰')}、{S('name_prose_group', '秦 川')}、"
            f"{S('name_word', '黎明')}及其他三人未签订服务合同；"
            f"管理人员手机号{S('mobile_prose', '1３７-３７１０-８８２０')}。"
        ),
        penalty="约谈",
        department=P("澜州市商务局"),
        basis=P(MEMO["house"]),
        decision_no=P("澜商告〔2026〕2号"),
    )
    focus(
        "LZF26007",
        "fu",
        "颜志明",
        "2026-05-11",
        domain="金融",
        behavior=(
            f"暴力催收；催收员{S('name_cue', '俟 文 强')}冒充律师，使用号码"
            f"{S('spoken_number', '一五九 三七一零 六二八四')}；借款人身份证"
            f"{S('premasked', '410183198')}*******9X。"
        ),
        penalty="增加抽查频次",
        department=P("澜州市地方金融监督管理局"),
        basis=P(MEMO["finance"]),
        decision_no=P("澜金告〔2026〕3号"),
    )
    focus(
        "LZF26008",
        "yuan",
        "谭秋生",
        "2026-06-06",
        domain="海关",
        behavior=(
            f"申报不实；报关员{S('name_cue', '乐正 思远')}（报关员证号{S('badge', 'BG 0371 5527')}）"
            f"在《{'报关员'}{S('in_title', '乐正思远')}身份证{S('in_title:alnum', ID['p10'])}复印件》中签名。"
        ),
        penalty="提高查验率",
        department=P("澜州海关"),
        basis=P(MEMO["customs"]),
        decision_no=P("澜关告〔2026〕2号"),
    )
    focus(
        "LZF26009",
        "ji",
        "宓晓楠",
        "2026-06-30",
        domain="旅游",
        behavior=(
            f"未按合同提供住宿；游客代表{S('name_cue', 'Li Chunmei', 'lichunmei')}电话"
            f"{S('premasked', '1893721')}xxxx；导游{S('name_cue', '禚 玥')}执法检查时出示"
            f"导游证{S('badge', 'D-4101-033761')}。"
        ),
        penalty="约谈",
        department=P("澜州市文化广电和旅游局"),
        basis=P(MEMO["tour"]),
        decision_no=P("澜文旅告〔2026〕9号"),
    )
    focus(
        "LZF26010",
        "hua",
        "甘露",
        "2026-07-21",
        domain="环境保护",
        behavior=(
            f"扬尘治理不到位，渣土车{S('plate', '豫A・K6673')}未密闭；"
            f"现场负责人{S('name_enum', '凤 鸣')}、{S('name_word', '汪洋')}被约谈；"
            f"现场位于{P('石桥镇')}{P('明月湖')}北岸，临近{P('林业站')}。"
        ),
        penalty="增加抽查频次",
        department=P("澜州市城市管理局"),
        basis=P(MEMO["env"]),
        decision_no=P("澜城管告〔2026〕15号"),
    )
    focus(
        "LZF26011",
        "kang",
        "诸葛云飞",
        "2026-08-12",
        domain="医疗秩序",
        behavior=(
            f"护理人员{S('name_cue', '诸葛 晴')}无证上岗；家属{S('name_cue', '那 日 苏')}"
            f"留下住址{S('address', '鹤鸣区光明路9号院3号楼2单元402')}及"
            f"身份证{S('premasked', '1504021987')}****0012。"
        ),
        penalty="增加抽查频次",
        department=P("澜州市卫生健康委员会"),
        basis=P(MEMO["medical"]),
        decision_no=P("澜卫告〔2026〕7号"),
    )
    focus(
        "LZF26012",
        "xing",
        "厉国平",
        "2026-09-03",
        domain="电子商务",
        behavior=(
            f"店铺客服{S('name_cue', '艾合买提·吐尔逊', '艾合买提吐尔逊')}承诺返现；"
            f"返现卡号{S('bank_card', groups(CARD['c8'], (4, 4, 4, 4), '-'))}；"
            f"客服V：{S('im_homophone', 'ahmt_tx2026')}。"
        ),
        penalty="约谈",
        department=P("澜州市市场监督管理局"),
        basis=P(MEMO["ecom"]),
        decision_no=P("澜市监告〔2026〕41号"),
    )
    focus(
        "LZF26013",
        "sheng",
        "皮建华",
        "2026-10-09",
        domain="统计",
        behavior=(
            f"迟报统计报表；填报人{S('name_cue', '鲜于 宁')}，{S('im_homophone', 'WX号：xianyu_ning')}，"
            f"家住{S('spoken_number:numeric', '文化路一百零八号二号楼三单元七〇一')}。"
        ),
        penalty="约谈",
        department=P("澜州市统计局"),
        basis=P(MEMO["stats"]),
        decision_no=P("澜统告〔2026〕6号"),
    )
    c.row(
        FOCUS,
        record_id="LZF26014",
        list_type="重点关注名单",
        subject_type="个体工商户",
        name=S("name_column", IB["mai"][0]),
        uscc=P(IB["mai"][1]),
        legal_rep=S("name_column", IB["mai"][2]),
        domain="其他",
        behavior=(
            f"预付卡消费纠纷；经营者身份证{S('id_prose', groups(ID['bu'], (4, 4, 4, 4), ' '))}，"
            f"店址{S('address', '鹤鸣区解放路208号附3号')}；顾客{S('name_cue', '上官 嫣然')}投诉。"
        ),
        penalty="约谈",
        department=P("澜州市商务局"),
        basis="《澜州市单用途预付卡管理办法》；投诉人" + S("in_public_column", "上官嫣然") + "来电",
        decision_no=P("澜商告〔2026〕9号"),
        decided_on="2026-10-30",
        valid_until="",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    person(
        "LZF26015",
        FOCUS,
        "缪晨阳",
        ID["miao"],
        list_type="重点关注名单",
        domain="其他",
        behavior=(
            f"拒不履行调解协议；其配偶{S('name_cue', '苗 丽 娜')}、岳父{S('name_cue', '苗国富')}为担保人，"
            f"担保人手机{S('mobile_prose', '１５８－３７０１－６６２１')}、"
            f"身份证号{S('id_prose', groups(ID['p4'], (6, 4, 4, 4), '—'))}；另一担保人证件号"
            f"{S('premasked', '3706021979')}＊＊＊＊＊＊＊＊，手机{S('premasked', '1863711')}＊＊＊＊，"
            f"住{S('address', '澜州市鹤鸣区丰产路东段27号怡园小区5号楼东单元1101室')}。"
        ),
        penalty="约谈",
        department=P("澜州市司法局"),
        basis=P("《澜州市社会信用条例》第二十七条"),
        decision_no=P("澜司告〔2026〕2号"),
        decided_on="2026-11-02",
        valid_until="",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    person(
        "LZF26016",
        FOCUS,
        "张文华",
        ID["zhang"],
        list_type="重点关注名单",
        domain="城市管理",
        behavior=(
            f"占道经营屡教不改；城管队员（执法证号：{S('badge', 'CG410100-1137')}、"
            f"执法证{S('badge', '４１０１０３０５５６')}）多次劝导；"
            f"当事人车辆{S('plate', '豫A-Q0P73')}、身份证{S('id_prose', ID['p5'][:6] + ' ' + ID['p5'][6:])}、"
            f"手机{S('mobile_prose', '17603716690')}；其父身份证{S('premasked', '41010319520')}XXXXXX2X，"
            f"家住{S('address', '临湖县滨河镇东王庄村委会后街4号')}，当事人自称手机是{S('premasked', '1３６３７１')}＊＊＊＊８。"
        ),
        penalty="约谈",
        department=P("澜州市城市管理局"),
        basis="《澜州市城市管理条例》；现场笔录（当事人手机"
        + S("in_public_column:alnum", "17603716690")
        + "）",
        decision_no=P("澜城管告〔2026〕22号"),
        decided_on="2026-11-10",
        valid_until="",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    co(
        "hai",
        "LZB26027",
        BLACK,
        "俞佩华",
        list_type="黑名单",
        domain="文化市场",
        behavior=(
            f"非法出版物《{S('in_title', '靳雨桐')}的秘密日记：联系电话{S('in_title:alnum', '151-3710-4478')}》在店内销售；"
            f"印刷商{S('name_cue', '斛律 光')}；"
            f"发行人身份证件：{S('id_prose', ' '.join(ID['p6']))}。"
        ),
        penalty="吊销营业性演出许可证",
        department=P("澜州市文化广电和旅游局"),
        basis=P(MEMO["culture"]),
        decision_no="澜文旅罚〔2026〕55号（当事人" + S("in_public_column", "靳雨桐") + "）",
        decided_on="2026-09-18",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    person(
        "LZB26028",
        BLACK,
        "艾合买提·吐尔逊",
        ID["aihe"],
        list_type="黑名单",
        domain="失信被执行人",
        behavior=(
            f"拒不履行生效判决；其妻{S('name_cue', '古丽娜尔·买买提', '古丽娜尔买买提')}代为出面；"
            f"《{'关于被执行人住所'}{S('in_title', '临湖县湖滨路77号')}的查封公告》已张贴；"
            f"银行账户{S('bank_card', CARD['c9'])}已冻结。"
        ),
        penalty="限制高消费",
        department=P("澜州市中级人民法院"),
        basis=P(MEMO["court"]),
        decision_no=P("（2026）澜01执 87号"),
        decided_on="2026-10-15",
        valid_until="",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    person(
        "LZB26029",
        BLACK,
        "乜永红",
        ID["nie"],
        list_type="黑名单",
        domain="政府采购",
        behavior=(
            f"冒用{P('澜州大成钢结构工程有限公司')}资质投标；同行人"
            f"{S('name_prose_group', '邰国华')}、{S('name_word', '尚 可')}等人提供了伪造的"
            f"《{S('in_title', '邰国华')}身份证号{S('in_title:alnum', ID['p1'])}》；"
            f"联系人电话{S('mobile_prose', '138 3710 6673')}。"
        ),
        penalty="三年内禁止参加政府采购活动",
        department=P("澜州市财政局"),
        basis=P(MEMO["procure"]),
        decision_no=P("澜财采罚〔2026〕5号"),
        decided_on="2026-10-28",
        valid_until="3年",
        contact=S("internal", "乜永红") + "本人 " + S("internal:alnum", "13837106673"),
        attachments="",
        trade_secret="",
        notes="",
    )

    # exits: one early exit of an old listing, with personal data in its public text
    person(
        "LZB25030",
        BLACK,
        "晏子墨",
        ID["yanzm"],
        list_type="黑名单",
        domain="其他",
        behavior="未履行信用承诺。",
        penalty="约谈",
        department=P("澜州市发展和改革委员会"),
        basis=P("《澜州市社会信用条例》第二十七条"),
        decision_no="澜发改告〔2025〕1号",
        decided_on="2025-02-10",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    c.exit(
        record_id="LZB25030",
        reason="信用修复",
        exited_on="2026-06-01",
        department="澜州市发展和改革委员会（经办人"
        + S("in_public_column", "仝海燕")
        + " "
        + S("in_public_column:alnum", "0371-67701234")
        + "）",
        basis="《澜州市信用修复管理办法》第十条；申请人"
        + S("in_public_column", "晏子墨")
        + "手机"
        + S("in_public_column:alnum", "13903712208"),
        notes="申请人" + S("internal", "晏子墨") + "身份证" + S("internal:alnum", ID["yanzm"]),
    )
    person(
        "LZB25031",
        BLACK,
        "佟 振 宇",
        ID["p7"],
        list_type="黑名单",
        domain="其他",
        behavior="未履行信用承诺。",
        penalty="约谈",
        department=P("澜州市发展和改革委员会"),
        basis=P("《澜州市社会信用条例》第二十七条"),
        decision_no="澜发改告〔2025〕2号",
        decided_on="2025-03-10",
        valid_until="3年",
        contact="",
        attachments="",
        trade_secret="",
        notes="",
    )
    c.exit(
        record_id="LZB25031",
        reason="异议成立",
        exited_on="2026-11-15",
        department=P("澜州市市场监督管理局"),
        basis="异议申请（申请人"
        + S("in_public_column", "佟振宇")
        + "，微信"
        + S("in_public_column", "tzy_0371")
        + "）核查属实",
        notes="",
    )


CASES = {
    "case-a01.md": (
        "LZB25005",
        """---
title: 农民工工资领域失信惩戒典型案例（讨薪代表⟦name_cue|郗宝山⟧反映）
date: '2026-09-01'
domain: 农民工工资
record_ids:
- LZB25005
measures:
- 限制招投标
outcome: 欠薪已全部结清，⟦name_cue|郗宝山⟧（⟦mobile_prose|139-4821-7730⟧）确认收款。
---

2025年8月，⟪澜州市人力资源和社会保障局⟫接到投诉，⟪澜州云帆建筑劳务有限公司⟫拖欠
⟪城南安置房⟫项目农民工工资。工人⟦name_enum|暴长春⟧、⟦name_enum|厍红梅⟧因讨薪受阻，
与其他三名工人一起到⟦address|澜州市鹤鸣区建设路16号⟧上访。

经查，该公司财务⟦name_cue|柴 红 霞⟧使用⟦bank_card|@CARD3@⟧代发工资后截留。
案件办理人员执法证号：⟦badge|4101 0029 5563⟧（另一名：⟦badge|执法证号 41 01 0023 0265⟧）。
""",
    ),
    "case-a02.md": (
        "LZB26019",
        """---
title: 严重危害医疗秩序典型案例
date: '2026-10-10'
domain: 医疗秩序
record_ids:
- LZB26019
measures:
- 限制乘坐飞机、高铁
outcome: 当事人已被依法处理。
---

⟪澜州市人民医院⟫急诊科医生⟦name_enum|付晓光⟧、护士⟦name_enum|岳敏⟧在值班时遭到殴打。
患者家属⟦name_cue|司徒嘉禾⟧的朋友⟦name_cue|闻 一 舟⟧在《⟦in_title|闻一舟⟧住院记录（床号17，电话⟦in_title:alnum|15837109981⟧）》
中签字。医院保卫科座机：⟦landline|0371 - 6655 7788⟧，
值班医生联系方式 ⟦spoken_number|幺八六 洞三拐幺 四四洞九⟧。

⟪澜州市卫生健康委员会⟫依据⟪《关于对严重危害正常医疗秩序的失信行为责任人实施联合惩戒合作备忘录》⟫
将其列入黑名单。
""",
    ),
    "case-a03.md": (
        "LZR25006",
        """---
title: 诚信澜州人典型事迹
date: '2026-03-15'
domain: 其他
record_ids:
- LZR25006
measures:
- 优先推荐评优
outcome: 获评诚信澜州人。
---

失主⟦name_cue|邴秀云⟧在⟪金星广场⟫遗失钱包，内有身份证（⟦id_prose|@P9@⟧，
现已补办）。拾金不昧者随即联系失主的女儿⟦name_cue|邴 佳 琪⟧（QQ号：⟦im_account|2210 3345 87⟧）归还。
""",
    ),
}


def write(folder: Path) -> Corpus:
    """corpus_a/, corpus_a.secrets.json and corpus_a.public.json inside `folder`."""
    c = Corpus()
    rows(c)
    for name, (rid, text) in CASES.items():
        text = text.replace("@CARD3@", groups(CARD["c3"], (4, 4, 4, 4), " "))
        text = text.replace("@P9@", fw(groups(ID["p9"], (6, 8), " ")))
        c.case(name, text, rid)
    dataset = folder / "corpus_a"
    if dataset.exists():
        shutil.rmtree(dataset)
    c.write(
        dataset,
        folder / "corpus_a.secrets.json",
        folder / "corpus_a.public.json",
        chinese={RED},
    )
    (dataset / "dataset.yaml").write_text(
        "# Invented adversarial data for issue 17: no real person or company.\n"
        "name: 盲测语料A（全部虚构）\nlocality: 澜州市\n",
        encoding="utf-8",
    )
    return c


def main() -> None:
    c = write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
    print(f"{len(c.rows)} listings, {len(c.secrets)} secrets, {len(c.public)} public values")
    for cls, n in sorted(counts(c.secrets).items()):
        print(f"  {cls:20s} {n}")


if __name__ == "__main__":
    main()

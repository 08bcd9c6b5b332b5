"""Writes the adversarial corpus in this folder (run from the repository root:
`.venv/bin/python tests/make_adversarial.py`). Everything is invented; identifiers
carry valid check characters so that the input contract accepts them. The written files are
kept in the repository; this script documents how they were made."""

from __future__ import annotations

import base64
import csv
import io
from pathlib import Path

from stdnum import luhn

from generator import ids

HERE = Path(__file__).resolve().parent / "adversarial"


def rid(body: str) -> str:
    return body + ids.resident_id_check_char(body)


def uscc(body: str) -> str:
    return body + ids.uscc_check_char(body)


REP_ID = rid("41010519850314123")
PERSON_ID = rid("41010219770708456")
PERMIT_ID = rid("81000019900101002")
OLD_ID15 = "410105650101123"  # first generation; validation converts it
CARD = "622202123456789012" + luhn.calc_check_digit("622202123456789012")
ORG = uscc("91410100MA9ADW001")
SHOP = uscc("92410105MA9BCD002")
OTHER_ORG = uscc("91410100MA9XYT003")
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def spaced(text: str) -> str:
    return " ".join(text)


def entities(text: str) -> str:
    return "".join(f"&#{ord(c)};" for c in text)


BEHAVIOR_ORG = (
    "；".join(
        [
            "未按规定履行安全生产主体责任",
            f"法定代表人欧 阳·娜 娜（身份证号{REP_ID[:6].translate(FULLWIDTH)} {REP_ID[6:10]}-{REP_ID[10:]}）",
            "其妻子程琪杰名下账户接收转移资金",
            "举报人姜玉杰提供了现场视频",
            "项目经理韩立当场拒绝检查",
            "执法人员周正依法送达文书",
            "联系手机一三八〇〇一三八〇〇〇，备用电话+86 139-O0l3-9001",
            "邮箱 zhangwei[at]example(dot)com，QQ邮箱12345678@qq.com，QQ：87654321，微信号：wx_zhang123",
            f"涉案资金经银行卡{CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}转出",
            "涉事车辆车牌号豫A·12345",
            "家住示例市人民路128号3号楼2单元501室",
            "涉及核心配\n方A-23、年产量８９１吨等信息",
            "歐陽娜娜曾多次到场",
            f"另据&#27431;&#38451;娜娜本人陈述，{entities('程琪杰')}亦知情",
            "经%E7%A8%8B%E7%90%AA%E6%9D%B0签字确认",
            "\\u6b27\\u9633\\u5a1c\\u5a1c未到场",
            "证件信息" + base64.b64encode(REP_ID.encode()).decode(),
            "电话\u202e" + "13800139001"[::-1] + "\u202c已停机",
            "备注<script>alert('x')</script>{{ config }}{% raw %}",
            "另见示例市恒达建材有限公司（统一社会信用代码" + ORG + "）",
            "依据《中华人民共和国安全生产法》第九十四条",
        ]
    )
    + "。"
)

BEHAVIOR_PERSON = (
    f"李明明（身份证号4<b>1</b>0102 19770708 4567的持有人李 明 明）拒不履行生效判决，"
    f"其旧身份证号{OLD_ID15}，债权人王芳多次催讨未果，其丈夫陈建华代为办理，"
    "联系电话１３６ ００１３ ６０００。"
)

HEADER = ("record_id", "list_type", "subject_type", "name", "uscc", "reg_no_old", "legal_rep",
          "legal_rep_id_type", "legal_rep_id", "id_type", "id_number", "domain", "behavior",
          "penalty", "department", "basis", "decision_no", "decided_on", "valid_until",
          "contact", "attachments", "trade_secret", "notes")  # fmt: skip

ROWS = [
    {"record_id": "ADV-1", "list_type": "黑名单", "subject_type": "法人",
     "name": "示例市恒达建材有限公司", "uscc": ORG, "legal_rep": "欧阳娜娜",
     "legal_rep_id_type": "居民身份证", "legal_rep_id": REP_ID, "domain": "安全生产",
     "behavior": BEHAVIOR_ORG, "penalty": "=HYPERLINK(\"http://x\")；+cmd|'/c calc'!A0；@SUM(1)；限制参与政府采购",
     "department": "示例市应急管理局", "basis": "《中华人民共和国安全生产法》",
     "decision_no": "示应急罚〔2025〕12号", "decided_on": "2025-03-01", "valid_until": "3年",
     "contact": "联系人：赵小刚 13712345678", "attachments": "赵小刚身份证复印件.pdf",
     "trade_secret": "核心配方A-23|年产量891吨", "notes": "内部：举报人姜玉杰"},
    {"record_id": "ADV-2", "list_type": "黑名单", "subject_type": "自然人", "name": "李明明",
     "id_type": "居民身份证", "id_number": PERSON_ID, "domain": "安全生产",
     "behavior": BEHAVIOR_PERSON, "penalty": "限制高消费", "department": "示例市应急管理局",
     "basis": "《中华人民共和国民事诉讼法》", "decision_no": "示应急罚〔2025〕13号",
     "decided_on": "2025-04-01", "valid_until": "2年"},
    {"record_id": "ADV-3", "list_type": "黑名单", "subject_type": "个体工商户",
     "name": "示例市王建国百货店", "uscc": SHOP, "legal_rep": "王建国",
     "legal_rep_id_type": "身份证", "legal_rep_id": OLD_ID15, "domain": "安全生产",
     "behavior": "店主王建国销售过期食品，帮工刘 洋协助。", "penalty": "罚款人民币2万元",
     "department": "示例市应急管理局", "basis": "《中华人民共和国食品安全法》",
     "decision_no": "示应急罚〔2025〕14号", "decided_on": "2025-05-01", "valid_until": ""},
    {"record_id": "ADV-4", "list_type": "黑名单", "subject_type": "自然人", "name": "Anna Keller",
     "id_type": "护照", "id_number": "E12345678", "domain": "安全生产",
     "behavior": "ANNA  KELLER（护照号E1234 5678）与同伙Lukas Novak无证施工，居住证号" + PERMIT_ID + "。",
     "penalty": "限制参与政府采购", "department": "示例市应急管理局",
     "basis": "《中华人民共和国安全生产法》", "decision_no": "示应急罚〔2025〕15号",
     "decided_on": "2025-06-01", "valid_until": "1年"},
    {"record_id": "ADV-5", "list_type": "红名单", "subject_type": "法人",
     "name": "示例市李明建材有限公司", "uscc": OTHER_ORG, "legal_rep": "孙丽",
     "legal_rep_id_type": "居民身份证", "legal_rep_id": rid("11010519600101003"[:17]),
     "domain": "安全生产", "behavior": "连续五年未发生生产安全事故，负责人孙丽获表彰。",
     "penalty": "在行政审批中开辟绿色通道", "department": "示例市应急管理局",
     "basis": "《关于对安全生产领域守信生产经营单位及其有关人员开展联合激励的合作备忘录》（发改财金〔2017〕2219号）",
     "decision_no": "示应急认〔2025〕3号", "decided_on": "2025-02-01", "valid_until": "3年"},
]  # fmt: skip

CASE = f"""---
title: 安全生产领域失信惩戒典型案例（程琪杰举报）
date: '2025-07-01'
domain: 安全生产
record_ids: [ADV-1, ADV-2]
measures: [限制参与政府采购]
outcome: 该主体仍在名单有效期内，李明明已被限制高消费。
---

2025年3月，示例市应急管理局发现示例市恒达建材有限公司（法定代表人欧阳娜娜）未履行安全生产主体责任。

其妻子程琪杰向有关部门反映了情况，并留下联系电话{"15633982434".translate(FULLWIDTH)}；债权人王芳、知情人郑大海亦作证。

李明明的身份证号码为 {spaced(PERSON_ID)}，住示例市建设路66号7栋301室。工艺参数：年产量
891吨。

<img src=x onerror=alert(1)> [点此](javascript:alert(1)) {{{{ 7*7 }}}}
"""


def main() -> None:
    (HERE / "lists").mkdir(exist_ok=True)
    (HERE / "cases").mkdir(exist_ok=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in ROWS:
        writer.writerow([row.get(h, "") for h in HEADER])
    (HERE / "lists" / "black.csv").write_text(buffer.getvalue(), encoding="utf-8")
    (HERE / "cases" / "case-adv.md").write_text(CASE, encoding="utf-8")
    (HERE / "exits.csv").write_text(
        "record_id,reason,exited_on,department,basis\r\n"
        "ADV-5,其他,2025-06-01,示例市应急管理局,主体已注销，经办人周正复核\r\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()

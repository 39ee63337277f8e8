#!/usr/bin/env python3
"""Writes the CSV files of tests/data/import (committed; run again only to change them).

Each file is what Excel or WPS writes: CRLF line ends, UTF-8 with or without BOM, or GB18030.
The ID numbers carry a correct GB 11643 check character unless a row is meant to be broken.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region, birth, seq):
    body = f"{region}{birth}{seq:03d}"
    return body + "10X98765432"[sum(int(x) * y for x, y in zip(body, W)) % 11]


def write(name, lines, encoding="utf-8", bom=False, eol="\r\n"):
    data = (eol.join(lines) + eol).encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


A1, A2, A3 = "清河四街 1排 1号", "清河四街 1排 2号", "一号院 3号"

write("households-utf8.csv", [
    "住址,院落,备注",
    f"{A1},0,",
    f"{A2},0,东头第二家",
    f"{A3},1,",
])

write("residents-utf8.csv", [
    "姓名,身份证号,手机号,住址,类别",
    f"王小明,{idn('110108', '19800101', 11)},13800000001,{A1},户籍",
    f"李娜,{idn('110108', '19820202', 22)},13800000002,{A1},户籍居民",
    f"张伟,{idn('110108', '19900303', 33)},13800000003,{A2},",
])

write("residents-utf8-bom.csv", [
    "Name,ID Number,Phone,Address,Category",
    f"刘洋,{idn('110108', '19750505', 55)},138 0000 0005,{A2},registered_resident",
    f"陈静,{idn('110108', '19880808', 88)},13800000006,{A3},",
], bom=True)

# Quoted cells: a comma inside, "" escapes and a line break inside a cell (so the file's
# lines and its rows part ways: the row after it starts on line 4).
write("migrants-gb18030.csv", [
    "姓名,身份证号,手机号,住址,类别,备注",
    f"赵敏,{idn('652901', '19950101', 101)},13900000001,\"{A1}\",流动人口,\"他说\"\"你好\"\"\r\n第二行\"",
    f"孙丽,{idn('652901', '19960202', 102)},13900000002,{A2},外来务工,\"逗号,在里面\"",
    f"周强,{idn('652901', '19970303', 103)},13900000003,{A3},,",
], encoding="gb18030")

write("migrants-broken-gb18030.csv", [
    "姓名,身份证号,手机号,住址,类别",
    f"吴一,{idn('652901', '19900101', 201)},13900000011,{A1},流动人口",  # line 2 accepted
    "坏身份证,110108199001011234,13900000012," + A1 + ",流动人口",  # 3 id_invalid
    f"坏手机,{idn('652901', '19900101', 203)},12345,{A1},流动人口",  # 4 phone_invalid
    ",,,,",  # 5 empty row
    f"重复,{idn('652901', '19900101', 201)},13900000015,{A2},流动人口",  # 6 duplicate_in_file
    f"=HYPERLINK(\"x\"),{idn('652901', '19900101', 206)},13900000016,{A2},流动人口",  # 7 formula_cell
    f"无门牌,{idn('652901', '19900101', 207)},13900000017,清河四街 99排 9号,流动人口",  # 8 household_unknown
    f",{idn('652901', '19900101', 208)},13900000018,{A2},流动人口",  # 9 name_missing
    f"引号\"未闭合,{idn('652901', '19900101', 209)},13900000019,{A2},流动人口",  # 10 stray_quote
    f"郑二,{idn('652901', '19900101', 210)},13900000020,{A3},流动人员",  # 11 accepted
    f"钱三,{idn('652901', '19900101', 211)},13900000021,{A3},火星人",  # 12 category_unknown
], encoding="gb18030")

write("vehicles-utf8.csv", [
    "车牌号,住址,车辆类型",
    f"京A·12345,{A1},内部车辆",
    f"京AD12345,{A2},",
    f"京B 54321,{A3},外部车辆",
    f"京I12345,{A1},",  # plate_invalid (no I on plates)
    f"京a12345,{A2},",  # duplicate_in_file (same plate, other spelling)
    f"京C11111,清河四街 99排 9号,",  # household_unknown
])

# A quote that never closes swallows the rest of the file: refused, naming line 3.
write("unclosed-quote.csv", [
    "姓名,身份证号,手机号,住址,类别",
    f"王小明,{idn('110108', '19800101', 11)},13800000001,{A1},户籍",
    f"\"李娜,{idn('110108', '19820202', 22)},13800000002,{A1},户籍",
    f"张伟,{idn('110108', '19900303', 33)},13800000003,{A2},户籍",
])

# GB18030 with one line pasted in from a UTF-8 file (line 4).
gb = ["姓名,身份证号,手机号,住址,类别",
      f"王小明,{idn('110108', '19800101', 11)},13800000001,{A1},户籍",
      f"李娜,{idn('110108', '19820202', 22)},13800000002,{A1},户籍"]
utf8_line = f"张伟,{idn('110108', '19900303', 33)},13800000003,{A2},户籍"
gb_tail = f"陈静,{idn('110108', '19880808', 88)},13800000006,{A3},户籍"
with open(os.path.join(HERE, "mixed-encoding.csv"), "wb") as f:
    f.write(("\r\n".join(gb) + "\r\n").encode("gb18030"))
    f.write((utf8_line + "\r\n").encode("utf-8"))
    f.write((gb_tail + "\r\n").encode("gb18030"))

# Headers nobody recognises: the import needs a mapping for them.
write("unknown-headers-utf8.csv", [
    "人名,证件,住处,联络",
    f"王小明,{idn('110108', '19800101', 11)},{A1},13800000001",
    f"李娜,{idn('110108', '19820202', 22)},{A1},13800000002",
])

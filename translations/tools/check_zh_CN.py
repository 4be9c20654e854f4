#!/usr/bin/env python3
"""Consistency checks of cutover_zh_CN.ts beyond what lrelease and
tst_translations test: placeholders (also %L1 and repeats), HTML tags,
newlines and tabs, accelerator letters, trailing ellipsis and colon.
Usage: python3 translations/tools/check_zh_CN.py"""
import os
import re
import sys
import xml.etree.ElementTree as ET

TS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cutover_zh_CN.ts")


def accel(text):
    m = re.search(r"&([^&\s])", text.replace("&&", ""))
    return m.group(1).upper() if m else None


problems = []
for ctx in ET.parse(TS).getroot().iter("context"):
    name = ctx.findtext("name")
    for msg in ctx.iter("message"):
        src = msg.findtext("source")
        tr_el = msg.find("translation")
        forms = [f.text or "" for f in tr_el.iter("numerusform")] or [tr_el.text or ""]
        for tr in forms:
            where = f"[{name}] {src!r} -> {tr!r}"
            if sorted(re.findall(r"%L?\d+|%n", src)) != sorted(re.findall(r"%L?\d+|%n", tr)):
                problems.append("placeholders " + where)
            if sorted(re.findall(r"</?\w+[^>]*>", src)) != sorted(re.findall(r"</?\w+[^>]*>", tr)) and "<h3>" in src:
                problems.append("html " + where)
            for ch in ("\n", "\t"):
                if src.count(ch) != tr.count(ch):
                    problems.append(f"{ch!r} count " + where)
            if accel(src) != accel(tr):
                problems.append("accelerator " + where)
            if src.endswith("…") != tr.endswith("…"):
                problems.append("ellipsis " + where)
            if src.endswith(":") and not tr.endswith(("：", ":")):
                problems.append("colon " + where)
print("\n".join(problems) or "ok")
sys.exit(1 if problems else 0)

#!/usr/bin/env python3
"""Fill translations/cutover_zh_CN.ts from zh_CN_map.py and the English
plural forms of translations/cutover_en.ts; repeatable after
`ninja update_translations`. Rewrites only the <translation> elements, so the
file keeps the layout lupdate writes. Prints the messages it cannot translate
and exits 1 if there are any.

Usage: python3 translations/tools/apply_translations.py
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from zh_CN_map import CTX, T  # noqa: E402

TS_DIR = os.path.dirname(HERE)

MESSAGE_RE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
NAME_RE = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>", re.S)
SOURCE_RE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)
TRANSLATION_RE = re.compile(r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)


def unescape(text):
    return html.unescape(text)


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


# English singular/plural forms the rules below would get wrong.
EN_FORMS = {
    "%n s": ["%n s", "%n s"],
    "%n file, %1": ["%n file, %1", "%n files, %1"],
    "%n files, %1 in all": ["%n file, %1 in all", "%n files, %1 in all"],
    "%n case(s) match the filter": ["%n case matches the filter", "%n cases match the filter"],
}


def english_forms(source):
    if source in EN_FORMS:
        return EN_FORMS[source]
    if "(s)" in source:
        return [source.replace("(s)", ""), source.replace("(s)", "s")]
    if source.endswith("without a target"):
        return [source, source]
    if source.endswith("s"):
        return [source[:-1], source]
    return [source, source + "s"]


def translation_xml(indent, forms, numerus):
    if not numerus:
        return f"{indent}<translation>{escape(forms[0])}</translation>"
    inner = "".join(f"\n{indent}    <numerusform>{escape(f)}</numerusform>" for f in forms)
    return f"{indent}<translation>{inner}\n{indent}</translation>"


def process(path, lookup):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    # Map each message offset to its context name.
    contexts = [(m.start(), unescape(m.group("name"))) for m in NAME_RE.finditer(text)]
    missing = []
    counts = {"translated": 0, "numerus": 0}

    def context_at(pos):
        name = ""
        for start, n in contexts:
            if start > pos:
                break
            name = n
        return name

    def replace_message(m):
        body = m.group("body")
        source = unescape(SOURCE_RE.search(body).group("text"))
        numerus = 'numerus="yes"' in m.group("attrs")
        tm = TRANSLATION_RE.search(body)
        if 'type="obsolete"' in tm.group("attrs") or 'type="vanished"' in tm.group("attrs"):
            return m.group(0)
        forms = lookup(context_at(m.start()), source, numerus)
        if forms is None:
            missing.append((context_at(m.start()), source))
            return m.group(0)
        counts["translated"] += 1
        counts["numerus"] += numerus
        new_body = body[:tm.start()] + translation_xml(tm.group("indent"), forms, numerus) + body[tm.end():]
        return f"{m.group('indent')}<message{m.group('attrs')}>{new_body}</message>"

    new_text = MESSAGE_RE.sub(replace_message, text)
    with open(path, "w", encoding="utf-8") as f:
        f.write(new_text)
    return counts, missing


def zh_lookup(context, source, numerus):
    tr = CTX.get((context, source), T.get(source))
    if tr is None:
        return None
    return [tr]


def en_lookup(context, source, numerus):
    return english_forms(source) if numerus else None


def main():
    ok = True
    for name, lookup in (("cutover_zh_CN.ts", zh_lookup), ("cutover_en.ts", en_lookup)):
        counts, missing = process(os.path.join(TS_DIR, name), lookup)
        print(f"{name}: {counts['translated']} translated ({counts['numerus']} plural), "
              f"{len(missing)} missing")
        for context, source in missing:
            print(f"  MISSING [{context}] {source!r}")
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

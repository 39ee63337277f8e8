#!/usr/bin/env python3
"""Fills the zh_CN and en .ts files from the glossaries in resources/translations/zh_CN/*.tsv.

lupdate keeps the .ts files in step with the sources; this fills in what a translator
agreed in the glossary (source<TAB>translation, "\\n" for a newline). English is the
source language, so gatepost_en.ts gets each source text as its own translation.
Usage: scripts/fill-translations.py   (run after the gatepost_gui_lupdate target)
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

root = pathlib.Path(__file__).resolve().parent.parent
tr_dir = root / "resources" / "translations"
glossary = {}
for tsv in sorted((tr_dir / "zh_CN").glob("*.tsv")):
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        src, dst = line.split("\t")
        glossary[src.replace("\\n", "\n")] = dst.replace("\\n", "\n")

missing = []
for lang in ("zh_CN", "en"):
    path = tr_dir / f"gatepost_{lang}.ts"
    tree = ET.parse(path)
    for msg in tree.iter("message"):
        src = msg.find("source").text or ""
        tr = msg.find("translation")
        text = src if lang == "en" else glossary.get(src)
        if text is None:
            missing.append(src)
            continue
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            # One form in Chinese; English keeps the source text for one and for many.
            forms = tr.findall("numerusform")
            for f in forms[1:] if lang == "zh_CN" else []:
                tr.remove(f)
            if not forms:
                forms = [ET.SubElement(tr, "numerusform")]
            if lang == "en" and len(forms) < 2:
                forms.append(ET.SubElement(tr, "numerusform"))
            tr.text = None
            for f in tr.findall("numerusform"):
                f.text = text
                f.tail = None
        else:
            tr.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # Keep lupdate's doctype so the file round-trips unchanged.
    body = path.read_text(encoding="utf-8").split("\n", 1)[1]
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")

if missing:
    print("no zh_CN translation for:", *sorted(set(missing)), sep="\n  ", file=sys.stderr)
    sys.exit(1)

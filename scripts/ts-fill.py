#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Fills translations in a Qt .ts file from a TSV of 'context<TAB>source<TAB>translation' lines.

Used by developers after `ninja update_translations`: only entries whose context and source match are filled,
and the 'unfinished' mark is removed from them. Plural entries take the translation for every numerus form.
"""
import sys
import xml.etree.ElementTree as ET

def main(ts_path, tsv_path):
    table = {}
    with open(tsv_path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            ctx, src, dst = line.split("\t")
            table[(ctx, src.replace("\\n", "\n"))] = dst.replace("\\n", "\n")
    tree = ET.parse(ts_path)
    filled = missing = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            key = (name, src)
            if key not in table and ("*", src) in table:
                key = ("*", src)
            if key in table:
                if msg.get("numerus") == "yes":
                    for child in list(tr):
                        tr.remove(child)
                    tr.text = None
                    form = ET.SubElement(tr, "numerusform")
                    form.text = table[key]
                else:
                    tr.text = table[key]
                tr.attrib.pop("type", None)
                filled += 1
            elif tr.get("type") == "unfinished":
                missing += 1
                print(f"untranslated: [{name}] {src!r}", file=sys.stderr)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, encoding="utf-8") as f:
        body = f.read()
    body = body.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write(body if body.endswith("\n") else body + "\n")
    print(f"filled {filled}, still untranslated {missing}")
    return 1 if missing else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

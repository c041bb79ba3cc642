"""Reads a strategy document's DOCX with python-docx and prints, as JSON, its level-1 and level-2
headings (by their real heading styles), its tables, its pictures and its captions."""
import json, sys
import docx

d = docx.Document(sys.argv[1])
paragraphs = d.paragraphs
print(json.dumps({
    "heading1": [p.text for p in paragraphs if p.style.name == "Heading 1"],
    "heading2": [p.text for p in paragraphs if p.style.name == "Heading 2"],
    "captions": [p.text for p in paragraphs if p.style.name == "Caption"],
    "tables": len(d.tables),
    "tableHeaders": [[c.text for c in t.rows[0].cells] for t in d.tables],
    "pictures": len(d.inline_shapes),
    "pageWidthCm": round(d.sections[0].page_width.cm, 1),
    "header": d.sections[0].header.paragraphs[0].text if d.sections[0].header.paragraphs else "",
    "title": d.core_properties.title,
}))

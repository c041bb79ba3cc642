"""Reads a strategy document's HTML with html5lib (strict: any parse error fails) and prints what
it holds as JSON: chapter headings, section headings, table and figure captions, whether it needs
the network or scripts."""
import json, sys
import html5lib

with open(sys.argv[1], "rb") as f:
    data = f.read()
parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
doc = parser.parse(data)

def text(node):
    return "".join(node.itertext()).strip()

urls = [el.get(attr) for el in doc.iter() for attr in ("src", "href") if el.get(attr)]
print(json.dumps({
    "chapters": [text(h) for h in doc.iter("h1")],
    "sections": [text(h) for h in doc.iter("h2")],
    "tables": [text(c) for c in doc.iter("caption")],
    "figures": [text(c) for c in doc.iter("figcaption")],
    "svgs": sum(1 for el in doc.iter() if isinstance(el.tag, str) and el.tag.endswith("svg")),
    "scripts": sum(1 for _ in doc.iter("script")),
    "externalUrls": [u for u in urls if not u.startswith("#")],
    "lang": doc.get("lang"),
}))

"""The yardstick of the benchmarks: the script a researcher writes in an hour instead of using the
toolkit. Regular expressions find numbers with a unit, the sentence around each is its quote, the
nearest year before it in the sentence (else the document's last year seen) is its year, and every
hit goes to one JSON file. Usage: python3 regex-script.py CORPUS_DIR OUT_FILE
"""
import json
import re
import sys
from pathlib import Path

NUMBER = re.compile(
    r"(\d+(?:\.\d+)?)\s*(%|％|个百分点|万人|万元|亿元|元|所|个|人|名|项|间|平方米|小时|天|次)"
)
YEAR = re.compile(r"(20\d\d)年")
SENTENCE = re.compile(r"[^。；;\n]+[。；;]?")


def main(corpus: Path, out: Path) -> None:
    docs = json.loads((corpus / "metadata.json").read_text(encoding="utf-8"))
    rows = []
    for doc in docs:
        text = (corpus / doc["source_file"]).read_text(encoding="utf-8")
        last_year = None
        for s in SENTENCE.finditer(text):
            sentence = s.group(0)
            years = [(m.start(), int(m.group(1))) for m in YEAR.finditer(sentence)]
            for m in NUMBER.finditer(sentence):
                if YEAR.match(sentence, m.start()):
                    continue
                before = [y for at, y in years if at < m.start()]
                year = before[-1] if before else last_year
                rows.append(
                    {
                        "doc_id": doc["doc_id"],
                        "city": doc["city"],
                        "value": float(m.group(1)),
                        "unit": m.group(2),
                        "year": year,
                        "quote": sentence.strip(),
                        "start": s.start() + m.start(),
                        "end": s.start() + m.end(),
                    }
                )
            if years:
                last_year = years[-1][1]
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(rows)} figures from {len(docs)} documents")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))

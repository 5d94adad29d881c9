"""Build ``eurasia_110m.json`` (country outlines for the map) from Natural Earth 1:110m.

Source: Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (public domain), as shipped
inside the geopandas 0.14.4 wheel on PyPI (geopandas/datasets/naturalearth_lowres). Run once by a
developer; the output is committed, so neither the program nor CI needs geopandas or a download:

    pip download --no-deps geopandas==0.14.4 -d /tmp/gpd && pip install pyshp
    python resources/map/build_map.py /tmp/gpd/geopandas-0.14.4-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import zipfile
from pathlib import Path

import shapefile  # pyshp

HERE = Path(__file__).resolve().parent
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
CONTINENTS = {"Asia", "Europe"}
EXTRA = {"EGY", "ETH", "LBY", "TUN", "DZA", "MAR", "SDN"}  # states the blocs name, near Eurasia


def _ring_area(ring: list[tuple[float, float]]) -> float:
    return 0.5 * sum(
        x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=False)
    )


def build(wheel: Path, output: Path) -> int:
    with zipfile.ZipFile(wheel) as archive:
        parts = {ext: io.BytesIO(archive.read(f"{MEMBER}.{ext}")) for ext in ("shp", "shx", "dbf")}
    # The .cpg says ISO-8859-1 (e.g. "Côte d'Ivoire").
    reader = shapefile.Reader(
        shp=parts["shp"], shx=parts["shx"], dbf=parts["dbf"], encoding="latin-1"
    )
    countries: dict[str, dict[str, object]] = {}
    for shape_record in reader.iterShapeRecords():
        record = shape_record.record.as_dict()
        code = record["iso_a3"]
        if record["continent"] not in CONTINENTS and code not in EXTRA:
            continue
        if code in ("-99", "") or len(code) != 3:
            continue
        shape = shape_record.shape
        bounds = [*list(shape.parts), len(shape.points)]
        rings = []
        for start, end in itertools.pairwise(bounds):
            ring = [
                (round(x + (360 if code == "RUS" and x < 0 else 0), 2), round(y, 2))
                for x, y in shape.points[start:end]
            ]
            if abs(_ring_area(ring)) >= 0.05:  # drop specks that vanish at map scale
                rings.append(ring)
        countries[code] = {"name": record["name"], "rings": rings}
    data = {
        "provenance": {
            "source": "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries",
            "licence": "public domain (Natural Earth terms of use)",
            "via": "geopandas 0.14.4 wheel on PyPI, geopandas/datasets/naturalearth_lowres",
            "processing": "Europe, Asia and nearby states kept; coordinates rounded to 0.01 "
            "degree; Russia's far-eastern longitudes shifted by +360 so it is "
            "drawn in one piece; rings under 0.05 square degrees dropped",
            "built_by": "resources/map/build_map.py",
        },
        "countries": dict(sorted(countries.items())),
    }
    output.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    return len(countries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("wheel", type=Path)
    parser.add_argument("--output", type=Path, default=HERE / "eurasia_110m.json")
    args = parser.parse_args()
    print(f"{build(args.wheel, args.output)} countries written to {args.output}")


if __name__ == "__main__":
    main()

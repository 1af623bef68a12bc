#!/usr/bin/env python3
"""Makes the route map's land outlines (charts/land-50m.txt) from Natural Earth 1:50m land.

Input: land-50m.json from the npm package world-atlas@2.0.2 (Natural Earth 4.1.0 land as
TopoJSON; Natural Earth is in the public domain, world-atlas is ISC-licensed):
    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 sim/tools/land-from-world-atlas.py package/land-50m.json \
        > sim/src/main/resources/org/lngsim/charts/land-50m.txt

Output: one ring per line, "lon,lat lon,lat ...", degrees to 0.01, only the rings that reach the
route map (longitudes 20..200 once what lies west of 25 W is shifted east by 360, as the map
does; latitudes -47..57),
simplified (Ramer-Douglas-Peucker, 0.03 degrees: under a third of a pixel at 1600 px).
"""
import json
import sys

WRAP_WEST_OF = -25.0
BOX = (20.0, 200.0, -47.0, 57.0)
TOLERANCE = 0.03


def decode(topology):
    scale = topology["transform"]["scale"]
    translate = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def simplify(points, tolerance):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        worst, at = 0.0, None
        for k in range(first + 1, last):
            px, py = points[k]
            d = (abs(dy * px - dx * py + x2 * y1 - y2 * x1) / length if length > 0
                 else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5)
            if d > worst:
                worst, at = d, k
        if at is not None and worst > tolerance:
            keep[at] = True
            stack.append((first, at))
            stack.append((at, last))
    return [p for p, k in zip(points, keep) if k]


def unwrap(points):
    """As the map does, west of 25 W is drawn east of 180: a ring crossing the antimeridian (Eurasia
    reaching Chukotka) point by point, any other ring whole, by its mean (so the Cape Verde islands,
    astride 25 W, stay in one piece)."""
    xs = [x for x, _ in points]
    if max(xs) - min(xs) > 180:
        return [(x + 360.0 if x < WRAP_WEST_OF else x, y) for x, y in points]
    shift = 360.0 if sum(xs) / len(xs) < WRAP_WEST_OF else 0.0
    return [(x + shift, y) for x, y in points]


def main(path):
    topology = json.load(open(path))
    arcs = decode(topology)
    print("# Land outlines for the route map: Natural Earth 1:50m land, version 4.1.0 (public domain,")
    print("# naturalearthdata.com), via the npm package world-atlas@2.0.2 (ISC). Made by")
    print("# sim/tools/land-from-world-atlas.py: rings reaching lon 20..200 (the Americas shifted east")
    print("# by 360), lat -47..57, simplified to 0.03 degrees. One ring per line: lon,lat pairs.")
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for indexes in polygon:
                points = ring(arcs, indexes)
                points = unwrap(points)
                xs = [p[0] for p in points]
                ys = [p[1] for p in points]
                if max(xs) < BOX[0] or min(xs) > BOX[1] or max(ys) < BOX[2] or min(ys) > BOX[3]:
                    continue
                points = simplify(points, TOLERANCE)
                if len(points) < 4:
                    continue
                print(" ".join("%.2f,%.2f" % p for p in points))


if __name__ == "__main__":
    main(sys.argv[1])

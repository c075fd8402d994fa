"""Layout-quality measures of one laid-out picture, read from Graphviz's own layout (`dot -Tjson`).

Every measure is in points (1/72 in) on the layout Graphviz computed, so it compares pictures drawn by
Topograph and by any other tool that goes through Graphviz (mingrammer/diagrams). `d2_layout` reads
the same shapes from a D2 SVG, so D2 is measured with the same code.
"""
import base64
import json
import math
import re
import statistics
import subprocess
import xml.etree.ElementTree as ET

# A label farther than this from its own line reads as belonging to no line (about two text lines).
DETACHED = 18.0
# Another line this close to a label (beyond the label's own line) makes it ambiguous.
AMBIGUOUS = 6.0
# A line bending away by more than this many points beyond the straight path is a detour.
DETOUR_EXTRA = 150.0


class Layout:
    """Boxes and polylines: nodes, clusters (with the node names inside), edges with label boxes."""

    def __init__(self, width, height):
        self.width, self.height = width, height
        self.nodes = {}  # name -> (x0, y0, x1, y1)
        self.clusters = []  # ((x0, y0, x1, y1), set of node names)
        self.edges = []  # dicts: tail, head, points [(x, y)], label box or None


def _bezier(points, steps=8):
    """Samples a piecewise cubic Bezier (Graphviz's `b` op: 1 + 3k control points)."""
    out = [tuple(points[0])]
    for i in range(0, len(points) - 3, 3):
        p0, p1, p2, p3 = points[i : i + 4]
        for s in range(1, steps + 1):
            t = s / steps
            a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
            out.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))
    return out


def _text_box(ops):
    """The box around the text drawn by xdot ops (`T` ops with their font size), or None."""
    size, boxes = 14.0, []
    for op in ops or []:
        if op["op"] == "F":
            size = op["size"]
        elif op["op"] == "T":
            x, y = op["pt"]
            w = op["width"]
            x0 = {"l": x, "c": x - w / 2, "r": x - w}[op["align"]]
            boxes.append((x0, y - 0.3 * size, x0 + w, y + 0.95 * size))
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def graphviz_layout(dot_text):
    """Lays `dot_text` out with `dot -Tjson` and reads the result."""
    raw = subprocess.run(["dot", "-Tjson"], input=dot_text.encode(), capture_output=True, check=True).stdout
    data = json.loads(raw)
    x0, y0, x1, y1 = map(float, data["bb"].split(","))
    layout = Layout(x1 - x0, y1 - y0)
    objects = data.get("objects", [])
    by_id = {}
    for obj in objects:
        if "nodes" in obj or "subgraphs" in obj or "bb" in obj:
            continue
        if "pos" not in obj or obj.get("style") == "invis":
            continue
        x, y = map(float, obj["pos"].split(","))
        w, h = float(obj["width"]) * 72, float(obj["height"]) * 72
        layout.nodes[obj["name"]] = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
        by_id[obj["_gvid"]] = obj["name"]
    for obj in objects:
        if "bb" in obj and obj["name"].startswith("cluster"):
            box = tuple(map(float, obj["bb"].split(",")))
            names = {by_id[i] for i in obj.get("nodes", []) if i in by_id}
            layout.clusters.append((box, names))
    for edge in data.get("edges", []):
        if edge.get("style") == "invis":
            continue
        points = []
        for op in edge.get("_draw_", []):
            if op["op"] in ("b", "B"):
                points += _bezier(op["points"])
        if len(points) < 2 or edge["tail"] not in by_id or edge["head"] not in by_id:
            continue
        label = _text_box(edge.get("_ldraw_")) or _text_box(edge.get("_tldraw_"))
        layout.edges.append({"tail": by_id[edge["tail"]], "head": by_id[edge["head"]], "points": points, "label": label})
    return layout


def _svg_points(d):
    """The points of an SVG path (M, L, C commands, absolute, as D2 writes them)."""
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", d)]
    pts = list(zip(numbers[0::2], numbers[1::2]))
    return pts


def d2_layout(svg_text):
    """Reads shapes, containers and connections from a D2 SVG (D2 0.9 names each group by its key,
    base64-encoded in the class: `zone.host.node`, `zone.(a -> b)[0]`)."""
    root = ET.fromstring(svg_text)
    ns = "{http://www.w3.org/2000/svg}"
    _, _, w, h = map(float, (root.get("viewBox") or "0 0 0 0").split())
    layout = Layout(w, h)
    shapes = {}
    for g in root.iter(ns + "g"):
        key = _d2_key(g.get("class", ""))
        if key is None:
            continue
        shape = next((c for c in g if c.tag == ns + "g" and c.get("class", "").strip() == "shape"), None)
        if shape is not None:
            box = _shape_box(shape, ns)
            if box:
                shapes[key] = box
            continue
        edge = re.match(r"^(?:(.*)\.)?\((.*) -> (.*)\)\[\d+\]$", key)
        path = next((c for c in g if c.tag == ns + "path" and "connection" in c.get("class", "")), None)
        if edge is None or path is None:
            continue
        prefix = edge.group(1) + "." if edge.group(1) else ""
        text = next((c for c in g if c.tag == ns + "text"), None)
        label = None
        if text is not None and (text.text or "").strip():
            size = float(re.search(r"font-size:(\d+)", text.get("style", "font-size:16")).group(1))
            tx, ty, tw = float(text.get("x", 0)), float(text.get("y", 0)), 0.55 * size * len(text.text.strip())
            label = (tx - tw / 2, ty - 0.95 * size, tx + tw / 2, ty + 0.3 * size)
        points = _bezier_path(path.get("d", ""))
        if len(points) > 1:
            layout.edges.append({"tail": prefix + edge.group(2), "head": prefix + edge.group(3), "points": points, "label": label})
    keys = sorted(shapes)
    for key in keys:
        inner = [k for k in keys if k.startswith(key + ".")]
        if inner:
            layout.clusters.append((shapes[key], {k for k in inner if not any(j.startswith(k + ".") for j in keys)}))
        else:
            layout.nodes[key] = shapes[key]
    layout.edges = [e for e in layout.edges if e["tail"] in layout.nodes and e["head"] in layout.nodes]
    return layout


def _d2_key(css_class):
    """The D2 key in a group's class, or None for classes that are not base64 keys."""
    try:
        text = base64.b64decode(css_class, validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    return _unescape(text) if text else None


def _unescape(text):
    return text.replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")


def _shape_box(shape, ns):
    for child in shape:
        if child.tag == ns + "rect":
            x, y = float(child.get("x", 0)), float(child.get("y", 0))
            return (x, y, x + float(child.get("width", 0)), y + float(child.get("height", 0)))
        if child.tag == ns + "path":
            pts = _svg_points(child.get("d", ""))
            if pts:
                return (min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts))
    return None


def _bezier_path(d):
    """Samples an SVG path of M/L/C commands into a polyline."""
    out, cur = [], None
    for cmd, args in re.findall(r"([MLC])([^MLCZz]*)", d):
        nums = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", args)]
        pts = list(zip(nums[0::2], nums[1::2]))
        if cmd in "ML":
            out += pts
            cur = pts[-1] if pts else cur
        elif cmd == "C" and cur is not None:
            for i in range(0, len(pts) - 2, 3):
                out += _bezier([cur, pts[i], pts[i + 1], pts[i + 2]])[1:]
                cur = pts[i + 2]
    return out


# MARK: Geometry


def _cross(a, b, c, d):
    """Whether segment ab properly intersects segment cd; the intersection point, or None."""
    d1x, d1y, d2x, d2y = b[0] - a[0], b[1] - a[1], d[0] - c[0], d[1] - c[1]
    den = d1x * d2y - d1y * d2x
    if abs(den) < 1e-9:
        return None
    t = ((c[0] - a[0]) * d2y - (c[1] - a[1]) * d2x) / den
    u = ((c[0] - a[0]) * d1y - (c[1] - a[1]) * d1x) / den
    if 0 < t < 1 and 0 < u < 1:
        return (a[0] + t * d1x, a[1] + t * d1y)
    return None


def _bbox(points):
    return (min(p[0] for p in points), min(p[1] for p in points), max(p[0] for p in points), max(p[1] for p in points))


def _overlap(a, b, slack=0.0):
    return a[0] < b[2] - slack and b[0] < a[2] - slack and a[1] < b[3] - slack and b[1] < a[3] - slack


def _inside(p, box, inset=0.0):
    return box[0] + inset < p[0] < box[2] - inset and box[1] + inset < p[1] < box[3] - inset


def _near(p, box, radius):
    return box[0] - radius <= p[0] <= box[2] + radius and box[1] - radius <= p[1] <= box[3] + radius


def _seg_box_distance(a, b, box):
    """Distance from segment ab to a rectangle (0 when they touch), sampled finely enough for labels."""
    best = math.inf
    for s in range(11):
        t = s / 10
        x, y = a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])
        dx = max(box[0] - x, 0, x - box[2])
        dy = max(box[1] - y, 0, y - box[3])
        best = min(best, math.hypot(dx, dy))
    return best


def _polyline_box_distance(points, box):
    return min(_seg_box_distance(points[i], points[i + 1], box) for i in range(len(points) - 1))


def _length(points):
    return sum(math.dist(points[i], points[i + 1]) for i in range(len(points) - 1))


def _hull(points):
    """Convex hull (Andrew's monotone chain), counter-clockwise."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def turn(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _outside_hull(p, hull, margin):
    """Whether p lies more than `margin` outside the convex polygon `hull` (counter-clockwise)."""
    if len(hull) < 3:
        return False
    for i in range(len(hull)):
        a, b = hull[i], hull[(i + 1) % len(hull)]
        edge = math.dist(a, b)
        if edge == 0:
            continue
        # Signed distance to the right of edge ab: outside for a counter-clockwise polygon.
        if ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) / edge < -margin:
            return True
    return False


# MARK: Measures


def measure(layout):
    """The measures of one picture, as a dict (see README in BENCHMARKS.md's layout section)."""
    edges = layout.edges
    crossings = 0
    for i in range(len(edges)):
        for j in range(i + 1, len(edges)):
            crossings += _crossings(edges[i], edges[j], layout)
    corners = [(b[x], b[y]) for b in layout.nodes.values() for x in (0, 2) for y in (1, 3)]
    hull = _hull(corners)
    outside = sum(1 for e in edges if any(_outside_hull(p, hull, 12.0) for p in e["points"]))
    detours = sum(1 for e in edges if _length(e["points"]) - math.dist(e["points"][0], e["points"][-1]) > DETOUR_EXTRA)
    trespass = sum(1 for e in edges if _trespasses(e, layout))
    labelled = [e for e in edges if e["label"]]
    distances = [_polyline_box_distance(e["points"], e["label"]) for e in labelled]
    detached = sum(1 for d in distances if d > DETACHED)
    ambiguous = sum(1 for e, d in zip(labelled, distances) if _nearer_other(e, d, edges))
    boxes = [e["label"] for e in labelled]
    overlaps = sum(1 for i in range(len(boxes)) for j in range(i + 1, len(boxes)) if _overlap(boxes[i], boxes[j], 1.0))
    overlaps += sum(1 for b in boxes for n in layout.nodes.values() if _overlap(b, n, 1.0))
    return {
        "nodes": len(layout.nodes),
        "edges": len(edges),
        "crossings": crossings,
        "detours": detours,
        "outside": outside,
        "trespass": trespass,
        "labels": len(labelled),
        "label_median": statistics.median(distances) if distances else 0.0,
        "detached": detached,
        "ambiguous": ambiguous,
        "overlaps": overlaps,
        "empty": _empty_ratio(layout),
        "width": extent(layout)[2] - extent(layout)[0],
        "height": extent(layout)[3] - extent(layout)[1],
    }


def _crossings(a, b, layout):
    """Crossing points of two lines, not counting where both touch a node they share."""
    shared = [layout.nodes[n] for n in {a["tail"], a["head"]} & {b["tail"], b["head"]} if n in layout.nodes]
    if not _overlap(_bbox(a["points"]), _bbox(b["points"])):
        return 0
    count = 0
    pa, pb = a["points"], b["points"]
    for i in range(len(pa) - 1):
        for j in range(len(pb) - 1):
            hit = _cross(pa[i], pa[i + 1], pb[j], pb[j + 1])
            if hit and not any(_near(hit, box, 10.0) for box in shared):
                count += 1
    return count


def _trespasses(edge, layout):
    """Whether the line runs through a cluster that holds neither of its ends."""
    for box, names in layout.clusters:
        if edge["tail"] in names or edge["head"] in names:
            continue
        if any(_inside(p, box, 4.0) for p in edge["points"]):
            return True
    return False


def _nearer_other(edge, own, edges):
    """Whether another line (not joining the same two nodes) passes about as near to the label as its
    own, so a reader cannot tell which line the words belong to."""
    for other in edges:
        if other is edge or {other["tail"], other["head"]} == {edge["tail"], edge["head"]}:
            continue
        if _polyline_box_distance(other["points"], edge["label"]) <= own + AMBIGUOUS:
            return True
    return False


def extent(layout):
    """The drawing's box: nodes, clusters, lines and labels (not a title or legend above it)."""
    boxes = list(layout.nodes.values()) + [c[0] for c in layout.clusters]
    boxes += [_bbox(e["points"]) for e in layout.edges] + [e["label"] for e in layout.edges if e["label"]]
    if not boxes:
        return (0.0, 0.0, 0.0, 0.0)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _empty_ratio(layout, cell=6.0):
    """Share of the drawing covered by neither a node nor an edge label, on a grid of `cell` points."""
    xs0, ys0, x1, y1 = extent(layout)
    if x1 <= xs0 or y1 <= ys0:
        return 0.0
    cols, rows = int((x1 - xs0) / cell) + 1, int((y1 - ys0) / cell) + 1
    filled = set()
    for box in list(layout.nodes.values()) + [e["label"] for e in layout.edges if e["label"]]:
        for cx in range(int((box[0] - xs0) / cell), int((box[2] - xs0) / cell) + 1):
            for cy in range(int((box[1] - ys0) / cell), int((box[3] - ys0) / cell) + 1):
                if 0 <= cx < cols and 0 <= cy < rows:
                    filled.add((cx, cy))
    return 1.0 - len(filled) / (cols * rows)

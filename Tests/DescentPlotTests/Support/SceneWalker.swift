import DescentScene

/// Walks a scene and reports every number that places or sizes something.
enum SceneWalker {
    /// Descriptions of every non-finite coordinate, width or size in the scene (empty when all are finite).
    static func nonFiniteValues(in scene: Scene) -> [String] {
        var problems: [String] = []
        func check(_ value: Double, _ what: @autoclosure () -> String) {
            if !value.isFinite { problems.append(what()) }
        }
        func check(_ p: Point, _ where_: String) {
            check(p.x, "\(where_): x")
            check(p.y, "\(where_): y")
        }
        func check(_ r: Rect, _ where_: String) {
            check(r.x, "\(where_): rect x")
            check(r.y, "\(where_): rect y")
            check(r.width, "\(where_): rect width")
            check(r.height, "\(where_): rect height")
        }
        func walk(_ group: SceneGroup, path: String) {
            let here = path + "/" + group.name
            if let clip = group.clip { check(clip, here + " clip") }
            for node in group.children {
                switch node {
                case .group(let g):
                    walk(g, path: here)
                case .shape(let s):
                    for element in s.path.elements {
                        switch element {
                        case .move(let p), .line(let p): check(p, here)
                        case .curve(let a, let b, let c): check(a, here); check(b, here); check(c, here)
                        case .close: break
                        }
                    }
                    if let stroke = s.stroke {
                        check(stroke.width, here + " stroke width")
                        for d in stroke.dash { check(d, here + " dash") }
                    }
                case .text(let t):
                    check(t.position, here + " text '\(t.text)'")
                    check(t.rotation, here + " rotation")
                    check(t.style.size, here + " font size")
                case .image(let i):
                    check(i.frame, here + " image")
                }
            }
        }
        check(scene.size.width, "scene width")
        check(scene.size.height, "scene height")
        walk(scene.root, path: "")
        return problems
    }

    /// Every text run in the subtree, depth first.
    static func texts(in group: SceneGroup) -> [TextItem] {
        group.leaves.compactMap { if case .text(let t) = $0 { return t } else { return nil } }
    }

    /// Every shape in the subtree, depth first.
    static func shapes(in group: SceneGroup) -> [ShapeItem] {
        group.leaves.compactMap { if case .shape(let s) = $0 { return s } else { return nil } }
    }

    /// The points of a path's move and line commands (curves contribute their end points).
    static func points(of path: Path) -> [Point] {
        path.elements.compactMap { element in
            switch element {
            case .move(let p), .line(let p): return p
            case .curve(_, _, let p): return p
            case .close: return nil
            }
        }
    }

    /// The sub-paths of a path as point lists, with whether each is closed.
    static func subpaths(of path: Path) -> [(points: [Point], closed: Bool)] {
        var result: [(points: [Point], closed: Bool)] = []
        for element in path.elements {
            switch element {
            case .move(let p): result.append(([p], false))
            case .line(let p), .curve(_, _, let p): result[result.count - 1].points.append(p)
            case .close: result[result.count - 1].closed = true
            }
        }
        return result
    }

    /// The signed area enclosed by a path's sub-paths (shoelace formula, straight segments).
    static func signedArea(of path: Path) -> Double {
        subpaths(of: path).reduce(0) { total, sub in
            let p = sub.points
            guard p.count >= 3 else { return total }
            var a = 0.0
            for i in 0..<p.count {
                let q = p[i], r = p[(i + 1) % p.count]
                a += q.x * r.y - r.x * q.y
            }
            return total + a / 2
        }
    }
}

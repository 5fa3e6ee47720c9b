import DescentScene
@testable import DescentPlot

/// Fixtures for the 3D surface tests.
enum Surface3DFixtures {
    /// A stand-in for Pango: every character 0.55 em wide, lines 1.2 em high.
    struct Measurer: TextMeasuring {
        func measure(_ text: String, markup: Bool, style: TextStyle) -> TextExtent {
            TextExtent(width: 0.55 * style.size * Double(text.count), height: 1.2 * style.size, baseline: 0.95 * style.size)
        }
    }

    /// The panel area used by the tests.
    static let rect = Rect(x: 10, y: 20, width: 460, height: 380)

    /// `x^2 + 3 y^2` on [-2, 2]^2.
    static let bowl = ScalarField(x: -2...2, y: -2...2, columns: 81, rows: 81) { x, y in x * x + 3 * y * y }

    /// Lays out `panel` in `rect` with the light theme.
    static func compose(_ panel: Surface3DPanel) -> Surface3DLayout.Composition {
        Surface3DLayout(measurer: Measurer()).compose(panel, in: rect, theme: .light)
    }
}

extension Surface3DFixtures {
    /// True when `p` lies inside the closed polygon of `path`'s move and line points (even-odd rule).
    static func contains(_ path: Path, _ p: Point) -> Bool {
        let points: [Point] = path.elements.compactMap { element in
            switch element {
            case .move(let q), .line(let q): return q
            case .curve(_, _, let q): return q
            case .close: return nil
            }
        }
        var inside = false
        var j = points.count - 1
        for i in points.indices {
            let a = points[i], b = points[j]
            if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { inside.toggle() }
            j = i
        }
        return inside
    }

    /// Every number that places or sizes something in `group` and is not finite, described.
    static func nonFinite(in group: SceneGroup) -> [String] {
        var problems: [String] = []
        func check(_ values: [Double], _ what: String) {
            if values.contains(where: { !$0.isFinite }) { problems.append(what) }
        }
        for node in group.leaves {
            switch node {
            case .shape(let s):
                for element in s.path.elements {
                    switch element {
                    case .move(let p), .line(let p): check([p.x, p.y], "path point")
                    case .curve(let a, let b, let c): check([a.x, a.y, b.x, b.y, c.x, c.y], "curve point")
                    case .close: break
                    }
                }
                if let stroke = s.stroke { check([stroke.width] + stroke.dash, "stroke") }
            case .text(let t):
                check([t.position.x, t.position.y, t.rotation, t.style.size], "text '\(t.text)'")
            case .image(let i):
                check([i.frame.x, i.frame.y, i.frame.width, i.frame.height], "image")
            case .group:
                break
            }
        }
        return problems
    }
}

import DescentScene

/// The mesh quads and everything lying on them, in painter's order: far quads first, and each
/// quad followed at once by the path pieces (and hidden marks) over it, so nearer quads paint over
/// whatever they hide.
///
/// A piece the surface does not hide (its middle passes `SurfaceMesh.isVisible`) waits until the
/// last of the quads around its own has been painted: otherwise a neighbouring quad painted later
/// would shave off the half of the line's width that reaches over it. Hidden pieces stay with their
/// own quad, so hills cover them.
///
/// For a height field seen in orthographic projection the order is exact without looking at the
/// heights: a view ray, seen from above, crosses the grid along a straight line, so a quad can only
/// hide quads that lie farther along the horizontal view direction `(toward.x, toward.y)`, in
/// both column and row. Sorting quads by `key = c . (toward.x, toward.y)` of their base centers `c`
/// respects that order (ties only between quads that cannot overlap), which is more robust than
/// sorting by the depth of their 3D centers, which fails for steep quads.
struct DepthSortedSurface {
    /// What a node draws, for tests and debugging.
    enum Item: Hashable {
        /// The quad with this cell index (`row * columns + column`).
        case quad(cell: Int)
        /// The casing of a path's pieces painted right after the quad `cell` (their own, or for
        /// visible pieces the last painted of its neighbours).
        case pathCasing(series: Int, cell: Int)
        /// The colored line of the same pieces.
        case pathLine(series: Int, cell: Int)
        /// Marks over a quad that the surface partly or wholly hides.
        case marks(cell: Int)
    }

    /// How the quads and lines look.
    struct Style {
        /// Quad colors by colormap position.
        var colormap: Colormap
        /// Mesh lines are the quad color mixed toward this color by `meshLineAmount`.
        var meshLineTint: Color
        /// See `meshLineTint`.
        var meshLineAmount: Double
        /// Mesh line width.
        var meshLineWidth: Double
        /// The stroke under each path line.
        var casing: StrokeStyle
    }

    /// What each node draws.
    private(set) var items: [Item] = []
    /// The nodes in painting order.
    private(set) var nodes: [SceneNode] = []

    /// The cell indices of `mesh`, farthest first for a viewer in direction `toward`.
    static func cellOrder(_ mesh: SurfaceMesh, toward: Vec3) -> [Int] {
        let columns = mesh.columns
        var keyed: [(key: Double, cell: Int)] = []
        keyed.reserveCapacity(columns * mesh.rows)
        for row in 0..<mesh.rows {
            for column in 0..<columns {
                let a = mesh.vertices[mesh.index(column, row)], c = mesh.vertices[mesh.index(column + 1, row + 1)]
                keyed.append(((a.x + c.x) * toward.x + (a.y + c.y) * toward.y, row * columns + column))
            }
        }
        keyed.sort { $0.key < $1.key || ($0.key == $1.key && $0.cell < $1.cell) }
        return keyed.map(\.cell)
    }

    /// Paints `mesh` through `projection`, with `paths` (draped, each with its style) and `marks`
    /// (nodes to draw right after the quad whose cell index is the key).
    init(mesh: SurfaceMesh, projection: ViewProjection, style: Style, paths: [(path: DrapedPath, style: SeriesStyle)], lineWidth: Double, marks: [Int: [SceneNode]]) {
        let shading = LambertShading(projection)
        let device = mesh.vertices.map { projection.point($0) }
        let columns = mesh.columns, rows = mesh.rows
        let order = Self.cellOrder(mesh, toward: projection.toward)
        var rank = [Int](repeating: 0, count: order.count)
        for (k, cell) in order.enumerated() { rank[cell] = k }
        var perCell = [[(series: Int, piece: Int)]](repeating: [], count: columns * rows)
        for (s, drawn) in paths.enumerated() {
            for (k, piece) in drawn.path.pieces.enumerated() {
                var target = piece.cell
                if !piece.points.isEmpty, mesh.isVisible(piece.points[piece.points.count / 2], toward: projection.toward) {
                    let column = piece.cell % columns, row = piece.cell / columns
                    for r in max(0, row - 1)...min(rows - 1, row + 1) {
                        for c in max(0, column - 1)...min(columns - 1, column + 1) where rank[r * columns + c] > rank[target] {
                            target = r * columns + c
                        }
                    }
                }
                perCell[target].append((s, k))
            }
        }
        items.reserveCapacity(columns * mesh.rows + 64)
        nodes.reserveCapacity(columns * mesh.rows + 64)
        for cell in order {
            let i00 = mesh.index(cell % columns, cell / columns), i10 = i00 + 1, i01 = i00 + columns + 1, i11 = i01 + 1
            let a = mesh.vertices[i00], b = mesh.vertices[i10], c = mesh.vertices[i11], d = mesh.vertices[i01]
            if a.z.isFinite, b.z.isFinite, c.z.isFinite, d.z.isFinite {
                let position = (mesh.colorPositions[i00] + mesh.colorPositions[i10] + mesh.colorPositions[i11] + mesh.colorPositions[i01]) / 4
                let fill = shading.shade(style.colormap.color(at: position), brightness: shading.brightness(a, b, c, d))
                let line = StrokeStyle(color: fill.mixed(with: style.meshLineTint, style.meshLineAmount), width: style.meshLineWidth, join: .bevel)
                var outline = Path()
                outline.move(to: device[i00])
                outline.line(to: device[i10])
                outline.line(to: device[i11])
                outline.line(to: device[i01])
                outline.close()
                items.append(.quad(cell: cell))
                nodes.append(.shape(ShapeItem(outline, fill: fill, stroke: line)))
            }
            var s = 0
            let here = perCell[cell]
            while s < here.count {
                let series = here[s].series
                var path = Path()
                while s < here.count, here[s].series == series {
                    path.append(Path(polyline: paths[series].path.pieces[here[s].piece].points.map { projection.point($0) }))
                    s += 1
                }
                let seriesStyle = paths[series].style
                items.append(.pathCasing(series: series, cell: cell))
                nodes.append(.shape(ShapeItem(path, stroke: style.casing)))
                items.append(.pathLine(series: series, cell: cell))
                nodes.append(.shape(ShapeItem(path, stroke: StrokeStyle(color: seriesStyle.color, width: lineWidth))))
            }
            if let extra = marks[cell], !extra.isEmpty {
                items.append(.marks(cell: cell))
                nodes.append(.group(SceneGroup("marks.hidden", children: extra)))
            }
        }
    }
}

import DescentVideo
import Foundation

/// Frames that look like an animated map figure: a flat background, horizontal colored bands (the
/// loss levels of a map), and racers whose antialiased polyline trails grow by one segment per frame
/// with a dot at their head. Drawn by hand so the tests need no renderer.
struct SyntheticFigure {
    let width: Int
    let height: Int
    let frameCount: Int
    /// Number of racing polylines.
    var racers = 3

    /// Every frame in order, as RGBA bytes.
    func frames() throws -> [RGBAFrame] {
        var frames: [RGBAFrame] = []
        try forEachFrame { frames.append($0) }
        return frames
    }

    /// Calls `body` with each frame in order. The trails are drawn once onto a persistent canvas (one
    /// new segment per racer and frame); each frame is that canvas plus the racers' head dots.
    func forEachFrame(_ body: (RGBAFrame) throws -> Void) throws {
        var trails = Canvas(width: width, height: height)
        trails.fillBands()
        for index in 0..<frameCount {
            if index > 0 {
                for racer in 0..<racers {
                    trails.strokeSegment(
                        from: point(racer: racer, step: index - 1), to: point(racer: racer, step: index),
                        halfWidth: 1.5, color: Self.racerColors[racer % Self.racerColors.count])
                }
            }
            var frame = trails
            for racer in 0..<racers {
                frame.fillDisc(center: point(racer: racer, step: index), radius: 5, color: Self.racerColors[racer % Self.racerColors.count])
            }
            try body(try RGBAFrame(width: width, height: height, bytes: frame.bytes))
        }
    }

    /// Where `racer` is after `step` steps: from the left edge towards the right, wobbling.
    func point(racer: Int, step: Int) -> (x: Double, y: Double) {
        let progress = Double(step) / Double(max(frameCount - 1, 1))
        let x = 0.05 * Double(width) + 0.9 * Double(width) * progress
        let lane = (Double(racer) + 1) / Double(racers + 1)
        let y = Double(height) * (lane + 0.08 * sin(Double(step) * 0.21 + Double(racer)))
        return (x, y)
    }

    static let racerColors: [(UInt8, UInt8, UInt8)] = [(31, 119, 180), (214, 39, 40), (44, 160, 44)]
    static let bandColors: [(UInt8, UInt8, UInt8)] = [
        (247, 251, 255), (222, 235, 247), (198, 219, 239), (158, 202, 225), (107, 174, 214), (66, 146, 198),
    ]
}

/// An RGBA pixel buffer with the few drawing operations the synthetic figure needs.
struct Canvas {
    let width: Int
    let height: Int
    var bytes: [UInt8]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        bytes = [UInt8](repeating: 255, count: width * height * 4)
    }

    mutating func fill(x: Int, y: Int, color: (UInt8, UInt8, UInt8), coverage: Double = 1) {
        guard x >= 0, y >= 0, x < width, y < height, coverage > 0 else { return }
        let base = (y * width + x) * 4
        let alpha = min(coverage, 1)
        for (channel, value) in [color.0, color.1, color.2].enumerated() {
            let old = Double(bytes[base + channel])
            bytes[base + channel] = UInt8((old + (Double(value) - old) * alpha).rounded())
        }
        bytes[base + 3] = 255
    }

    /// Horizontal bands of `SyntheticFigure.bandColors` between a 40-pixel margin.
    mutating func fillBands() {
        let margin = min(40, width / 4, height / 4)
        let bands = SyntheticFigure.bandColors
        for y in margin..<(height - margin) {
            let color = bands[min((y - margin) * bands.count / max(height - 2 * margin, 1), bands.count - 1)]
            for x in margin..<(width - margin) {
                let base = (y * width + x) * 4
                bytes[base] = color.0
                bytes[base + 1] = color.1
                bytes[base + 2] = color.2
            }
        }
    }

    /// An antialiased segment: coverage `clamp(halfWidth + 0.5 - distance, 0, 1)` per pixel center.
    mutating func strokeSegment(from a: (x: Double, y: Double), to b: (x: Double, y: Double), halfWidth: Double, color: (UInt8, UInt8, UInt8)) {
        let reach = halfWidth + 1
        let left = Int(min(a.x, b.x) - reach), right = Int(max(a.x, b.x) + reach)
        let top = Int(min(a.y, b.y) - reach), bottom = Int(max(a.y, b.y) + reach)
        let dx = b.x - a.x, dy = b.y - a.y
        let length2 = max(dx * dx + dy * dy, 1e-12)
        for y in top...bottom {
            for x in left...right {
                let px = Double(x) + 0.5, py = Double(y) + 0.5
                let t = min(1, max(0, ((px - a.x) * dx + (py - a.y) * dy) / length2))
                let ex = px - (a.x + t * dx), ey = py - (a.y + t * dy)
                let distance = (ex * ex + ey * ey).squareRoot()
                fill(x: x, y: y, color: color, coverage: halfWidth + 0.5 - distance)
            }
        }
    }

    mutating func fillDisc(center: (x: Double, y: Double), radius: Double, color: (UInt8, UInt8, UInt8)) {
        strokeSegment(from: center, to: center, halfWidth: radius, color: color)
    }
}

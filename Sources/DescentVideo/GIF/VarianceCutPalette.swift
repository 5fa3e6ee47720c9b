/// A palette of at most `maxColors` colors for a whole animation, chosen by cutting the color cube
/// into boxes over the histogram of every pixel the GIF stores, and the map from each exact color to
/// its palette index.
///
/// Why this quantizer: figures are mostly flat colors (background, bands, text) plus antialiased
/// edges that blend them. A global palette over all frames keeps a color's index the same in every
/// frame (so unchanged pixels stay unchanged and compress), and giflib's `GifQuantizeBuffer` works
/// on one image at a time with 5-bit channels, which shifts flat colors.
///
/// The rule (Heckbert's median cut with Wu's variance-minimizing cut, Heckbert 1982, Wu 1991):
/// - When the histogram has at most `maxColors` distinct colors, the palette is exactly those colors
///   (a figure with few colors is stored without any error).
/// - Otherwise start with one box holding every distinct color `c` with pixel count `n_c`. A box's
///   error is `E = sum_c n_c |c - mean|^2 = sum_c n_c |c|^2 - |sum_c n_c c|^2 / sum_c n_c`.
///   Repeatedly take the box with the largest `E` that holds more than one color, sort its colors
///   along the channel with the largest weighted variance `sum_c n_c (c_k - mean_k)^2`, and cut the
///   sorted run where `E(left) + E(right)` is smallest (prefix sums make every cut O(1)), until there
///   are `maxColors` boxes or none can be cut. Unlike a cut at the median count, this never splits a
///   dominant flat color's neighbourhood in two while leaving distant edge colors together.
/// - Each box's palette color is its rounded weighted mean; each exact color maps to the nearest
///   palette color in squared RGB distance (ties to the lower index).
///
/// Deterministic: colors are sorted by value (ties in a channel broken by the whole color), boxes by
/// error then position, so the same histogram gives the same palette.
struct VarianceCutPalette {
    /// Palette colors as `0x00RRGGBB`.
    let colors: [UInt32]
    /// Palette index of every color of the histogram.
    let indexOfColor: [UInt32: UInt8]

    /// The palette for `histogram` (exact color `0x00RRGGBB` -> pixel count), `maxColors` in 1...256.
    init(histogram: [UInt32: Int], maxColors: Int) {
        let entries = histogram.map { (color: $0.key, count: $0.value) }.sorted { $0.color < $1.color }
        if entries.count <= maxColors {
            colors = entries.map(\.color)
            var index: [UInt32: UInt8] = [:]
            for (position, entry) in entries.enumerated() { index[entry.color] = UInt8(position) }
            indexOfColor = index
            return
        }
        var pixels = entries
        var boxes = [Box(pixels: pixels[...], start: 0)]
        while boxes.count < maxColors {
            var chosen: Int?
            for (position, box) in boxes.enumerated() where box.end - box.start > 1 {
                if let best = chosen, boxes[best].error >= box.error { continue }
                chosen = position
            }
            guard let chosen else { break }
            let box = boxes[chosen]
            let channel = box.widestChannel
            let shift = UInt32(16 - 8 * channel)
            pixels[box.start..<box.end].sort { lhs, rhs in
                let a = (lhs.color >> shift) & 0xFF
                let b = (rhs.color >> shift) & 0xFF
                return a != b ? a < b : lhs.color < rhs.color
            }
            let cut = Self.bestCut(pixels[box.start..<box.end])
            boxes[chosen] = Box(pixels: pixels[box.start..<cut], start: box.start)
            boxes.append(Box(pixels: pixels[cut..<box.end], start: cut))
        }
        let palette = boxes.sorted { $0.start < $1.start }.map(\.meanColor)
        colors = palette
        var index: [UInt32: UInt8] = [:]
        index.reserveCapacity(entries.count)
        for entry in entries {
            index[entry.color] = UInt8(Self.nearest(entry.color, in: palette))
        }
        indexOfColor = index
    }

    /// The position in `run` (sorted along one channel) that splits it into two non-empty parts with
    /// the smallest `E(left) + E(right)`, the first on ties.
    private static func bestCut(_ run: ArraySlice<(color: UInt32, count: Int)>) -> Int {
        var totalCount = 0.0
        var totalSums = [Double](repeating: 0, count: 3)
        var totalSquares = 0.0
        for pixel in run {
            let weight = Double(pixel.count)
            totalCount += weight
            for channel in 0..<3 {
                let value = Double((pixel.color >> UInt32(16 - 8 * channel)) & 0xFF)
                totalSums[channel] += weight * value
                totalSquares += weight * value * value
            }
        }
        var count = 0.0
        var sums = [Double](repeating: 0, count: 3)
        var squares = 0.0
        var best = run.startIndex + 1
        var bestError = Double.infinity
        for position in run.startIndex..<(run.endIndex - 1) {
            let pixel = run[position]
            let weight = Double(pixel.count)
            count += weight
            for channel in 0..<3 {
                let value = Double((pixel.color >> UInt32(16 - 8 * channel)) & 0xFF)
                sums[channel] += weight * value
                squares += weight * value * value
            }
            var leftSquaredSum = 0.0
            var rightSquaredSum = 0.0
            for channel in 0..<3 {
                leftSquaredSum += sums[channel] * sums[channel]
                let rest = totalSums[channel] - sums[channel]
                rightSquaredSum += rest * rest
            }
            let error = squares - leftSquaredSum / count + (totalSquares - squares) - rightSquaredSum / (totalCount - count)
            if error < bestError {
                bestError = error
                best = position + 1
            }
        }
        return best
    }

    /// Index of the palette color closest to `color` in squared RGB distance (the lowest on ties).
    static func nearest(_ color: UInt32, in palette: [UInt32]) -> Int {
        var best = 0
        var bestDistance = Int.max
        for (position, candidate) in palette.enumerated() {
            let distance = squaredDistance(color, candidate)
            if distance < bestDistance {
                best = position
                bestDistance = distance
                if distance == 0 { break }
            }
        }
        return best
    }

    /// `(r1 - r2)^2 + (g1 - g2)^2 + (b1 - b2)^2` for two `0x00RRGGBB` colors.
    static func squaredDistance(_ a: UInt32, _ b: UInt32) -> Int {
        var sum = 0
        for shift in [UInt32(16), 8, 0] {
            let difference = Int((a >> shift) & 0xFF) - Int((b >> shift) & 0xFF)
            sum += difference * difference
        }
        return sum
    }

    /// A run `start ..< end` of the color array with its pixel count, weighted mean and error.
    private struct Box {
        let start: Int
        let end: Int
        let count: Int
        let meanColor: UInt32
        /// `sum_c n_c |c - mean|^2`.
        let error: Double
        /// Channel (0 red, 1 green, 2 blue) with the largest weighted variance.
        let widestChannel: Int

        init(pixels: ArraySlice<(color: UInt32, count: Int)>, start: Int) {
            self.start = start
            end = start + pixels.count
            var total = 0
            var sums = [Double](repeating: 0, count: 3)
            var squares = [Double](repeating: 0, count: 3)
            for pixel in pixels {
                total += pixel.count
                let weight = Double(pixel.count)
                for channel in 0..<3 {
                    let value = Double((pixel.color >> UInt32(16 - 8 * channel)) & 0xFF)
                    sums[channel] += weight * value
                    squares[channel] += weight * value * value
                }
            }
            count = total
            let weight = Double(max(total, 1))
            var variances = [Double](repeating: 0, count: 3)
            var mean: UInt32 = 0
            for channel in 0..<3 {
                let average = sums[channel] / weight
                variances[channel] = max(0, squares[channel] - sums[channel] * average)
                mean |= UInt32(min(255, max(0, average.rounded()))) << UInt32(16 - 8 * channel)
            }
            meanColor = mean
            error = variances.reduce(0, +)
            var widest = 0
            for channel in 1..<3 where variances[channel] > variances[widest] { widest = channel }
            widestChannel = widest
        }
    }
}

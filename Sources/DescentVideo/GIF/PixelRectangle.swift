/// A rectangle of pixels in a frame: columns `x ..< x + width`, rows `y ..< y + height`.
struct PixelRectangle: Equatable, Sendable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    /// The smallest rectangle holding every pixel where `current` differs from `previous` (both
    /// `width` x `height` frames of 32-bit pixels), or `nil` when the frames are equal.
    ///
    /// Rows are compared whole first (equal rows above and below are skipped with one comparison
    /// each), then the columns of the rows in between are scanned from both ends.
    static func changed(from previous: UnsafeBufferPointer<UInt32>, to current: UnsafeBufferPointer<UInt32>, width: Int, height: Int) -> PixelRectangle? {
        func rowsEqual(_ row: Int) -> Bool {
            let start = row * width
            for column in 0..<width where previous[start + column] != current[start + column] { return false }
            return true
        }
        var top = 0
        while top < height && rowsEqual(top) { top += 1 }
        if top == height { return nil }
        var bottom = height - 1
        while bottom > top && rowsEqual(bottom) { bottom -= 1 }
        var left = width
        var right = -1
        for row in top...bottom {
            let start = row * width
            var column = 0
            while column < left && previous[start + column] == current[start + column] { column += 1 }
            left = min(left, column)
            column = width - 1
            while column > right && previous[start + column] == current[start + column] { column -= 1 }
            right = max(right, column)
        }
        return PixelRectangle(x: left, y: top, width: right - left + 1, height: bottom - top + 1)
    }
}

@testable import DescentVideo
import Testing

@Suite("Changed rectangle")
struct PixelRectangleTests {
    @Test("The smallest rectangle holding every changed pixel; nil for equal frames")
    func changed() {
        let width = 6, height = 5
        let previous = [UInt32](repeating: 7, count: width * height)
        var current = previous
        current[1 * width + 4] = 9  // (4, 1)
        current[3 * width + 2] = 9  // (2, 3)
        let rectangle = previous.withUnsafeBufferPointer { old in
            current.withUnsafeBufferPointer { new in PixelRectangle.changed(from: old, to: new, width: width, height: height) }
        }
        // Columns 2...4, rows 1...3.
        #expect(rectangle == PixelRectangle(x: 2, y: 1, width: 3, height: 3))
        let none = previous.withUnsafeBufferPointer { old in
            PixelRectangle.changed(from: old, to: old, width: width, height: height)
        }
        #expect(none == nil)
    }
}

import Testing
@testable import DescentPlot

@Suite("OrderStatistic.select is the k-th value of the sorted list")
struct OrderStatisticTests {
    @Test("random, sorted, reversed and constant lists, every k checked against a sort")
    func matchesSort() {
        var state: UInt64 = 42
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let random = (0..<301).map { _ in next() }
        let lists: [[Double]] = [random, random.sorted(), Array(random.sorted().reversed()), Array(repeating: 2.5, count: 50), [1, 1, 0, 0, 1], [7]]
        for list in lists {
            let sorted = list.sorted()
            for k in list.indices {
                var copy = list
                #expect(OrderStatistic.select(k, in: &copy) == sorted[k], "k = \(k) of \(list.count)")
            }
        }
    }
}

/// The `k`-th smallest of a list without sorting it all (Hoare's quickselect with a median-of-three
/// pivot): expected linear time instead of the `n log n` of a sort, and exactly the value a sort
/// would put at index `k`.
enum OrderStatistic {
    /// The value `values.sorted()[k]`; `values` is reordered. `k` must be a valid index.
    static func select(_ k: Int, in values: inout [Double]) -> Double {
        var lo = 0, hi = values.count - 1
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            // Median of three as the pivot, which keeps sorted and constant inputs linear.
            let a = values[lo], b = values[mid], c = values[hi]
            let pivot = max(min(a, b), min(max(a, b), c))
            var i = lo, j = hi
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                hi = j
            } else if k >= i {
                lo = i
            } else {
                return values[k]
            }
        }
        return values[k]
    }
}

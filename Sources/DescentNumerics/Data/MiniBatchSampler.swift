/// Deals sample indices in mini-batches, as a PyTorch `DataLoader(shuffle=True, drop_last=False)`:
/// at the start of every pass (epoch) the indices `0..<n` are shuffled, then dealt in batches of
/// `batchSize` without replacement; the last batch of a pass holds the `n mod batchSize` left over.
///
/// A pass therefore takes `ceil(n / batchSize)` batches and uses every sample exactly once.
public struct MiniBatchSampler: Sendable {
    /// The number of samples `n`.
    public let count: Int
    /// The batch size (at most `count`).
    public let batchSize: Int
    /// The current pass's order of the sample indices.
    public private(set) var order: [Int]
    /// Passes begun so far (1 once the first batch has been dealt).
    public private(set) var epoch = 0
    private var cursor = 0
    private var random: RandomSource

    /// Creates a sampler over `count` samples; `batchSize` nil or outside `1...count` means the
    /// full batch.
    public init(count: Int, batchSize: Int?, seed: UInt64) {
        self.count = max(0, count)
        let requested = batchSize ?? self.count
        self.batchSize = requested >= 1 && requested <= self.count ? requested : max(1, self.count)
        order = Array(0..<self.count)
        random = RandomSource(seed: seed)
    }

    /// Batches in one pass, `ceil(n / batchSize)` (at least 1).
    public var batchesPerEpoch: Int { max(1, (count + batchSize - 1) / batchSize) }

    /// The positions in `order` of the next batch; reshuffles `order` when a new pass begins.
    public mutating func nextBatch() -> Range<Int> {
        if cursor == 0 {
            random.shuffle(&order)
            epoch += 1
        }
        let end = min(cursor + batchSize, count)
        let batch = cursor..<end
        cursor = end >= count ? 0 : end
        return batch
    }
}

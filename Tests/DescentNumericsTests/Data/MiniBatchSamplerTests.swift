import Testing
@testable import DescentNumerics

@Suite("Mini-batches")
struct MiniBatchSamplerTests {
    /// n = 10, batch 3: batches of 3, 3, 3, 1 per pass, every sample exactly once per pass.
    @Test func eachEpochCoversEverySampleOnce() {
        var sampler = MiniBatchSampler(count: 10, batchSize: 3, seed: 5)
        #expect(sampler.batchesPerEpoch == 4)
        var passes: [[Int]] = []
        for _ in 0..<3 {
            var seen: [Int] = []
            var sizes: [Int] = []
            for _ in 0..<sampler.batchesPerEpoch {
                let batch = sampler.nextBatch()
                sizes.append(batch.count)
                seen += sampler.order[batch]
            }
            #expect(sizes == [3, 3, 3, 1])
            #expect(seen.sorted() == Array(0..<10))
            passes.append(seen)
        }
        #expect(sampler.epoch == 3)
        #expect(passes[0] != passes[1] && passes[1] != passes[2])
    }

    @Test func fullBatchWhenUnsetOrTooLarge() {
        #expect(MiniBatchSampler(count: 8, batchSize: nil, seed: 0).batchSize == 8)
        #expect(MiniBatchSampler(count: 8, batchSize: 100, seed: 0).batchesPerEpoch == 1)
        #expect(MiniBatchSampler(count: 8, batchSize: 0, seed: 0).batchSize == 8)
    }
}

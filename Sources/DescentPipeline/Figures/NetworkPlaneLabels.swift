import DescentNumerics

/// The axis words of a network lesson's plane, in the figure's language: which directions span
/// it (seeded filter-normalized random directions, or principal components with the share of the
/// path's variance each explains), and the loss as the network's training loss.
enum NetworkPlaneLabels {
    /// The horizontal and vertical axis labels of a map of `network`'s plane.
    static func axes(_ network: NetworkSurface, language: String) -> (x: String, y: String) {
        let korean = language == "ko"
        switch network.planeKind {
        case .random:
            let tail = korean ? "(필터 정규화, 시드 \(network.planeSeed))" : "(filter-normalized, seed \(network.planeSeed))"
            return (korean ? "무작위 방향 1 \(tail)" : "random direction 1 \(tail)", korean ? "무작위 방향 2" : "random direction 2")
        case .pca:
            let shares = network.explainedVariance.map { String(format: "%.1f %%", 100 * $0) }
            let share = { (i: Int) in i < shares.count ? shares[i] : "?" }
            return korean
                ? ("주성분 1 (경로 분산의 \(share(0)))", "주성분 2 (\(share(1)))")
                : ("PC 1 (\(share(0)) of the path's variance)", "PC 2 (\(share(1)))")
        }
    }

    /// The loss axis of a network lesson: the true training loss, not the plane's.
    static func lossAxis(language: String) -> String {
        language == "ko" ? "학습 손실 L(θ)" : "training loss L(θ)"
    }
}

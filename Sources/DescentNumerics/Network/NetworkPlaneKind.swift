/// How a network lesson's plane is spanned.
public enum NetworkPlaneKind: String, Sendable, CaseIterable {
    /// Two seeded Gaussian directions, filter-normalized (Li et al. 2018), biases zeroed.
    case random
    /// The first two principal components of the reference run's path `theta_t - theta*`.
    case pca
}

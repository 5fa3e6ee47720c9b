import DescentScene

/// The course's color of each optimizer, so SGD looks the same in every lesson.
///
/// The six optimizers the comparison lessons (10a-10d) show together take Okabe and Ito's
/// colorblind-safe palette (Okabe & Ito 2008, "Color Universal Design"). Its colors fall into four
/// hue groups (blues near 201°, green 164°, vermillion and orange 26°-41°, purple 326°); the
/// assignment puts the pairs lessons contrast in different groups, at least 55° of hue apart:
/// SGD/Momentum (05), Momentum/Nesterov (06), AdaGrad/RMSProp (08), SGD/Adam and Momentum/Adam
/// (20, the ravine), Momentum/RMSProp. The two pairs that share a group, SGD/Nesterov (blue, sky
/// blue) and Adam/AdaGrad (vermillion, orange), meet only in the six-way comparisons, where
/// they still differ in lightness. The rest take Paul Tol's colorblind-safe "muted" scheme.
///
/// | optimizer | color |
/// | --- | --- |
/// | sgd | `#0072B2` blue |
/// | momentum | `#CC79A7` reddish purple |
/// | nesterov | `#56B4E9` sky blue |
/// | adagrad | `#E69F00` orange |
/// | rmsprop | `#009E73` bluish green |
/// | adam | `#D55E00` vermillion |
/// | adamw | `#CC6677` rose |
/// | nadam | `#882255` wine |
/// | radam | `#AA4499` purple |
/// | adamax | `#999933` olive |
/// | adadelta | `#44AA99` teal |
/// | rprop | `#332288` indigo |
/// | asgd | `#117733` green |
/// | lion | `#88CCEE` cyan |
/// | signsgd | `#DDCC77` sand |
/// | lbfgs | `#44AA99` teal |
/// | newton | `#882255` wine |
///
/// These are the light theme's colors; every theme passes them through `Theme.legible(_:)`, so
/// the dark theme lightens the deep ones and the light theme darkens the pale ones.
public enum OptimizerColors {
    /// Colors by canonical optimizer name (the optimizer catalog's `name`).
    public static let byName: [String: Color] = [
        "sgd": 0x0072B2, "momentum": 0xCC79A7, "nesterov": 0x56B4E9, "adagrad": 0xE69F00,
        "rmsprop": 0x009E73, "adam": 0xD55E00, "adamw": 0xCC6677, "nadam": 0x882255,
        "radam": 0xAA4499, "adamax": 0x999933, "adadelta": 0x44AA99, "rprop": 0x332288,
        "asgd": 0x117733, "lion": 0x88CCEE, "signsgd": 0xDDCC77, "lbfgs": 0x44AA99, "newton": 0x882255,
    ].mapValues { Color(hex: $0) }
}

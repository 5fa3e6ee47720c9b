import DescentScene

/// The course's color of each optimizer, so SGD looks the same in every lesson.
///
/// The six optimizers the comparison lessons (10a-10d) show together take Okabe and Ito's
/// colorblind-safe palette (Okabe & Ito 2008, "Color Universal Design"), assigned so that the
/// pairs lessons contrast get clearly different hues: SGD blue vs Adam vermillion (and
/// Momentum green), Momentum green vs Nesterov orange (lesson 06) and vs RMSProp purple,
/// AdaGrad sky blue vs RMSProp purple (lesson 08). Okabe and Ito's two near pairs (blue and sky
/// blue, vermillion and orange) fall on SGD/AdaGrad and Adam/Nesterov, which only the six-way
/// comparisons show side by side. The rest take Paul Tol's colorblind-safe "muted" scheme.
///
/// | optimizer | color |
/// | --- | --- |
/// | sgd | `#0072B2` blue |
/// | momentum | `#009E73` bluish green |
/// | nesterov | `#E69F00` orange |
/// | adagrad | `#56B4E9` sky blue |
/// | rmsprop | `#CC79A7` reddish purple |
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
        "sgd": 0x0072B2, "momentum": 0x009E73, "nesterov": 0xE69F00, "adagrad": 0x56B4E9,
        "rmsprop": 0xCC79A7, "adam": 0xD55E00, "adamw": 0xCC6677, "nadam": 0x882255,
        "radam": 0xAA4499, "adamax": 0x999933, "adadelta": 0x44AA99, "rprop": 0x332288,
        "asgd": 0x117733, "lion": 0x88CCEE, "signsgd": 0xDDCC77, "lbfgs": 0x44AA99, "newton": 0x882255,
    ].mapValues { Color(hex: $0) }
}

import DescentNumerics

/// The catalogs a lesson's names are looked up in.
///
/// `standard` holds Descent's own; tests and tools may pass others.
public struct LessonCatalogs: Sendable {
    /// Optimizers, by name.
    public var optimizers: Catalog<any Optimizer>
    /// Learning-rate schedules, by name.
    public var schedules: Catalog<any LearningRateSchedule>
    /// Loss surfaces, by name.
    public var surfaces: Catalog<any Surface>
    /// Figure kinds, by name.
    public var figures: Catalog<FigureKind>
    /// The schedule of runs whose lesson names none.
    public var defaultSchedule: String

    /// Creates a set of catalogs.
    public init(
        optimizers: Catalog<any Optimizer>, schedules: Catalog<any LearningRateSchedule>,
        surfaces: Catalog<any Surface>, figures: Catalog<FigureKind> = FigureKinds.catalog, defaultSchedule: String = "constant"
    ) {
        self.optimizers = optimizers
        self.schedules = schedules
        self.surfaces = surfaces
        self.figures = figures
        self.defaultSchedule = defaultSchedule
    }

    /// Descent's catalogs: `Optimizers.catalog`, `Schedules.catalog`, `Surfaces.catalog`,
    /// `FigureKinds.catalog`.
    public static var standard: LessonCatalogs {
        LessonCatalogs(optimizers: Optimizers.catalog, schedules: Schedules.catalog, surfaces: Surfaces.catalog)
    }
}

extension CatalogEntry {
    /// The name for legends: the alias that spells the name with capitals (`SGD`, `Adam`,
    /// `RMSprop`, as in PyTorch), else the name with its first letter capitalized.
    public var displayName: String {
        let plain = name.lowercased().filter { $0.isLetter || $0.isNumber }
        if let alias = aliases.first(where: { $0.lowercased().filter { $0.isLetter || $0.isNumber } == plain && $0 != name }) {
            return alias
        }
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}

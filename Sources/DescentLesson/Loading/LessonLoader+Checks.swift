extension LessonLoader {
    /// Loads the lesson at `path` and checks what loading alone cannot see: its runtime facts
    /// (`LessonFacts`) and, unless `limits` is nil (`--no-limits`), its work budget
    /// (`LessonBudget`). Warnings are added to the lesson's `warnings`; any error throws, with the
    /// warnings beside it.
    ///
    /// - Parameters:
    ///   - scale: the PNG scale the build will use, or nil for the lesson's own.
    ///   - formats: the formats the build will write, or nil for the lesson's own.
    public func loadChecked(
        path: String, limits: LessonBudget.Limits? = .standard, scale: Double? = nil, formats: [OutputSettings.Format]? = nil
    ) throws(LessonLoadError) -> Lesson {
        try checked(try loadWithSource(path: path), limits: limits, scale: scale, formats: formats)
    }

    /// `loadChecked(path:)` for a lesson's text: `file` names it in diagnostics and its name
    /// without extension names the lesson (a live server checks edited text this way).
    public func parseChecked(
        yaml: String, file: String, limits: LessonBudget.Limits? = .standard, scale: Double? = nil, formats: [OutputSettings.Format]? = nil
    ) throws(LessonLoadError) -> Lesson {
        try checked(try parseWithSource(yaml: yaml, file: file), limits: limits, scale: scale, formats: formats)
    }

    private func checked(
        _ loaded: (lesson: Lesson, source: LessonSource), limits: LessonBudget.Limits?, scale: Double?, formats: [OutputSettings.Format]?
    ) throws(LessonLoadError) -> Lesson {
        var (lesson, source) = loaded
        // The budget first: the facts build the surface and step the schedules, which a lesson
        // far beyond the budget would make slow.
        var problems = limits.map { LessonBudget.problems(lesson, source: source, limits: $0, catalogs: catalogs, scale: scale, formats: formats) } ?? []
        if problems.isEmpty { problems = LessonFacts.problems(lesson, source: source, catalogs: catalogs) }
        lesson.warnings = (lesson.warnings + problems.filter { $0.severity == .warning }).sorted()
        guard !problems.contains(where: { $0.severity == .error }) else {
            throw LessonLoadError(diagnostics: lesson.warnings + problems.filter { $0.severity == .error })
        }
        return lesson
    }
}

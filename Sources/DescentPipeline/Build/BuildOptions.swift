import DescentLesson
import DescentRender

/// How `descent build` renders lessons.
public struct BuildOptions: Sendable {
    /// The folder that receives `<lesson>/<figure>.<ext>`.
    public var outputDirectory: String
    /// Formats to write; nil uses each lesson's own `output.formats`.
    public var formats: [OutputFormat]?
    /// The language of all text (falls back to English).
    public var language: String?
    /// PNG pixels per point; nil uses the lesson's own.
    public var scale: Double?
    /// The theme (light, dark or print); nil uses the lesson's own.
    public var theme: OutputSettings.ThemeName?
    /// The work budget every lesson must keep (`LessonBudget`); nil for none (`--no-limits`).
    public var limits: LessonBudget.Limits?
    /// False writes an animation figure's still (in the build's formats) but not its video, GIF or
    /// Beamer frames (`descent build --no-animations`); the gallery then shows the still.
    public var animations: Bool

    /// Creates build options.
    public init(
        outputDirectory: String = "Output", formats: [OutputFormat]? = nil, language: String? = nil, scale: Double? = nil,
        theme: OutputSettings.ThemeName? = nil, limits: LessonBudget.Limits? = .standard, animations: Bool = true
    ) {
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.language = language
        self.scale = scale
        self.theme = theme
        self.limits = limits
        self.animations = animations
    }

    /// Everything in these options that changes what a lesson's files contain, as one line (the
    /// output folder does not).
    public var cacheKey: String {
        let formats = self.formats.map { $0.map(\.rawValue).joined(separator: ",") } ?? "lesson"
        return "formats=\(formats) language=\(language ?? "lesson") scale=\(scale.map { "\($0)" } ?? "lesson") theme=\(theme?.rawValue ?? "lesson")"
            + (animations ? "" : " animations=no")
    }
}

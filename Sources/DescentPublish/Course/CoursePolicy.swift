/// What a course build makes besides each lesson's own files: the course's decisions, in one
/// place rather than in the command line.
public struct CoursePolicy: Sendable, Hashable {
    /// The languages a handout is written in, one PDF each.
    public var handoutLanguages: [String]
    /// The handouts' paper.
    public var paper: Paper
    /// Whether the handouts are written.
    public var handouts: Bool
    /// Whether the gallery page is written.
    public var gallery: Bool

    /// The course as Descent ships it: English and Korean handouts on A4, and the gallery.
    public static let standard = CoursePolicy(handoutLanguages: ["en", "ko"], paper: .a4, handouts: true, gallery: true)

    /// Creates a policy.
    public init(handoutLanguages: [String], paper: Paper, handouts: Bool, gallery: Bool) {
        self.handoutLanguages = handoutLanguages
        self.paper = paper
        self.handouts = handouts
        self.gallery = gallery
    }
}

/// The words of the handout and gallery around the lessons' own text, in English or Korean.
public struct PublishStrings: Sendable {
    /// The language code (`en`, `ko`).
    public var language: String
    /// The course title on the cover and in the gallery's heading.
    public var courseTitle: String
    /// The line under the course title.
    public var subtitle: String
    /// Which edition this is, e.g. `English edition`.
    public var edition: String
    /// The table of contents' heading.
    public var contents: String
    /// The heading of a lesson's settings table.
    public var settings: String
    /// The label before a lesson's goal.
    public var goal: String
    /// Column headings of the settings table: run, optimizer, lr, schedule, parameters, noise
    /// (batch size, gradient noise, seeds), steps, start.
    public var columns: [String]
    /// The label of the line stating the settings every run of a lesson shares.
    public var allRuns: String
    /// The label of the loss surface line.
    public var surface: String
    /// The text of `lr: auto`.
    public var automaticRate: String
    /// Lesson count, e.g. `12 lessons`.
    public var lessonCount: @Sendable (Int) -> String
    /// Lesson label of a course lesson, e.g. `Lesson 4a`.
    public var lesson: @Sendable (String) -> String
    /// Label of an example (a lesson without a curriculum number), e.g. `Example A`.
    public var example: @Sendable (String) -> String
    /// Figure label, e.g. `Figure 4a.2`.
    public var figure: @Sendable (String, Int) -> String
    /// How many values a sweep has, e.g. `12 values`.
    public var valueCount: @Sendable (Int) -> String
    /// Steps per epoch note for the steps column, e.g. `10 per epoch`.
    public var perEpoch: @Sendable (Int) -> String

    /// The label of a lesson numbered `number`: ``lesson`` or ``example``.
    func label(_ number: LessonNumber) -> String {
        number.isExample ? example(number.text) : lesson(number.text)
    }

    /// The strings for `language`: Korean for `ko` and `ko-…`, English otherwise.
    public static func forLanguage(_ language: String) -> PublishStrings {
        language == "ko" || language.hasPrefix("ko-") ? .korean : .english
    }

    /// English.
    public static let english = PublishStrings(
        language: "en", courseTitle: "Optimization in Deep Learning",
        subtitle: "Optimizers and learning-rate schedules, seen on two-dimensional loss surfaces",
        edition: "English edition", contents: "Contents", settings: "Settings", goal: "Goal.",
        columns: ["Run", "Optimizer", "lr", "Schedule", "Parameters", "Noise", "Steps", "Start"],
        allRuns: "All runs", surface: "Loss surface", automaticRate: "auto (searched)",
        lessonCount: { $0 == 1 ? "1 lesson" : "\($0) lessons" },
        lesson: { "Lesson \($0)" },
        example: { "Example \($0)" },
        figure: { "Figure \($0).\($1)" },
        valueCount: { "\($0) values" },
        perEpoch: { "\($0) per epoch" }
    )

    /// Korean.
    public static let korean = PublishStrings(
        language: "ko", courseTitle: "딥러닝의 최적화",
        subtitle: "2차원 손실 곡면 위에서 살펴보는 옵티마이저와 학습률 스케줄",
        edition: "한국어판", contents: "차례", settings: "설정", goal: "학습 목표.",
        columns: ["실행", "옵티마이저", "학습률", "스케줄", "파라미터", "잡음", "스텝", "시작점"],
        allRuns: "모든 실행", surface: "손실 곡면", automaticRate: "auto (탐색)",
        lessonCount: { "강의 \($0)개" },
        lesson: { "\($0)강" },
        example: { "예제 \($0)" },
        figure: { "그림 \($0).\($1)" },
        valueCount: { "값 \($0)개" },
        perEpoch: { "에폭당 \($0)" }
    )
}

/// The words of the outcome figure, in the language of the figure's words (kept apart from
/// ``FigureWords``' own list so the figure kind stays one file's concern).
struct OutcomeWords: Sendable, Hashable {
    /// The default title; `{n}` is the number of members.
    var title: String
    var axis: String
    var category: String
    var diverged: String

    static let english = OutcomeWords(
        title: "Where the {n} seeds end", axis: "fraction of seeds", category: "the minimum nearest the last point, by its loss f",
        diverged: "✕ diverged"
    )
    static let korean = OutcomeWords(
        title: "{n}개 시드의 도착 지점", axis: "시드 비율", category: "마지막 점에서 가장 가까운 최솟값 (손실 f)",
        diverged: "✕ 발산"
    )
}

extension FigureWords {
    /// The outcome figure's words in the same language.
    var outcome: OutcomeWords { self == .korean ? .korean : .english }
}

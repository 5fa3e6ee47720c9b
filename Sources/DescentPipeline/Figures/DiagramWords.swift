/// The words Descent writes on its explanatory diagrams (step anatomy, the parabola, the LR
/// range test, data space, constraint regions), in the lesson's language: English, or Korean for
/// `ko`. Kept apart from `FigureWords` so each diagram's words sit together.
struct DiagramWords: Sendable, Hashable {
    var anatomyTitle: String
    var gradientStep: String
    var bufferStep: String
    var momentStep: String
    var stepTaken: String
    var stepNumber: String
    var parabolaTitle: String
    var rangeTitle: String
    var rangeAxis: String
    var lowestLoss: String
    var dataTitle: String
    var dataInput: String
    var dataTarget: String
    var dataProbability: String
    var dataPoints: String
    var boundary: String
    var constraintTitle: String
    var ratePerSurface: String

    /// The words for `language`, English unless it is Korean (`ko`, `ko-KR`).
    static func forLanguage(_ language: String) -> DiagramWords {
        language.lowercased().hasPrefix("ko") ? .korean : .english
    }

    /// "step 5", in the language of these words.
    func step(_ k: Int) -> String { stepNumber.replacingOccurrences(of: "{step}", with: String(k)) }

    static let english = DiagramWords(
        anatomyTitle: "Anatomy of a step", gradientStep: "−η∇f: gradient step", bufferStep: "−η·b: momentum buffer",
        momentStep: "−η·m̂: first moment", stepTaken: "step taken", stepNumber: "step {step}",
        parabolaTitle: "Iterates on the curve", rangeTitle: "LR range test", rangeAxis: "learning rate η (rising during the run)",
        lowestLoss: "lowest loss", dataTitle: "The fit in data space", dataInput: "input x", dataTarget: "target y",
        dataProbability: "P(y = 1)", dataPoints: "data", boundary: "decision boundary x = −b/w",
        constraintTitle: "Constrained minimum", ratePerSurface: "best η per surface"
    )

    static let korean = DiagramWords(
        anatomyTitle: "한 스텝의 해부", gradientStep: "−η∇f: 기울기 스텝", bufferStep: "−η·b: 모멘텀 버퍼",
        momentStep: "−η·m̂: 1차 모멘트", stepTaken: "실제 스텝", stepNumber: "{step} 스텝",
        parabolaTitle: "곡선 위의 반복점", rangeTitle: "학습률 범위 테스트", rangeAxis: "학습률 η (실행 중 증가)",
        lowestLoss: "최저 손실", dataTitle: "데이터 공간의 적합", dataInput: "입력 x", dataTarget: "목표 y",
        dataProbability: "P(y = 1)", dataPoints: "데이터", boundary: "결정 경계 x = −b/w",
        constraintTitle: "제약 아래의 최솟값", ratePerSurface: "곡면마다 최적 η"
    )
}

extension FigureContext {
    /// The diagrams' words in the figure's language.
    var diagramWords: DiagramWords { DiagramWords.forLanguage(language) }
}

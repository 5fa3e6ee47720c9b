/// The words Descent itself writes on figures (panel titles, axis labels, marks), in the
/// lesson's language: English, or Korean for `ko`; other languages fall back to English.
public struct FigureWords: Sendable, Hashable {
    public var step: String
    public var epoch: String
    public var learningRateTitle: String
    public var learningRateAxis: String
    public var lossTitle: String
    public var lossAxis: String
    public var lossAboveMinimumAxis: String
    public var distanceTitle: String
    public var distanceAxis: String
    /// A coordinate panel's title, with `{axis}` for x or y.
    public var coordinateTitle: String
    public var effectiveRateTitle: String
    public var effectiveRateAxis: String
    public var sweepTitle: String
    public var sweepAxis: String
    public var finalLoss: String
    public var bestLoss: String
    public var minimum: String
    public var globalMinimum: String
    public var saddle: String
    public var maximum: String
    public var restart: String
    public var best: String
    public var earlyStop: String
    public var divergedAtStep: String
    public var xSolid: String
    public var yDashed: String
    public var trainingSolid: String
    public var validationDashed: String
    public var divergedAtTop: String

    /// The words for `language` (`ko`, `ko-KR` ...), English otherwise.
    public static func forLanguage(_ language: String) -> FigureWords {
        language.lowercased().hasPrefix("ko") ? .korean : .english
    }

    /// "diverged at step 12", in the language of these words.
    public func diverged(at step: Int) -> String {
        divergedAtStep.replacingOccurrences(of: "{step}", with: String(step))
    }

    /// English.
    public static let english = FigureWords(
        step: "step", epoch: "epoch", learningRateTitle: "Learning rate", learningRateAxis: "learning rate",
        lossTitle: "Loss", lossAxis: "loss f(x, y)", lossAboveMinimumAxis: "f(x, y) − f*",
        distanceTitle: "Distance to the nearest minimum", distanceAxis: "distance ‖x − x*‖", coordinateTitle: "{axis} against step",
        effectiveRateTitle: "Effective step size per parameter", effectiveRateAxis: "effective step size",
        sweepTitle: "Learning-rate sweep", sweepAxis: "learning rate η", finalLoss: "final loss", bestLoss: "best loss",
        minimum: "min", globalMinimum: "global min", saddle: "saddle", maximum: "max", restart: "restart",
        best: "best", earlyStop: "early stop", divergedAtStep: "diverged at step {step}",
        xSolid: "x (solid)", yDashed: "y (dashed)", trainingSolid: "training (solid)", validationDashed: "validation (dashed)",
        divergedAtTop: "✕ at the top: diverged"
    )

    /// Korean, in the words of Korean course notes.
    public static let korean = FigureWords(
        step: "스텝", epoch: "에폭", learningRateTitle: "학습률", learningRateAxis: "학습률",
        lossTitle: "손실", lossAxis: "손실 f(x, y)", lossAboveMinimumAxis: "f(x, y) − f*",
        distanceTitle: "가장 가까운 최솟값까지의 거리", distanceAxis: "거리 ‖x − x*‖", coordinateTitle: "스텝별 {axis}",
        effectiveRateTitle: "파라미터별 유효 학습률", effectiveRateAxis: "유효 학습률",
        sweepTitle: "학습률 탐색", sweepAxis: "학습률 η", finalLoss: "최종 손실", bestLoss: "최저 손실",
        minimum: "최솟값", globalMinimum: "전역 최솟값", saddle: "안장점", maximum: "최댓값", restart: "재시작",
        best: "최적", earlyStop: "조기 종료", divergedAtStep: "{step} 스텝에서 발산",
        xSolid: "x (실선)", yDashed: "y (점선)", trainingSolid: "학습 (실선)", validationDashed: "검증 (점선)",
        divergedAtTop: "맨 위의 ✕: 발산"
    )
}

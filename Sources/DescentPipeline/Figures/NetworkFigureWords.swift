/// The words of the network figures (interpolation, path loss, decision boundary), in the
/// figure's language: English, or Korean for `ko`.
struct NetworkFigureWords {
    var interpolationTitle: String
    var pathLossTitle: String
    var boundaryTitle: String
    var startName: String
    var endName: String
    var trueLoss: String
    var planeLoss: String
    var boundary: String
    var stepTitle: String
    var classLabel: String
    var needsNetwork: String

    static func forLanguage(_ language: String) -> NetworkFigureWords {
        language.lowercased().hasPrefix("ko") ? korean : english
    }

    static let english = NetworkFigureWords(
        interpolationTitle: "Loss on the straight line between two weight vectors", pathLossTitle: "True loss along the path and the map's loss under it",
        boundaryTitle: "The classifier in data space", startName: "θ<sub>0</sub> start", endName: "θ<sub>T</sub> end",
        trueLoss: "true loss along the path", planeLoss: "the map's loss under the drawn path", boundary: "decision boundary (P = 0.5)",
        stepTitle: "step {step}", classLabel: "class {k}", needsNetwork: "needs a network surface"
    )

    static let korean = NetworkFigureWords(
        interpolationTitle: "두 가중치 벡터를 잇는 직선 위의 손실", pathLossTitle: "경로를 따라간 실제 손실과 지도 위의 손실",
        boundaryTitle: "데이터 공간의 분류기", startName: "θ<sub>0</sub> 시작", endName: "θ<sub>T</sub> 끝",
        trueLoss: "경로의 실제 손실", planeLoss: "그려진 경로 아래 지도의 손실", boundary: "결정 경계 (P = 0.5)",
        stepTitle: "{step} 스텝", classLabel: "클래스 {k}", needsNetwork: "네트워크 곡면이 필요합니다"
    )
}

import DescentNumerics
import DescentPlot

/// The surface's critical points inside the domain as marked points, labelled min, saddle or
/// max in the figure's language. With many of them (Rastrigin, Ackley) saddles and maxima are left out, and when
/// the minima alone are still a crowd only the global ones are labelled (`global min`), so the
/// map stays readable.
enum CriticalPointMarks {
    /// More points than this count as a crowd (Himmelblau's 4 minima, 4 saddles and 1 maximum
    /// are not one).
    static let crowd = 9

    static func points(_ surface: any Surface, in domain: Domain, words: FigureWords = .english) -> [MarkedPoint] {
        let inside = surface.criticalPoints.filter { domain.contains($0.point) }
        if inside.count <= crowd {
            return inside.map { MarkedPoint(x: $0.point.x, y: $0.point.y, kind: kind($0.kind), label: label($0.kind, words)) }
        }
        let minima = inside.filter { $0.kind == .minimum }
        let lowest = minima.map(\.value).min() ?? 0
        return minima.map { m in
            let label = minima.count <= crowd ? words.minimum : (m.isGlobal || m.value == lowest ? words.globalMinimum : nil)
            return MarkedPoint(x: m.point.x, y: m.point.y, kind: .minimum, label: label)
        }
    }

    static func kind(_ kind: CriticalPoint.Kind) -> MarkedPoint.Kind {
        switch kind {
        case .minimum: return .minimum
        case .saddle: return .saddle
        case .maximum: return .maximum
        }
    }

    private static func label(_ kind: CriticalPoint.Kind, _ words: FigureWords) -> String {
        switch kind {
        case .minimum: return words.minimum
        case .saddle: return words.saddle
        case .maximum: return words.maximum
        }
    }
}

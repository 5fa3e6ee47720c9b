import DescentLesson
import DescentPlot

/// The plot theme a lesson's `output.theme` names.
enum ThemeChoice {
    static func theme(_ name: OutputSettings.ThemeName) -> Theme {
        switch name {
        case .light: return .light
        case .dark: return .dark
        case .print: return .print
        }
    }
}

import DescentNumerics
import DescentPlot
import DescentScene
import Testing
@testable import DescentPipeline

/// One color per optimizer across the course; variants of one optimizer take shades of it.
@Suite struct RunStylesTests {
    static func theme(_ name: String) -> Theme { name == "dark" ? .dark : name == "print" ? .print : .light }

    /// The hue angle of a color in degrees (HSV/HSL hue: 0 red, 120 green, 240 blue). Mixing
    /// toward black or white, as `Theme.legible` does, keeps it.
    static func hue(_ c: Color) -> Double {
        let hi = max(c.red, c.green, c.blue), lo = min(c.red, c.green, c.blue), d = hi - lo
        guard d > 1e-9 else { return 0 }
        let h: Double
        if hi == c.red { h = (c.green - c.blue) / d } else if hi == c.green { h = 2 + (c.blue - c.red) / d } else { h = 4 + (c.red - c.green) / d }
        return (h * 60 + 360).truncatingRemainder(dividingBy: 360)
    }

    /// The smaller angle between two hues.
    static func hueDifference(_ a: Color, _ b: Color) -> Double {
        let d = abs(hue(a) - hue(b))
        return min(d, 360 - d)
    }

    static func styles(_ optimizers: [String], theme: Theme = .light) -> RunStyles {
        RunStyles(runs: optimizers.enumerated().map { RunStyles.Run(id: "\($0.offset)-\($0.element)", optimizer: $0.element, color: nil) }, theme: theme)
    }

    /// SGD is the same color in lesson 05 (SGD, Momentum), 10 (six optimizers, SGD first) and a
    /// lesson listing it last, in every theme.
    @Test(arguments: ["light", "dark", "print"])
    func anOptimizerKeepsItsColorAcrossLessons(themeName: String) {
        let theme = Self.theme(themeName)
        let lesson05 = Self.styles(["sgd", "momentum"], theme: theme)
        let lesson10 = Self.styles(["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"], theme: theme)
        let reversed = Self.styles(["adam", "rmsprop", "momentum", "sgd"], theme: theme)
        #expect(lesson05["0-sgd"].color == lesson10["0-sgd"].color)
        #expect(reversed["3-sgd"].color == lesson10["0-sgd"].color)
        #expect(reversed["2-momentum"].color == lesson05["1-momentum"].color)
        #expect(reversed["0-adam"].color == lesson10["5-adam"].color)
    }

    /// Every optimizer of the catalog has a course color.
    @Test func everyCatalogOptimizerHasAColor() {
        for entry in Optimizers.catalog.entries { #expect(OptimizerColors.byName[entry.name] != nil, "\(entry.name)") }
    }

    /// The pairs lessons compare get clearly different hues: SGD/Adam and Momentum/RMSProp (issue
    /// 10 found them near-identical), SGD/Momentum, Momentum/Nesterov, AdaGrad/RMSProp,
    /// Momentum/Adam. Okabe-Ito's near pairs are 1° apart (blue #0072B2 at 201°, sky blue #56B4E9
    /// at 202°) and 15° (vermillion #D55E00 at 26°, orange #E69F00 at 41°); 45° is "another hue".
    @Test(arguments: ["light", "dark"])
    func comparedPairsAreDistinct(themeName: String) {
        let theme = Self.theme(themeName)
        let s = Self.styles(["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"], theme: theme)
        #expect(abs(Self.hue(Color(hex: 0x0072B2)) - 201.5) < 0.5 && abs(Self.hue(Color(hex: 0xD55E00)) - 26.5) < 0.5)
        let pairs = [("0-sgd", "5-adam"), ("1-momentum", "4-rmsprop"), ("0-sgd", "1-momentum"), ("1-momentum", "2-nesterov"),
                     ("3-adagrad", "4-rmsprop"), ("1-momentum", "5-adam")]
        for (a, b) in pairs {
            #expect(Self.hueDifference(s[a].color, s[b].color) > 45, "\(a) vs \(b)")
        }
    }

    /// Three learning rates of SGD take three legible shades of SGD's blue, deep to faint in
    /// sweep order, whatever order the lesson lists them in; a pinned color is kept (made legible).
    @Test func variantsTakeShadesInSweepOrder() {
        let theme = Theme.light
        let runs = [
            RunStyles.Run(id: "lr-0.3", optimizer: "sgd", color: nil, sweepIndex: 2),
            RunStyles.Run(id: "lr-0.01", optimizer: "sgd", color: nil, sweepIndex: 0),
            RunStyles.Run(id: "lr-0.1", optimizer: "sgd", color: nil, sweepIndex: 1),
            RunStyles.Run(id: "adam", optimizer: "adam", color: nil),
            RunStyles.Run(id: "pinned", optimizer: "sgd", color: 0x999999),
        ]
        let styles = RunStyles(runs: runs, theme: theme)
        let shades = theme.shades(of: Color(hex: 0x0072B2), count: 3)
        #expect(styles["lr-0.01"].color == shades[0] && styles["lr-0.1"].color == shades[1] && styles["lr-0.3"].color == shades[2])
        #expect(styles["adam"].color == theme.legible(Color(hex: 0xD55E00)))
        #expect(styles["pinned"].color == theme.legible(Color(hex: 0x999999)))
    }
}

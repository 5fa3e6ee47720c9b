import Foundation
import ArgumentParser
import DescentNumerics

/// A point written `X,Y`, such as `--start=-1.2,1.0`.
struct PointOption: ExpressibleByArgument {
    let point: Vec2

    init?(argument: String) {
        let parts = argument.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let x = parts[0], let y = parts[1], x.isFinite, y.isFinite else { return nil }
        point = Vec2(x, y)
    }

    static var defaultValueDescription: String { "X,Y" }
}

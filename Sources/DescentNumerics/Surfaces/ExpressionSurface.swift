import Foundation

/// A surface written as a formula in `x` and `y`, such as `x^2 + 10*y^2 + 0.5*sin(3*x)`.
///
/// The formula is compiled once; the gradient and Hessian come from evaluating it in `Jet2`
/// (second-order automatic differentiation), not from finite differences. Critical points are
/// found by Newton's method from a 12 x 12 grid of seeds over the domain, deduplicated, and
/// classified by the Hessian's eigenvalues.
public struct ExpressionSurface: Surface {
    /// The compiled formula, in the variables `x` and `y`.
    public let formula: Formula
    public let defaultDomain: Domain
    public let defaultStart: Vec2
    public private(set) var criticalPoints: [CriticalPoint] = []

    /// Compiles `text` as a surface.
    ///
    /// - Parameters:
    ///   - constants: named values the formula may use besides `x`, `y`, `pi` and `e`.
    ///   - domain: the rectangle shown and searched for critical points.
    ///   - start: the default start; by default 20% in from the left and top of the domain.
    /// - Throws: `FormulaError` with the column of the first problem.
    public init(
        _ text: String, constants: [String: Double] = [:], domain: Domain = Domain(x: -2...2, y: -2...2), start: Vec2? = nil
    ) throws(FormulaError) {
        formula = try Formula(text, variables: ["x", "y"], constants: constants)
        defaultDomain = domain
        defaultStart = start ?? Vec2(domain.x.lowerBound + 0.2 * domain.width, domain.y.lowerBound + 0.8 * domain.height)
        criticalPoints = CriticalPointSearch.find(self, seeds: CriticalPointSearch.grid(domain, count: 12), within: domain)
    }

    public func value(at p: Vec2) -> Double { formula.evaluate { $0 == 0 ? p.x : p.y } }
    public func gradient(at p: Vec2) -> Vec2 { formula.jet(x: p.x, y: p.y).gradient }
    public func hessian(at p: Vec2) -> Matrix2 { formula.jet(x: p.x, y: p.y).hessian }
}

extension ExpressionSurface {
    /// The catalog entry for `expression`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "expression", aliases: ["formula", "custom"],
        summary: "Any formula in x and y, e.g. \"x^2 + 10*y^2 + 0.5*sin(3*x)\"",
        parameters: [
            ParameterSpec("expression", .text, summary: "The formula in x and y (+ - * / ^, sin, exp, min, if(c, a, b), pi, ...)"),
            ParameterSpec("constants", .text, summary: "Named constants the formula uses, e.g. \"a = 1; b = 100\""),
            ParameterSpec("domain", .numbers(count: 4), default: .list([-2, 2, -2, 2].map { .number($0) }), summary: "[x_min, x_max, y_min, y_max]"),
            ParameterSpec("start", .numbers(count: 2), summary: "Default start [x, y]"),
        ]
    ) { r throws(ParameterError) in
        guard let text = try r.optionalText("expression") else {
            throw r.missing("expression", "write the surface as a formula in x and y, e.g. \"x^2 + 10*y^2\"")
        }
        let constants = try parseConstants(r.optionalText("constants") ?? "", reader: r)
        let bounds = try r.numbers("domain", default: [-2, 2, -2, 2])
        guard bounds.count == 4, bounds[0] < bounds[1], bounds[2] < bounds[3] else {
            throw r.invalid("domain", "'domain' must be [x_min, x_max, y_min, y_max] with min < max")
        }
        let start = try r.has("start") ? r.numbers("start", default: []) : []
        do {
            return try ExpressionSurface(
                text, constants: constants, domain: Domain(x: bounds[0]...bounds[1], y: bounds[2]...bounds[3]),
                start: start.count == 2 ? Vec2(start[0], start[1]) : nil
            )
        } catch {
            var problem = r.invalid("expression", "surface formula: \(error)")
            problem.column = (error as? FormulaError)?.column
            throw problem
        }
    }

    /// Reads `a = 1; b = 100` (`;` or `,` between entries).
    private static func parseConstants(_ text: String, reader r: ParameterReader) throws(ParameterError) -> [String: Double] {
        var constants: [String: Double] = [:]
        for entry in text.split(whereSeparator: { $0 == ";" || $0 == "," }) {
            let parts = entry.split(separator: "=", omittingEmptySubsequences: false)
            let name = parts.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard parts.count == 2, !name.isEmpty, let value = Double(parts[1].trimmingCharacters(in: .whitespaces)) else {
                throw r.invalid("constants", "'constants' must look like \"a = 1; b = 100\", not '\(entry.trimmingCharacters(in: .whitespaces))'")
            }
            constants[name] = value
        }
        return constants
    }
}

import Testing
@testable import DescentNumerics

@Suite("Surface catalog")
struct SurfaceCatalogTests {
    static let names = Surfaces.catalog.entries.map(\.name).filter { $0 != "expression" }

    @Test("every surface builds with its defaults, starts inside its domain", arguments: names)
    func buildsWithDefaults(_ name: String) throws {
        let surface = try Surfaces.catalog.build(name)
        #expect(surface.defaultDomain.contains(surface.defaultStart))
        #expect(surface.value(at: surface.defaultStart).isFinite)
        let entry = try Surfaces.catalog.lookup(name)
        #expect(entry.parameter("l1") != nil && entry.parameter("l2") != nil)
    }

    @Test func namesAreUnique() {
        let all = Surfaces.catalog.allNames.map(Catalog<any Surface>.normalized)
        #expect(Set(all).count == all.count)
    }

    @Test func parametersReachTheSurface() throws {
        let ravine = try #require(try Surfaces.catalog.build("ravine", ["condition": .number(50)]) as? Ravine)
        #expect(ravine.condition == 50)
        let rosenbrock = try Surfaces.catalog.build("rosenbrock", ["a": .number(2)])
        #expect(rosenbrock.criticalPoints.first?.point == Vec2(2, 4))
    }

    @Test func penaltiesWrapTheSurface() throws {
        let plain = try Surfaces.catalog.build("booth")
        #expect(plain is Booth)
        let penalised = try Surfaces.catalog.build("booth", ["l2": .number(1)])
        // Booth + (x^2 + y^2) at (1, 3): 0 + 10.
        #expect(abs(penalised.value(at: Vec2(1, 3)) - 10) < 1e-12)
        #expect(Surfaces.catalog.problems(name: "booth", values: ["l1": .number(-1)]).count == 1)
    }

    @Test func expressionEntry() throws {
        let surface = try Surfaces.catalog.build("expression", [
            "expression": .text("a*(x - 1)^2 + b*y^2"), "constants": .text("a = 2; b = 3"),
            "domain": .list([.number(-3), .number(3), .number(-3), .number(3)]),
        ])
        #expect(abs(surface.value(at: Vec2(2, 1)) - 5) < 1e-12)
        #expect(surface.defaultDomain == Domain(x: -3...3, y: -3...3))
        #expect(surface.criticalPoints.map(\.point) == [Vec2(1, 0)])
        #expect(throws: ParameterError.self) { try Surfaces.catalog.build("expression", ["expression": .text("x +")]) }
        #expect(throws: ParameterError.self) { try Surfaces.catalog.build("expression") }
    }
}

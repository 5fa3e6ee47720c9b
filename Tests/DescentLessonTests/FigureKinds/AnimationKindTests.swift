import Testing
@testable import DescentLesson

/// The `animation` figure kind: what it reads, and the located errors for bad keys and values.
@Suite("Animation kind")
struct AnimationKindTests {
    /// A lesson with a contour map, a loss curve, an overview layout of both and `animation`.
    static func lesson(_ animation: String) -> String {
        Fixtures.lesson("""
            figures:
              - {kind: contour, name: paths}
              - {kind: loss, name: loss}
              - {kind: layout, name: overview, panels: [paths, loss]}
              - \(animation)
            """)
    }

    @Test func readsItsOptions() throws {
        let lesson = try Fixtures.load(Self.lesson("{kind: animation, name: race, of: overview, fps: 24, duration: 8, hold: 2, pause: 0.5}"))
        let race = try #require(lesson.figure(named: "race"))
        #expect(race.kind.animatesFigure)
        #expect(race.option("of") == .text("overview"))
        let timing = AnimationTiming(race)
        #expect(timing == AnimationTiming(fps: 24, duration: 8, hold: 2, pause: 0.5))
        // Defaults of the catalog entry: 30 fps, 1.5 s hold, no pause, scale 1.2.
        let plain = try #require(try Fixtures.load(Self.lesson("{kind: animation, name: race, of: paths}")).figure(named: "race"))
        #expect(AnimationTiming(plain) == AnimationTiming(fps: 30, hold: 1.5, pause: 0))
        #expect(plain.option("scale") == .number(1.2))
    }

    @Test("bad values and keys are reported where they are written", arguments: [
        ("{kind: animation, of: overview, fps: 0}", 9, 42, "'fps' must be in 1.0...50.0, not 0.0"),
        ("{kind: animation, of: overview, duration: -1}", 9, 47, "'duration' must be in 0.1...120.0, not -1.0"),
        ("{kind: animation, of: loss}", 9, 27,
         "animation 'animation' is of 'loss', which has no map for the runs to move over; animate a contour, heatmap or surface3d figure, or a layout showing one"),
        ("{kind: animation, of: overveiw}", 9, 27,
         "animation 'animation' sets 'overveiw' in motion, but the lesson has no figure of that name; did you mean 'overview'?"),
        ("{kind: animation, fps: 30}", 9, 5, "an animation needs 'of': the name of the figure it sets in motion, such as 'overview'"),
        ("{kind: animation, of: paths, duration: 4, steps_per_frame: 2}", 9, 47, "give an animation 'duration' or 'steps_per_frame', not both"),
        ("{kind: animation, of: paths, fsp: 30}", 9, 34, "unknown key 'fsp'; did you mean 'fps'?"),
    ])
    func badAnimations(animation: String, line: Int, column: Int, message: String) {
        let diagnostics = Fixtures.diagnostics(Self.lesson(animation))
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.first.map { [$0.line, $0.column] } == [line, column])
    }

    @Test func aLayoutCannotShowAnAnimation() {
        let yaml = Fixtures.lesson("""
            figures:
              - {kind: contour, name: paths}
              - {kind: animation, name: race, of: paths}
              - {kind: layout, name: overview, panels: [paths, race]}
            """)
        #expect(Fixtures.diagnostics(yaml).map(\.message) == [
            "layout 'overview' shows 'race', which is an animation; a layout arranges still figures (animate the layout instead)",
        ])
    }

    /// 100000 steps at one step per frame is 100001 motion frames plus 45 of hold (1.5 s at 30
    /// fps): beyond the 3600-frame cap, reported at `steps_per_frame` (line 7, column 46).
    @Test func aHundredThousandFramesAreBeyondTheCap() throws {
        let yaml = """
            title: T
            surface: bowl
            steps: 100000
            runs: [{optimizer: sgd, lr: 0.01}]
            figures:
              - {kind: contour, name: paths}
              - {kind: animation, name: race, of: paths, steps_per_frame: 1}
            """
        let (lesson, source) = try LessonLoader().parseWithSource(yaml: yaml, file: "Lessons/cap.yaml")
        let problems = LessonBudget.problems(lesson, source: source)
        #expect(problems == [Diagnostic(file: "Lessons/cap.yaml", line: 7, column: 46, message:
            "this animation has 100046 frames (100000 steps at 30 frames per second); the limit is 3600 frames; raise `steps_per_frame` or lower `duration`, `fps` or `hold`")])
    }
}

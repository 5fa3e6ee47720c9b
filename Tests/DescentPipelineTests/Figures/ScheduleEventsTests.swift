import Testing
import DescentNumerics
@testable import DescentPipeline

@Suite("Learning-rate marks drawn from the schedule's events")
struct ScheduleEventsTests {
    @Test func labelsByKind() {
        let words = FigureWords.english
        #expect(ScheduleEvents.label(ScheduleEvent(.milestone, factor: 0.1), words) == "×0.1")
        #expect(ScheduleEvents.label(ScheduleEvent(.plateau, factor: 0.5), words) == "×0.5")
        #expect(ScheduleEvents.label(ScheduleEvent(.restart), words) == words.restart)
        #expect(ScheduleEvents.label(ScheduleEvent(.phase), words) == "")
    }

    /// Two events at one step with one label make one mark; the order of the events is kept.
    @Test func oneMarkPerStepAndLabel() {
        let events = [
            StepEvent(step: 10, event: ScheduleEvent(.phase)),
            StepEvent(step: 10, event: ScheduleEvent(.phase)),
            StepEvent(step: 30, event: ScheduleEvent(.milestone, factor: 0.1)),
        ]
        #expect(ScheduleEvents.marks(for: events, words: .english) == [.init(step: 10, label: ""), .init(step: 30, label: "×0.1")])
    }
}

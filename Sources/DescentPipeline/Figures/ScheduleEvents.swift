import DescentNumerics
import DescentPlot

/// The marks a learning-rate panel draws for a run: the events its schedule reported
/// (`Trajectory.events`), never guessed from the shape of the rate curve.
///
/// Milestones and plateau reductions are labelled with their factor (`×0.1`), restarts with the
/// word for restart, and phase changes (a warm-up's end, OneCycleLR's peak, SequentialLR handing
/// over) with a line and no label.
enum ScheduleEvents {
    /// One mark: the step and its label (empty for none).
    struct Mark: Equatable {
        var step: Int
        var label: String
    }

    /// The marks for `events`, one per step and label.
    static func marks(for events: [StepEvent], words: FigureWords) -> [Mark] {
        var marks: [Mark] = []
        for placed in events {
            let mark = Mark(step: placed.step, label: label(placed.event, words))
            if !marks.contains(mark) { marks.append(mark) }
        }
        return marks
    }

    /// Vertical lines at the events of `runs`' schedules, at `step / per` of each run (`per`
    /// gives a run's steps per x unit): each place and label once, in the run's color when
    /// several runs are shown.
    static func verticalMarkers(_ runs: [RunResult], context: FigureContext, per: (RunResult) -> Double) -> [VerticalMarker] {
        var markers: [VerticalMarker] = []
        for run in runs {
            for mark in marks(for: run.trajectory.events, words: context.words) {
                let x = Double(mark.step) / per(run)
                // Runs sharing a schedule share its events: mark each place once.
                guard !markers.contains(where: { abs($0.x - x) < 1e-9 && $0.label == mark.label }) else { continue }
                markers.append(VerticalMarker(x: x, label: mark.label, color: runs.count == 1 ? nil : context.styles[run.id].color))
            }
        }
        return markers
    }

    /// `×0.1` for a milestone or plateau reduction, `restart` for a restart, nothing for a phase
    /// change.
    static func label(_ event: ScheduleEvent, _ words: FigureWords) -> String {
        switch event.kind {
        case .milestone, .plateau:
            return event.factor.map { "×" + NumberFormat.compact($0, significantDigits: 2) } ?? ""
        case .restart:
            return words.restart
        case .phase:
            return ""
        }
    }
}

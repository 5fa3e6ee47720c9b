import DescentNumerics

/// The learning rate a schedule gives at each step, as `descent schedule` prints it.
public enum ScheduleTable {
    /// The rates for steps `0..<steps`, advancing the schedule every `stepsPerEpoch` steps.
    ///
    /// `ReduceLROnPlateau` sees a constant loss here (nothing improves), which is all a table
    /// without a run can give it.
    public static func rates(
        schedule name: String, parameters: [String: ParameterValue], learningRate: Double, steps: Int, stepsPerEpoch: Int = 1
    ) throws(ParameterError) -> [Double] {
        let context = BuildContext(totalSteps: steps, stepsPerEpoch: stepsPerEpoch, learningRate: learningRate)
        var schedule = try Schedules.catalog.build(name, parameters, context: context)
        var value = schedule.start(baseLearningRate: learningRate)
        var rates: [Double] = []
        rates.reserveCapacity(steps)
        for step in 0..<steps {
            rates.append(value.learningRate)
            if (step + 1) % max(1, stepsPerEpoch) == 0 { value = schedule.advance(loss: 1) }
        }
        return rates
    }

    /// `step,lr` CSV for the rates.
    public static func csv(_ rates: [Double]) -> String {
        var text = "step,lr\n"
        for (step, rate) in rates.enumerated() { text += "\(step),\(CSVNumber.format(rate))\n" }
        return text
    }
}

import DescentNumerics
import DescentPlot

/// The curve a line panel draws for one run of a quantity per step: the run's own values, or for
/// a seed ensemble the members' median step by step with their 10-90 % band under it.
enum EnsembleCurves {
    /// The series of `run` (id, style and x per step from the caller) and its band, if it is an
    /// ensemble. `values` gives one member's value per recorded point; `per` divides steps into
    /// the x axis' unit (steps per epoch, or 1).
    static func curve(
        _ run: RunResult, style: SeriesStyle, per: Double, values: (Trajectory) -> [Double]
    ) -> (series: LineSeries, band: LineBand?) {
        guard run.isEnsemble else {
            let t = run.trajectory, ys = values(t)
            var series = LineSeries(id: run.id, style: style, xs: ys.indices.map { Double($0) / per }, ys: ys,
                                    divergedAt: t.divergence.map { Double($0.step) / per })
            series.marksEnd = true
            return (series, nil)
        }
        let q = EnsembleStatistics.pointwise(run.ensemble.map(values), quantiles: [0.5, EnsembleStatistics.band.lower, EnsembleStatistics.band.upper])
        let xs = q[0].indices.map { Double($0) / per }
        // The median curve ends where more than half of the members have diverged.
        let diverged = q[0].firstIndex { $0 == .infinity }
        var median = LineSeries(id: run.id, style: style, xs: xs, ys: diverged.map { Array(q[0][..<$0]) } ?? q[0],
                                divergedAt: diverged.map { Double($0) / per })
        median.marksEnd = true
        return (median, LineBand(id: run.id, color: style.color, xs: xs, lows: q[1], highs: q[2]))
    }
}

/// A lesson's runs as CSV files (`export: csv`), one per run and start point, in the columns of
/// `descent trace`: `step,x,y,loss,lr`.
///
/// The file of run `id` is `<id>.csv`; further start points add `-start2`, `-start3`, ...
public enum RunExport {
    /// The file names for runs given as (id, number of start points).
    public static func fileNames(_ runs: [(id: String, starts: Int)], directory: String) -> [String] {
        runs.flatMap { run in
            (0..<max(1, run.starts)).map { index in
                "\(directory)/\(run.id)\(index == 0 ? "" : "-start\(index + 1)").csv"
            }
        }
    }

    /// Each file name with its CSV text.
    public static func csvFiles(_ runs: [RunResult], directory: String) -> [(String, String)] {
        let names = fileNames(runs.map { ($0.id, $0.trajectories.count) }, directory: directory)
        let tables = runs.flatMap { $0.trajectories.map(TraceTable.csv) }
        return Array(zip(names, tables))
    }
}

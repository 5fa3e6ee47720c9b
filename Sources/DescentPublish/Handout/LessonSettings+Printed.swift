extension LessonSettings {
    /// The columns whose cells name their own keys (`momentum = 0.9`, `noise = 0.3, seed = 1`):
    /// the optimizer's parameters and the noise, stated without their heading when shared.
    public static let selfNamedColumns: Set<Int> = [Column.parameters, Column.noise]

    /// The table as a page prints it: with two rows or more, a column every row shares (other
    /// than the run's name) is stated once above the table (`shared`, the column and its value),
    /// and a column that is empty (`–`) in every row is left out; `columns` are the indices of
    /// the columns the table keeps, `rows` its cells in those columns. Lesson 17's four cyclic
    /// runs share their optimizer, noise, steps and start, so its table keeps run, lr and
    /// schedule.
    public var printed: (shared: [(column: Int, value: String)], columns: [Int], rows: [[String]]) {
        let width = rows.map(\.count).max() ?? 0
        var shared: [(column: Int, value: String)] = [], columns: [Int] = []
        for column in 0..<width {
            let cells = rows.map { column < $0.count ? $0[column] : "\u{2013}" }
            if cells.allSatisfy({ $0 == "\u{2013}" }) { continue }
            if column != Column.run, cells.count > 1, let first = cells.first, cells.allSatisfy({ $0 == first }) {
                shared.append((column, first))
            } else {
                columns.append(column)
            }
        }
        return (shared, columns, rows.map { row in columns.map { $0 < row.count ? row[$0] : "\u{2013}" } })
    }
}

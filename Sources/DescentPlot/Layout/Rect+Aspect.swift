import DescentScene

extension Rect {
    /// The largest rectangle of height-to-width ratio `aspect` inside this one, centered in it:
    /// the plot area of a map drawn at equal scale on both axes (`aspect` = y extent / x extent).
    func fitted(aspect: Double) -> Rect {
        guard aspect.isFinite, aspect > 0, width > 0, height > 0 else { return self }
        if height / width > aspect {
            let h = width * aspect
            return Rect(x: x, y: y + (height - h) / 2, width: width, height: h)
        }
        let w = height / aspect
        return Rect(x: x + (width - w) / 2, y: y, width: w, height: height)
    }
}

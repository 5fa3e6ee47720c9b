import DescentScene

extension Theme {
    /// The part of `colormap` (the panel's own, else the theme's) that maps may use on this theme:
    /// all of it on a light panel; on the dark theme the `contourSpan` below its bright end, whose
    /// yellow glares on a dark slide and, sunk toward the panel, turns olive. Contour bands wash it
    /// further toward the panel; heat maps and 3D surfaces use it as it is.
    public func mapColormap(_ colormap: Colormap?) -> Colormap {
        let full = colormap ?? self.colormap
        return contourSpan == 0...1 ? full : full.segment(contourSpan)
    }
}

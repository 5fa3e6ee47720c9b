import DescentScene

/// Where a laid-out text run sits relative to its layout origin (the top-left corner Pango draws from).
///
/// All values are in points.
struct TextMetrics: Hashable {
    /// Left edge of the logical (advance) box.
    var x: Double
    /// Top edge of the logical box.
    var y: Double
    /// Width of the logical box.
    var width: Double
    /// Height of the logical box.
    var height: Double
    /// Distance from the layout origin down to the first baseline.
    var baseline: Double

    /// The extent reported to layout: logical width and height, baseline measured from the box's top.
    var extent: TextExtent { TextExtent(width: width, height: height, baseline: baseline - y) }

    /// The offset from the anchor point to the layout origin that puts the requested part of the
    /// text at the anchor.
    ///
    /// Horizontally: leading `-x`, center `-(x + w/2)`, trailing `-(x + w)`.
    /// Vertically: top `-y`, center `-(y + h/2)`, baseline `-baseline`, bottom `-(y + h)`.
    ///
    /// Wrapped text (`box` set to its wrap width) is anchored by its box from the layout origin
    /// instead: leading `0`, center `-box/2`, trailing `-box`, so alignment moves lines within it.
    func origin(horizontal: TextItem.HorizontalAnchor, vertical: TextItem.VerticalAnchor, box: Double? = nil) -> Point {
        let left = box == nil ? x : 0
        let span = box ?? width
        let dx: Double = switch horizontal {
        case .leading: -left
        case .center: -(left + span / 2)
        case .trailing: -(left + span)
        }
        let dy: Double = switch vertical {
        case .top: -y
        case .center: -(y + height / 2)
        case .baseline: -baseline
        case .bottom: -(y + height)
        }
        return Point(dx, dy)
    }
}

import DescentScene

extension Theme {
    /// Okabe and Ito's colorblind-safe palette (without its yellow and black, which vanish on
    /// light backgrounds and colormaps).
    public static let okabeIto: [Color] = [0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9].map { Color(hex: $0) }

    /// Dark text on white: for handouts, papers and bright rooms. Run colors keep a contrast ratio
    /// of 3 against the panel, WCAG 2.1's level for graphical objects (success criterion 1.4.11).
    public static let light = Theme(
        name: "light", background: .white, panelBackground: .white, foreground: Color(hex: 0x1F2328),
        mutedForeground: Color(hex: 0x57606A), grid: Color(hex: 0xE4E7EB), axis: Color(hex: 0x8C959F),
        fontFamily: "DejaVu Sans, NanumGothic, sans-serif", fontSize: 12, palette: okabeIto,
        colormap: .viridis, contourWash: 0.62, contourLineTint: Color(hex: 0x1F2328), contourLineAmount: 0.2,
        minimumRunContrast: 3
    )

    /// Light text on a dark gray page: for slides in a dark room. Contour bands use a colormap's
    /// lower 62 % (viridis: purple, blue, teal, green) sunk toward the background: its yellow top,
    /// sunk, would turn olive. Run colors keep a contrast ratio of 4.5 against the panel (WCAG's level for text):
    /// on a dark panel a thin deep-blue line at 3:1 is still hard to follow, so pinned and
    /// course colors are lightened further than the light theme darkens them.
    public static let dark = Theme(
        name: "dark", background: Color(hex: 0x15171C), panelBackground: Color(hex: 0x1B1E24),
        foreground: Color(hex: 0xE8EAED), mutedForeground: Color(hex: 0xA2A8B1), grid: Color(hex: 0x2C3038),
        axis: Color(hex: 0x5C6370), fontFamily: "DejaVu Sans, NanumGothic, sans-serif", fontSize: 12,
        palette: [0x56B4E9, 0xE69F00, 0x3FD49B, 0xF39AC6, 0xF0E442, 0xFF8A5B].map { Color(hex: $0) },
        colormap: .viridis, contourWash: 0.42, contourSpan: 0...0.62, contourLineTint: .white, contourLineAmount: 0.12,
        minimumRunContrast: 4.5
    )

    /// Black on white that survives grayscale printing: runs differ by dash pattern and marker as
    /// well as by (dark) color, and bands are light grays.
    public static let print = Theme(
        name: "print", background: .white, panelBackground: .white, foreground: .black,
        mutedForeground: Color(hex: 0x444444), grid: Color(hex: 0xE0E0E0), axis: Color(hex: 0x666666),
        fontFamily: "DejaVu Sans, NanumGothic, sans-serif", fontSize: 11,
        palette: [0x000000, 0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0x555555].map { Color(hex: $0) },
        dashes: [[], [5, 2.5], [1.2, 2.2], [7, 2, 1.2, 2], [3, 3], [9, 3]],
        markers: [.circle, .square, .triangle, .diamond, .star, .cross],
        colormap: .grays, contourWash: 0.35, contourLineTint: .black, contourLineAmount: 0.25
    )
}

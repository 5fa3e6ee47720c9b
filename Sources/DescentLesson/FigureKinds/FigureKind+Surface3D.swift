import DescentNumerics

extension FigureKind {
    /// The surface as a 3D mesh seen from an angle, with the paths on it.
    public static let surface3d = FigureKind(
        name: "surface3d", summary: "the surface in 3D with the paths on it",
        options: [
            FigureOptions.colormap,
            ParameterSpec("azimuth", .number, range: -360...360, default: .number(-60), summary: "Viewing angle around the vertical axis, degrees"),
            ParameterSpec("elevation", .number, range: -90...90, default: .number(30), summary: "Viewing angle above the plane, degrees"),
            FigureOptions.resolution(default: 121),
        ],
        layoutWeight: 1.25
    )
}

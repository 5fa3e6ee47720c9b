import CDescentCairo
import CDescentPango
import DescentScene

/// Paints scene nodes onto one Cairo context, in scene coordinates (points, y down).
///
/// The same code draws on image, SVG and PDF surfaces. Items that cannot be drawn meaningfully
/// (a non-finite position, a pixel count that does not match the image size, a non-positive
/// size) are skipped rather than allowed to put Cairo into an error state.
struct NodePainter {
    let context: CairoContext
    let text: PangoTextEngine
    /// Simplifies polylines to the device resolution (once for the strokes of one path).
    let simplification = PathSimplification()

    /// Width in points of the outline stroked behind haloed text.
    static let haloWidth = 3.0

    private var cr: OpaquePointer { context.pointer }

    /// Fills the whole page with `background` and paints `scene.root` over it.
    func paint(_ scene: Scene) throws(RenderError) {
        if scene.background.alpha > 0 {
            scene.background.setSource(on: cr)
            cairo_paint(cr)
        }
        try paint(scene.root)
        try context.check("paint the scene")
    }

    /// Paints a group's children in order, placed by its transform (translate, then scale) and
    /// inside its clip rectangle (in the group's own coordinates) if it has them.
    ///
    /// A clip rectangle with a non-finite or non-positive size, or a transform with a non-finite
    /// offset or a non-positive scale, hides the group.
    func paint(_ group: SceneGroup) throws(RenderError) {
        if group.clip == nil, group.transform == nil {
            for child in group.children { try paint(child) }
            return
        }
        guard group.clip?.isDrawable ?? true, group.transform?.isDrawable ?? true else { return }
        cairo_save(cr)
        if let transform = group.transform {
            cairo_translate(cr, transform.offset.x, transform.offset.y)
            cairo_scale(cr, transform.scale, transform.scale)
        }
        if let clip = group.clip {
            cairo_rectangle(cr, clip.x, clip.y, clip.width, clip.height)
            cairo_clip(cr)
        }
        for child in group.children { try paint(child) }
        cairo_restore(cr)
    }

    func paint(_ node: SceneNode) throws(RenderError) {
        switch node {
        case .shape(let shape): paint(shape)
        case .text(let item): paint(item)
        case .image(let image): try paint(image)
        case .group(let group): try paint(group)
        }
    }

    /// Fills (with the shape's fill rule), then strokes, the path, first simplified to the device
    /// resolution (``PathSimplification``). Contour bands are painted one over another (from the
    /// highest level down), so moving their outlines by the tolerance opens no seam; fills that
    /// meet edge to edge (a 3-D surface's facets) are small polygons whose corners stay unless
    /// they lie within the tolerance of their neighbours' chord.
    func paint(_ shape: ShapeItem) {
        let stroke = shape.stroke.flatMap { $0.isDrawable ? $0 : nil }
        guard shape.fill != nil || stroke != nil else { return }
        PathTracer.trace(simplification.simplified(shape.path, on: cr), on: cr)
        if let fill = shape.fill {
            fill.setSource(on: cr)
            cairo_set_fill_rule(cr, shape.fillRule == .evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
            cairo_fill_preserve(cr)
        }
        if let stroke {
            stroke.apply(to: cr)
            cairo_stroke_preserve(cr)
        }
        cairo_new_path(cr)
    }

    /// Draws the text with its anchor at `position`, rotated counter-clockwise about it,
    /// over an optional halo (the glyph outlines stroked ``haloWidth`` wide with round joins).
    func paint(_ item: TextItem) {
        guard item.position.isFinite, item.rotation.isFinite, item.style.size.isFinite, item.style.size > 0,
              !item.text.isEmpty
        else { return }
        let paragraph = ParagraphKey(wrapWidth: item.wrapWidth, alignment: item.alignment)
        let metrics = text.prepare(item.text, markup: item.markup, font: FontKey(item.style), paragraph: paragraph)
        let origin = metrics.origin(horizontal: item.horizontal, vertical: item.vertical, box: paragraph.wrapWidth)
        cairo_save(cr)
        cairo_translate(cr, item.position.x, item.position.y)
        if item.rotation != 0 { cairo_rotate(cr, -item.rotation * .pi / 180) }
        if let halo = item.halo, halo.alpha > 0 {
            cairo_new_path(cr)
            cairo_move_to(cr, origin.x, origin.y)
            pango_cairo_layout_path(cr, text.layout)
            halo.setSource(on: cr)
            cairo_set_line_width(cr, Self.haloWidth)
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            cairo_set_dash(cr, nil, 0, 0)
            cairo_stroke(cr)
        }
        cairo_move_to(cr, origin.x, origin.y)
        item.style.color.setSource(on: cr)
        pango_cairo_show_layout(cr, text.layout)
        cairo_new_path(cr)
        cairo_restore(cr)
    }

    /// Draws the pixels scaled into `frame`: bilinear when smooth, nearest-neighbour otherwise,
    /// with edge pixels padded outwards so a smooth image has no faded border. In SVG the image
    /// is embedded as the PNG of ``PNGEncoder`` (see ``CairoSurface/attachPNG()``).
    func paint(_ image: ImageItem) throws(RenderError) {
        guard image.isDrawable else { return }
        let source = try image.cairoSurface()
        if cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_SVG { try source.attachPNG() }
        cairo_save(cr)
        cairo_translate(cr, image.frame.x, image.frame.y)
        cairo_scale(cr, image.frame.width / Double(image.pixelWidth), image.frame.height / Double(image.pixelHeight))
        cairo_set_source_surface(cr, source.pointer, 0, 0)
        let pattern = cairo_get_source(cr)
        cairo_pattern_set_filter(pattern, image.smooth ? CAIRO_FILTER_BILINEAR : CAIRO_FILTER_NEAREST)
        cairo_pattern_set_extend(pattern, CAIRO_EXTEND_PAD)
        cairo_rectangle(cr, 0, 0, Double(image.pixelWidth), Double(image.pixelHeight))
        cairo_fill(cr)
        cairo_restore(cr)
    }
}

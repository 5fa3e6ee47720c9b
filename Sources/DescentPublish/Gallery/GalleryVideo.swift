import DescentLesson

/// An animation in the gallery: a `<video>` with controls whose poster is the figure's still (its
/// last frame), and keys that step it one frame back or forward (`,` and `.`, or the arrow keys
/// while it has focus), as video players do.
public struct GalleryVideo: Sendable, Hashable {
    /// The MP4's path relative to the gallery page.
    public var source: String
    /// Frames per second: one key press moves `1 / fps` seconds.
    public var fps: Int

    /// Creates a gallery video.
    public init(source: String, fps: Int) {
        self.source = source
        self.fps = fps
    }

    /// The video of `request` when it is an animation the lesson writes as MP4, else nil.
    public init?(_ request: FigureRequest, lesson: Lesson) {
        guard request.kind.animatesFigure, lesson.output.animationFormats.contains(.mp4) else { return nil }
        self.init(source: "\(lesson.name)/\(request.name).mp4", fps: AnimationTiming(request).fps)
    }

    /// The element, with `poster` (already a URL path) and `label` for screen readers.
    func element(poster: String, label: String) -> String {
        let e = Markup.escaped
        return "<video controls loop muted playsinline preload=\"metadata\" tabindex=\"0\" data-fps=\"\(fps)\" "
            + "poster=\"\(e(poster))\" src=\"\(e(Gallery.pathForHTML(source)))\" aria-label=\"\(e(label))\"></video>\n"
            + "<p class=\"keys\">, / . or ← / →: one frame back / forward</p>\n"
    }

    /// Steps the focused (or last played) video by one frame on `,` `.` `←` `→`, pausing it first.
    static let script = """
    <script>
    (function(){var current=null;
    document.querySelectorAll('video[data-fps]').forEach(function(v){
    v.addEventListener('play',function(){current=v});v.addEventListener('focus',function(){current=v});});
    document.addEventListener('keydown',function(ev){
    var v=document.activeElement&&document.activeElement.tagName==='VIDEO'?document.activeElement:current;
    if(!v)return;var d=ev.key===','||ev.key==='ArrowLeft'?-1:(ev.key==='.'||ev.key==='ArrowRight'?1:0);
    if(!d)return;ev.preventDefault();v.pause();
    v.currentTime=Math.max(0,Math.min(v.duration||0,v.currentTime+d/Number(v.dataset.fps)));});})();
    </script>

    """
}

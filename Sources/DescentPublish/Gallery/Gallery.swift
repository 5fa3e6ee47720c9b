import DescentFiles

/// The HTML gallery: one self-contained page (inline CSS, no external assets; one small inline
/// script only when it shows videos, for stepping them frame by frame) with a
/// navigation list of the lessons and, per lesson, its title, goal and numbered figures with their
/// captions. Lessons are numbered as in the handout (``LessonNumber``); their texts' Pango markup
/// becomes HTML (``LessonMarkup``). Korean text breaks lines between words only
/// (`word-break: keep-all`). Images are referenced relatively, so the page works offline beside
/// the figures.
public enum Gallery {
    /// The page for `lessons`, with the surrounding words in `strings`' language.
    public static func html(lessons: [GalleryLesson], strings: PublishStrings = .english) -> String {
        let e = Markup.escaped
        var out = """
        <!DOCTYPE html>
        <html lang="\(e(strings.language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(strings.courseTitle))</title>
        <style>\(css)</style>
        </head>
        <body>
        <nav>
        <p class="course">\(e(strings.courseTitle))</p>
        <p class="count">\(e(strings.lessonCount(lessons.count)))</p>
        <ol>

        """
        let numbers = LessonNumber.numbers(lessons.map(\.name))
        let html = { (text: String) in LessonMarkup(text).html }
        for (lesson, number) in zip(lessons, numbers) {
            out += "<li><a href=\"#\(e(lesson.name))\"><span class=\"n\">\(e(number.text))</span> \(html(lesson.title))</a></li>\n"
        }
        out += """
        </ol>
        </nav>
        <main>
        <header><h1>\(e(strings.courseTitle))</h1><p>\(e(strings.subtitle))</p></header>

        """
        for (lesson, number) in zip(lessons, numbers) {
            out += "<section id=\"\(e(lesson.name))\">\n"
            out += "<p class=\"kicker\">\(e(strings.label(number)))</p>\n<h2>\(html(lesson.title))</h2>\n"
            if let goal = lesson.goal, !goal.isEmpty {
                out += "<p class=\"goal\"><strong>\(e(strings.goal))</strong> \(html(goal))</p>\n"
            }
            if let page = lesson.controlsPage {
                out += "<p class=\"goal\"><a class=\"try\" href=\"\(e(pathForHTML(page)))\">Try its controls offline</a> (precomputed values; <code>descent serve</code> computes any value live)</p>\n"
            }
            for (figureIndex, figure) in lesson.figures.enumerated() {
                let label = strings.figure(number.text, figureIndex + 1)
                out += "<figure id=\"\(e(lesson.name))-\(e(figure.name))\">\n"
                if let video = figure.video {
                    out += video.element(poster: pathForHTML(figure.source), label: figure.caption.map { LessonMarkup($0).plain } ?? label)
                } else {
                    out += "<img src=\"\(e(pathForHTML(figure.source)))\" alt=\"\(e(figure.caption.map { LessonMarkup($0).plain } ?? label))\" loading=\"lazy\">\n"
                }
                out += "<figcaption><strong>\(e(label))</strong>"
                if let caption = figure.caption, !caption.isEmpty { out += " \(html(caption))" }
                out += "</figcaption>\n</figure>\n"
            }
            out += "</section>\n"
        }
        out += "</main>\n"
        if lessons.contains(where: { lesson in lesson.figures.contains { $0.video != nil } }) { out += GalleryVideo.script }
        out += "</body>\n</html>\n"
        return out
    }

    /// Writes the page to `path` atomically, creating missing folders.
    public static func write(lessons: [GalleryLesson], strings: PublishStrings = .english, to path: String) throws(FileError) {
        try AtomicFile.write(Array(html(lessons: lessons, strings: strings).utf8), to: path)
    }

    /// A relative file path as a URL path: each segment percent-encoded except unreserved
    /// characters, so names with spaces or `#` still load.
    static func pathForHTML(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            var encoded = ""
            for byte in segment.utf8 {
                let c = Character(UnicodeScalar(byte))
                if c.isASCII, c.isLetter || c.isNumber || "-._~".contains(c) {
                    encoded.append(c)
                } else {
                    encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
            }
            return encoded
        }.joined(separator: "/")
    }

    /// The page's style sheet: a fixed navigation column beside a reading column, system fonts.
    public static let css = """
    :root{--ink:#1f2328;--muted:#57606a;--rule:#d0d7de;--accent:#0072b2;--bg:#ffffff;--panel:#f6f8fa}
    *{box-sizing:border-box}
    :lang(ko){word-break:keep-all}
    body{margin:0;font:16px/1.55 "DejaVu Sans","Noto Sans","NanumGothic",system-ui,sans-serif;color:var(--ink);background:var(--bg)}
    a.try{color:var(--accent);text-decoration:underline}
    nav{position:fixed;top:0;left:0;bottom:0;width:17rem;overflow-y:auto;padding:1.5rem 1.25rem;background:var(--panel);border-right:1px solid var(--rule)}
    nav .course{font-weight:700;margin:0}
    nav .count{color:var(--muted);font-size:.85rem;margin:.2rem 0 1rem}
    nav ol{margin:0;padding:0;list-style:none;font-size:.92rem}
    nav li{margin:.35rem 0;padding-left:2.2rem;text-indent:-2.2rem}
    nav .n{display:inline-block;width:2.2rem;text-indent:0;color:var(--accent);font-weight:700}
    a{color:var(--ink);text-decoration:none}
    a:hover{color:var(--accent);text-decoration:underline}
    main{margin-left:17rem;padding:2rem 3rem 4rem;max-width:64rem}
    header h1{font-size:2rem;margin:0 0 .25rem}
    header p{color:var(--muted);margin:0 0 2rem}
    section{padding-top:1.5rem;margin-top:1.5rem;border-top:1px solid var(--rule)}
    .kicker{color:var(--accent);font-weight:700;font-size:.8rem;letter-spacing:.02em;margin:0}
    h2{font-size:1.5rem;margin:.2rem 0 .6rem}
    .goal{margin:0 0 1.2rem}
    figure{margin:0 0 2rem}
    figure video{display:block;width:100%;height:auto;border:1px solid var(--rule);border-radius:4px;background:#fff}
    figure .keys{color:var(--muted);font-size:.8rem;margin:.3rem 0 0}
    figure img{display:block;width:100%;height:auto;border:1px solid var(--rule);border-radius:4px;background:#fff}
    figcaption{color:var(--muted);font-size:.9rem;margin-top:.5rem}
    figcaption strong{color:var(--ink)}
    @media (max-width:50rem){nav{position:static;width:auto;border-right:0;border-bottom:1px solid var(--rule)}main{margin-left:0;padding:1.5rem}}
    @media print{nav{display:none}main{margin:0}}
    """
}

extension String {
    /// The string with zeros in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

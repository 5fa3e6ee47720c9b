import Testing
@testable import DescentPublish

/// Lesson text as the handout (Pango), the gallery (HTML) and bookmarks (plain) print it.
@Suite struct LessonMarkupTests {
    @Test func tagsPangoKnowsAreKeptAndEverythingElseIsText() {
        let text = LessonMarkup("η<sub>0</sub> & <why> 10<sup>−4</sup>")
        #expect(text.pango == "η<sub>0</sub> &amp; &lt;why&gt; 10<sup>−4</sup>")
        #expect(text.html == "η<sub>0</sub> &amp; &lt;why&gt; 10<sup>−4</sup>")
        #expect(text.plain == "η0 & <why> 10−4")
    }

    @Test func unbalancedTagsAreMadeWellFormed() {
        // An open tag is closed at the end; a closing tag that closes nothing is text.
        #expect(LessonMarkup("<b>bold").pango == "<b>bold</b>")
        #expect(LessonMarkup("a</i> b").pango == "a&lt;/i&gt; b")
        #expect(LessonMarkup("<i><b>x</i></b>").pango == "<i><b>x&lt;/i&gt;</b></i>")
    }

    @Test func entitiesAreDecodedOnceAndSpansLoseTheirAttributesInHTML() {
        #expect(LessonMarkup("&#x3B7; &#951; &lt; &amp;amp; &nope;").plain == "η η < &amp; &nope;")
        let span = LessonMarkup(#"<span foreground="red">x</span> <tt>lr</tt>"#)
        #expect(span.pango == #"<span foreground="red">x</span> <tt>lr</tt>"#)
        #expect(span.html == "<span>x</span> <code>lr</code>")
    }
}

/// Lesson numbers come from the curriculum, not from the position in the folder.
@Suite struct LessonNumberTests {
    @Test(arguments: [("04a-ravine-zigzag", "4a"), ("18-custom-formula", "18"), ("10", "10"), ("09b-sign-methods", "9b")])
    func curriculumNumberIsReadFromTheFileName(name: String, number: String) {
        #expect(LessonNumber.curriculum(name) == number)
    }

    @Test(arguments: ["ravine", "3dplot-x", "lesson1"])
    func namesWithoutANumberAreExamples(name: String) {
        #expect(LessonNumber.curriculum(name) == nil)
    }

    @Test func examplesAreLetteredAndLeftOutOfACourse() {
        let names = ["01-learning-rate", "ravine", "18-custom-formula", "bowl"]
        #expect(LessonNumber.numbers(names).map(\.text) == ["1", "A", "18", "B"])
        #expect(LessonNumber.numbers(names).map(\.isExample) == [false, true, false, true])
        #expect(LessonNumber.course(names) == [0, 2])
        #expect(LessonNumber.course(["ravine", "bowl"]) == [0, 1])
        #expect(LessonNumber.letter(27) == "AA")
    }
}

import DescentScene
import Testing
@testable import DescentRender

/// Korean lines break at the spaces between words, never between the syllables of a word.
@Suite struct HangulWordsTests {
    static let style = TextStyle(family: "NanumGothic, DejaVu Sans", size: 10)

    @Test func wordsAreRunsOfNonSpaceWithHangulInUTF8Bytes() {
        // "가장 η<sub>" ... each syllable is 3 UTF-8 bytes, η is 2: "가장" is bytes 0..<6,
        // "작은(0.1)" is bytes 7..<18 (6 bytes of Hangul + 5 ASCII), "lr" has no Hangul.
        #expect(HangulWords.ranges(in: "가장 작은(0.1) lr") == [0..<6, 7..<18])
        #expect(HangulWords.ranges(in: "η = 0.3입니다") == [5..<17])
        #expect(HangulWords.ranges(in: "gradient descent").isEmpty)
    }

    @Test(.enabled(if: PangoTextMeasurer().measure("가", markup: false, style: style).width > 0))
    func aLineBreaksAtTheSpaceNotInsideTheWord() {
        // The box is just wide enough for "한국어 문장을 나" (the first two words and one syllable
        // of the third). Pango's default rules put "나" on the first line and "눕니다" on the
        // second; kept whole, the third word "나눕니다" moves to the second line, so the widest
        // line is narrower than "한국어 문장을 나" and as wide as "한국어 문장을" (the trailing
        // space is not counted).
        let measurer = PangoTextMeasurer()
        let box = measurer.measure("한국어 문장을 나", markup: false, style: Self.style).width + 0.5
        let firstLine = measurer.measure("한국어 문장을", markup: false, style: Self.style).width
        for markup in [false, true] {
            let text = markup ? "<b></b>한국어 문장을 나눕니다" : "한국어 문장을 나눕니다"
            let wrapped = measurer.measure(text, markup: markup, style: Self.style, wrapWidth: box)
            let line = measurer.measure("한", markup: false, style: Self.style).height
            #expect((wrapped.height / line).rounded() == 2)
            #expect(abs(wrapped.width - firstLine) < 0.01)
        }
    }
}

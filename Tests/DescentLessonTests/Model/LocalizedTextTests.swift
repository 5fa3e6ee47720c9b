import Testing
@testable import DescentLesson

@Suite("LocalizedText")
struct LocalizedTextTests {
    let title = LocalizedText(translations: ["en": "Ravines", "ko": "협곡"])

    @Test func ownLanguageWins() {
        #expect(title.resolved(language: "ko") == "협곡")
        #expect(title.resolved(language: "en") == "Ravines")
    }

    @Test func regionFallsBackToBaseLanguage() {
        #expect(title.resolved(language: "ko-KR") == "협곡")
    }

    @Test func missingLanguageFallsBackToEnglish() {
        #expect(title.resolved(language: "fr") == "Ravines")
        #expect(LocalizedText(translations: ["en": "Step size"]).resolved(language: "ko") == "Step size")
    }

    @Test func withoutEnglishTheFirstLanguageAlphabeticallyIsUsed() {
        let text = LocalizedText(translations: ["ko": "협곡", "de": "Schluchten"])
        #expect(text.resolved(language: "fr") == "Schluchten")
        #expect(LocalizedText(translations: [:]).resolved(language: "en") == "")
    }

    @Test func plainStringServesEveryLanguage() {
        let text: LocalizedText = "SGD"
        #expect(text.resolved(language: "ko") == "SGD")
        #expect(text.languages == ["en"])
    }

    @Test func mapAppliesToEveryLanguage() {
        let mapped = title.map { $0 + "!" }
        #expect(mapped.resolved(language: "en") == "Ravines!")
        #expect(mapped.resolved(language: "ko") == "협곡!")
    }
}

/// Text a lesson gives in one or more languages: `"SGD"` or `{en: "Ravines", ko: "협곡"}`.
///
/// A plain string is stored as English and so serves every language that has no text of its own.
public struct LocalizedText: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The language every lookup falls back to.
    public static let fallbackLanguage = "en"

    /// The text by language code (`en`, `ko`, `pt-BR`).
    public var translations: [String: String]

    /// Text for every language (stored as English, the fallback).
    public init(_ text: String) {
        translations = [Self.fallbackLanguage: text]
    }

    /// Text in the given languages.
    public init(translations: [String: String]) {
        self.translations = translations
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The text for `language`: its own, else its base language's (`ko` for `ko-KR`), else English,
    /// else the first language in alphabetical order, else the empty string.
    public func resolved(language: String) -> String {
        if let own = translations[language] { return own }
        if let dash = language.firstIndex(of: "-"), let base = translations[String(language[..<dash])] { return base }
        if let english = translations[Self.fallbackLanguage] { return english }
        return translations.min { $0.key < $1.key }?.value ?? ""
    }

    /// The languages given, sorted.
    public var languages: [String] { translations.keys.sorted() }

    /// The text with `transform` applied in every language.
    public func map(_ transform: (String) -> String) -> LocalizedText {
        LocalizedText(translations: translations.mapValues(transform))
    }

    /// The English (fallback) text.
    public var description: String { resolved(language: Self.fallbackLanguage) }
}

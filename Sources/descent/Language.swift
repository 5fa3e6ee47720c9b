import ArgumentParser

/// The languages Descent writes its own words in (figure labels, handout headings); lesson text
/// in any other language falls back to English.
enum Language: String, CaseIterable, ExpressibleByArgument {
    /// English.
    case en
    /// Korean.
    case ko
}

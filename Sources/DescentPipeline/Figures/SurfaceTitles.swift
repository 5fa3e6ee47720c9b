/// A catalog surface's name as a panel title in the figure's language: `rosenbrock` is
/// "Rosenbrock" (로젠브록), `six_hump_camel` "Six-hump camel" (여섯 혹 낙타). A name missing from
/// the table is shown with its first letter capitalized and underscores as spaces.
enum SurfaceTitles {
    /// The title of surface `name` in `language` (`ko...` Korean, else English).
    static func title(_ name: String, language: String) -> String {
        let table = language.lowercased().hasPrefix("ko") ? korean : english
        if let title = table[name] { return title }
        let spaced = name.replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    static let english: [String: String] = [
        "goldstein_price": "Goldstein–Price", "six_hump_camel": "Six-hump camel", "three_hump_camel": "Three-hump camel",
        "styblinski_tang": "Styblinski–Tang", "monkey_saddle": "Monkey saddle",
    ]

    static let korean: [String: String] = [
        "ackley": "애클리", "beale": "빌", "booth": "부스", "bowl": "그릇", "goldstein_price": "골드스타인–프라이스",
        "himmelblau": "힘멜블라우", "matyas": "마티아스", "monkey_saddle": "원숭이 안장", "multiwell": "여러 우물",
        "plateau": "정체 구간", "rastrigin": "라스트리긴", "ravine": "골짜기", "rosenbrock": "로젠브록", "saddle": "안장점",
        "six_hump_camel": "여섯 혹 낙타", "styblinski_tang": "스티블린스키–탕", "three_hump_camel": "세 혹 낙타",
    ]
}

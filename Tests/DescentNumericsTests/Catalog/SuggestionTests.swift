import Testing
@testable import DescentNumerics

@Suite("Suggestion")
struct SuggestionTests {
    @Test(arguments: [
        ("steps", "steps", 0), ("stpes", "steps", 1), ("sgdd", "sgd", 1), ("adma", "adam", 1),
        ("cosine", "cosin", 1), ("abc", "cab", 2), ("", "abc", 3),
    ])
    func editDistanceCountsNeighbourSwapsAsOneEdit(_ a: String, _ b: String, _ expected: Int) {
        #expect(Suggestion.distance(Array(a), Array(b)) == expected)
    }

    @Test func suggestsTheTransposedSpelling() {
        #expect(Suggestion.closest(to: "stpes", among: ["seed", "steps", "start"]) == "steps")
        #expect(Suggestion.closest(to: "zzzz", among: ["steps"]) == nil)
    }
}

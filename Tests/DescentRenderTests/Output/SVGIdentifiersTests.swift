import Testing
@testable import DescentRender

@Suite struct SVGIdentifiersTests {
    /// Ids from Cairo's process-wide counters renumbered per prefix in order of first appearance
    /// (definitions and references alike); glyph ids and longer identifiers left alone.
    @Test func renumbersCounterIdsInDocumentOrder() {
        let input = ##"<g id="surface90"><use xlink:href="#image94"/><image id="image94"/><image id="image7"/>"##
            + ##"<path style="fill:url(#pattern12);"/><use xlink:href="#glyph0-1"/><use xlink:href="#image94x"/></g>"##
        let expected = ##"<g id="surface1"><use xlink:href="#image1"/><image id="image1"/><image id="image2"/>"##
            + ##"<path style="fill:url(#pattern1);"/><use xlink:href="#glyph0-1"/><use xlink:href="#image94x"/></g>"##
        #expect(String(decoding: SVGIdentifiers.renumbered(Array(input.utf8)), as: UTF8.self) == expected)
    }

    @Test func leavesOtherTextUntouched() {
        let input = ##"<svg width="10pt"><text>#1 id=5 image</text></svg>"##
        #expect(SVGIdentifiers.renumbered(Array(input.utf8)) == Array(input.utf8))
    }

    @Test func renumbersAnIdEndingTheDocumentAndOneStartingIt() {
        let input = ##"id="clip7" #clip9 #clip7"##
        #expect(String(decoding: SVGIdentifiers.renumbered(Array(input.utf8)), as: UTF8.self) == ##"id="clip1" #clip2 #clip1"##)
    }

    /// A long document of many ids: the numbers `1000 + 7k mod 5000` are all distinct for
    /// k < 5000 (7 is prime to 5000) and repeat with period 5000, so the k-th element's id is
    /// renumbered `k mod 5000 + 1`; glyph ids stay.
    @Test func renumbersThousandsOfIds() {
        var input = "", expected = ""
        for k in 0..<20_000 {
            input += ##"<g id="surface\##(1000 + (k * 7) % 5000)"><use xlink:href="#glyph0-\##(k)"/></g>"##
            expected += ##"<g id="surface\##(k % 5000 + 1)"><use xlink:href="#glyph0-\##(k)"/></g>"##
        }
        #expect(String(decoding: SVGIdentifiers.renumbered(Array(input.utf8)), as: UTF8.self) == expected)
    }
}

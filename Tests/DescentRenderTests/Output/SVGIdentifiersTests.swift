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
}

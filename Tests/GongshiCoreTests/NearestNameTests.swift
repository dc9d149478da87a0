import Testing
@testable import GongshiCore

/// The suggestion in "unknown key" messages: close enough to be a typo, or none.
@Suite struct NearestNameTests {
    @Test func aTypoGetsItsKeyAndAnUnrelatedWordGetsNone() {
        let keys = ["title", "publisher", "retention", "names_months"]
        #expect(NearestName.nearest(to: "titel", among: keys) == "title")
        #expect(NearestName.nearest(to: "name_months", among: keys) == "names_months")
        #expect(NearestName.nearest(to: "retension", among: keys) == "retention")
        #expect(NearestName.nearest(to: "colour", among: keys) == nil)
        #expect(NearestName.nearest(to: "", among: keys) == nil)
        #expect(NearestName.editDistance(Array("kitten"), Array("sitting")) == 3)
    }
}

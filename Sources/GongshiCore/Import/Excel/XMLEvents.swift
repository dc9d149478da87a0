import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML part of a workbook as a flat list of events (Foundation's `XMLParser`), names without
/// their namespace prefix: what the workbook, relationships, styles, shared strings and sheet
/// readers walk. A part that is not well-formed XML is nil.
enum XMLEvent: Equatable {
    case start(String, [String: String])
    case end(String)
    case text(String)

    static func events(of bytes: [UInt8]) -> [XMLEvent]? {
        let collector = Collector()
        // From a stream: XMLParser(data:) refuses a part over 10 MB, which a county's sheet can be.
        let parser = XMLParser(stream: InputStream(data: Data(bytes)))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        guard parser.parse() else { return nil }
        return collector.events
    }

    static func localName(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var events: [XMLEvent] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            events.append(.start(XMLEvent.localName(elementName), attributeDict))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            events.append(.end(XMLEvent.localName(elementName)))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if case .text(let previous)? = events.last {
                events[events.count - 1] = .text(previous + string)
            } else {
                events.append(.text(string))
            }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
        }
    }
}

/// A published file as a reader meets it: the texts a person can see or copy out of it, and the
/// problems that keep it from being published whatever its text says (a `data:` URI, a text file
/// that is not UTF-8, a binary file that cannot be read through).
package struct ReaderView: Sendable, Equatable {
    package var texts: [ReaderText]
    package var problems: [ReaderViewProblem]

    package init(texts: [ReaderText] = [], problems: [ReaderViewProblem] = []) {
        self.texts = texts
        self.problems = problems
    }
}

/// Why a file cannot be published as it is, independent of what its text says.
package struct ReaderViewProblem: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// A `data:` URI (in CSS or HTML): content no rule can read.
        case dataURI
        /// A file of a text type that is not valid UTF-8; `encoding` is what it looks like
        /// (`GB18030`, `UTF-16`, `Latin-1`), or nil when unknown.
        case notUTF8(encoding: String?)
        /// A binary file whose text cannot be read (an unknown type, a compressed part that does
        /// not inflate, a PDF without pdftotext): refused unless `privacy.reviewed_files` lists it.
        case unscannable(type: String)
        /// A type a disclosure site never publishes (executables, archives, databases).
        case forbiddenType(type: String)
        /// An image whose metadata holds GPS coordinates (where the photo was taken).
        case gpsLocation
    }

    package let kind: Kind
    /// Byte offset in the file (0 for the whole file).
    package let offset: Int

    package init(_ kind: Kind, at offset: Int = 0) {
        self.kind = kind
        self.offset = offset
    }
}

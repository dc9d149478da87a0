import GongshiCore

/// Resolves a Mustache name against the schemas of the contexts in scope, as swift-mustache
/// looks it up at render time over dictionaries: the first segment from the innermost context
/// outwards, taking the first context that has it (an optional field may be absent, so the search
/// goes on past it), then the other segments inside that value only.
struct NameResolver {
    /// The type of each context on the stack, the page's root view first.
    let frames: [ViewFieldType]

    struct Resolved {
        let candidates: [LookupCandidate]
        /// The type each candidate's value has.
        let types: [ViewFieldType]
    }

    enum Failure: Error {
        /// No context declares it; the view searched first and the nearest field name.
        case unknown(view: String, nearest: String?)
        /// A dotted name goes on after a segment that is not an object.
        case notObject(segment: String)
    }

    func resolve(_ name: MustacheName) -> Result<Resolved, Failure> {
        guard let first = name.segments.first else {
            return .success(Resolved(candidates: [], types: frames.last.map { [$0] } ?? []))
        }
        var candidates: [LookupCandidate] = []
        var types: [ViewFieldType] = []
        for depth in frames.indices.reversed() {
            guard case .object(let schema) = frames[depth], let index = schema.index(of: first) else { continue }
            let field = schema.fields[index]
            var type = field.type
            var rest: [LookupStep] = []
            for (position, segment) in name.segments.enumerated().dropFirst() {
                guard case .object(let inner) = type else { return .failure(.notObject(segment: name.segments[position - 1])) }
                guard let innerIndex = inner.index(of: segment) else {
                    return .failure(.unknown(view: inner.name, nearest: Self.nearest(to: segment, among: inner.fields.map(\.name))))
                }
                rest.append(LookupStep(schema: inner, index: innerIndex))
                type = inner.fields[innerIndex].type
            }
            candidates.append(LookupCandidate(depth: depth, step: LookupStep(schema: schema, index: index), rest: rest))
            types.append(type)
            if !field.optional { break }
        }
        guard !candidates.isEmpty else {
            let innermost = frames.reversed().lazy.compactMap { frame -> ViewSchema? in
                if case .object(let schema) = frame { return schema } else { return nil }
            }.first
            let known = frames.reversed().flatMap { frame -> [String] in
                if case .object(let schema) = frame { return schema.fields.map(\.name) } else { return [] }
            }
            return .failure(.unknown(view: innermost?.name ?? "", nearest: Self.nearest(to: first, among: known)))
        }
        return .success(Resolved(candidates: candidates, types: types))
    }

    /// The known name closest to `name`, if it is close enough to be a typo (`NearestName`).
    static func nearest(to name: String, among known: [String]) -> String? { NearestName.nearest(to: name, among: known) }
}

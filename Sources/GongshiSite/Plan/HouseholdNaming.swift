import Foundation
import GongshiCore

/// Which roster months still name their households, at the build's date:
/// - a month more than `retention.names_months` months before the latest is **withdrawn**: its
///   village pages give totals and change counts, no names; it has no print pages, cards or
///   household CSVs (个人信息保护法 第十九条);
/// - a month whose notice period has ended no longer names its 停保 households (they receive
///   nothing any more, and their notice is over); its current households stay named.
/// Totals, charts and change counts never depend on it.
public struct HouseholdNaming: Sendable, Hashable {
    public enum State: UInt8, Sendable {
        case named
        case stoppedUnnamed
        case withdrawn
    }

    /// By position in the roster index.
    public let states: [State]
    public let retention: RetentionSettings

    /// Every month named: a plan without rosters, or one made for a single page.
    public static let unrestricted = HouseholdNaming(states: [], retention: RetentionSettings())

    private init(states: [State], retention: RetentionSettings) {
        self.states = states
        self.retention = retention
    }

    /// - Parameter today: the build's date (`--now`, or the clock) as days since 1970-01-01, in
    ///   the site's time zone.
    public init(_ index: RosterIndex, retention: RetentionSettings, today: Int64) {
        self.retention = retention
        guard let latest = index.months.last?.month.month else {
            states = []
            return
        }
        states = index.months.map { entry in
            if retention.withdraws(entry.month.month, latest: latest) { return .withdrawn }
            return today > entry.month.notice.publishTo.civilDay ? .stoppedUnnamed : .named
        }
    }

    public func state(_ position: Int) -> State { position < states.count ? states[position] : .named }
    public func isWithdrawn(_ position: Int) -> Bool { state(position) == .withdrawn }
    public var withdrawnCount: Int { states.count { $0 == .withdrawn } }

    /// The build's date in the site's time zone, as days since 1970-01-01.
    public static func civilDay(epochSeconds: Int64, timeZone: TimeZone) -> Int64 {
        ContentDate(epochSeconds: epochSeconds, timeZone: timeZone).civilDay
    }
}

import Foundation
import TopographModel

/// The date accepted risks expire against, resolved the same way by every command: `--today`,
/// else `$TOPOGRAPH_TODAY`, else today's date in UTC.
enum ValidationDate {
    static func resolve(_ option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let value = option ?? environment["TOPOGRAPH_TODAY"] ?? current()
        guard ISODate.isValid(value) else {
            throw CLIError("'\(value)' is not a date", hint: "write it YYYY-MM-DD, e.g. 2026-01-31")
        }
        return value
    }

    /// Today's date in UTC, `YYYY-MM-DD`.
    static func current(_ now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}

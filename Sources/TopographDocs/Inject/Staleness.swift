/// Compares a file on disk with what would be generated, for `--check`.
public enum Staleness {
    /// nil when `actual` equals `expected`; otherwise one short line naming the differing line range.
    public static func summary(expected: String, actual: String, file: String) -> String? {
        guard expected != actual else { return nil }
        let want = SourceLines(expected).lines.map { String($0.content) + $0.ending }
        let have = SourceLines(actual).lines.map { String($0.content) + $0.ending }
        var prefix = 0
        while prefix < want.count, prefix < have.count, want[prefix] == have[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < want.count - prefix, suffix < have.count - prefix,
            want[want.count - 1 - suffix] == have[have.count - 1 - suffix]
        {
            suffix += 1
        }
        let first = prefix + 1
        let haveLast = have.count - suffix
        let wantLast = want.count - suffix
        func range(_ last: Int) -> String {
            last < first ? "nothing at line \(first)" : (last == first ? "line \(first)" : "lines \(first)-\(last)")
        }
        return "\(file) is stale: it has \(range(haveLast)) where the generated text has \(range(wantLast)) "
            + "(\(have.count) lines on disk, \(want.count) generated)"
    }
}

/// Escaping for the quoted arguments of C4-PlantUML macros.
///
/// Inside `"…"` PlantUML still reads its preprocessor (`$var`, `%func()`), Creole markup (`**`,
/// `//`, `--`, `__`, `~~`, `""`, `[[link]]`, `~` as escape) and HTML-like tags (`<b>`). Each of
/// those characters becomes a numeric character reference (`&#36;`), which PlantUML prints as the
/// character; a doubled markup character has its first half replaced, which breaks the pair. Line
/// breaks become PlantUML's `\n`.
public enum PlantUMLText {
    private static let always: Set<Unicode.Scalar> = ["\"", "\\", "$", "%", "<", ">", "&", "~", "!", "'"]
    private static let pairs: Set<Unicode.Scalar> = ["*", "/", "-", "_", "=", "^", "[", "]", ",", "|", "#"]

    /// `text` as the inside of a quoted macro argument.
    public static func escape(_ text: String) -> String {
        let scalars = Array(text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars)
        var out = ""
        for (i, scalar) in scalars.enumerated() {
            let doubled = i + 1 < scalars.count && scalars[i + 1] == scalar
            switch scalar {
            case "\n", "\r": out += "\\n"
            case "\t": out += " "
            case _ where always.contains(scalar) || (pairs.contains(scalar) && doubled): out += "&#\(scalar.value);"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

import TopographModel

extension Software {
    /// Reads `"nginx 1.24"` as product nginx, version 1.24: the last word is the version when it
    /// starts with a digit (`"Sumo Logic"` is all product).
    init(parsing text: String) {
        let words = text.split(separator: " ")
        if words.count > 1, let last = words.last, last.first?.isNumber == true {
            self.init(product: words.dropLast().joined(separator: " "), version: String(last))
        } else {
            self.init(product: text)
        }
    }
}

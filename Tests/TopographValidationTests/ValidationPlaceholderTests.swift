import Testing

// Replaced by real tests as the owning issue lands.
@Test func ValidationPlaceholder() { #expect(Bool(true)) }

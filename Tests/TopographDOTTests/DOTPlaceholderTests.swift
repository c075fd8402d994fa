import Testing

// Replaced by real tests as the owning issue lands.
@Test func DOTPlaceholder() { #expect(Bool(true)) }

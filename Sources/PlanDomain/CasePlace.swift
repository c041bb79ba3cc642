extension CaseIterable where Self: Equatable, AllCases == [Self] {
    /// Its place in `allCases`, read without searching: an enum without payloads stores its case as
    /// a number of one byte (none with a single case), in the order the cases are declared, which
    /// the synthesized `allCases` follows. (`IDIndexTests` and `FieldIDTests` check it against
    /// `allCases` for every kind, record, field and contingency.)
    var casePlace: Int {
        switch MemoryLayout<Self>.size {
        case 0: 0
        case 1: Int(unsafeBitCast(self, to: UInt8.self))
        default: Self.allCases.firstIndex(of: self)!
        }
    }
}

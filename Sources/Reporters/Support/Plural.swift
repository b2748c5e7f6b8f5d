/// "1 finding", "3 findings": every noun the reports count takes a plain `s`.
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

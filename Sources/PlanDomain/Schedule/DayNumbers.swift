extension Day {
    /// The day number of the first day of `month` (1 to 12) in `year`, for any year: a `Day` only
    /// holds years 1 to 9999, and a schedule built from extreme durations can run past them.
    public static func firstDayNumber(year: Int, month: Int = 1) -> Int {
        // Howard Hinnant's days_from_civil, with the year counted from March.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }
}

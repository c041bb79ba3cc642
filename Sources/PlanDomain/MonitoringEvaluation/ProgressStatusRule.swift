/// How a value is judged against its target: on track when it reached the target the way the
/// indicator should move; at risk when it falls short by at most the tolerance (a share of the
/// target); off track beyond. For a range indicator, the value is on track within the tolerance
/// either side of the target, at risk within twice the tolerance, off track further.
public enum ProgressJudgement {
    public static func status(actual: Double, target: Double, direction: IndicatorDirection,
                              tolerancePercent: Double) -> ProgressStatus {
        let scale = abs(target) > 1e-9 ? abs(target) : 1
        let tolerance = max(0, tolerancePercent) / 100 * scale
        let epsilon = 1e-9 * max(1, scale)
        let shortfall: Double
        switch direction {
        case .up: shortfall = target - actual
        case .down: shortfall = actual - target
        case .range:
            let deviation = abs(actual - target)
            if deviation <= tolerance + epsilon { return .onTrack }
            return deviation <= 2 * tolerance + epsilon ? .atRisk : .offTrack
        }
        if shortfall <= epsilon { return .onTrack }
        return shortfall <= tolerance + epsilon ? .atRisk : .offTrack
    }
}

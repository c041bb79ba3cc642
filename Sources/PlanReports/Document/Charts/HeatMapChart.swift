import PlanDomain

/// The coverage matrix as a heat map: contingencies down, population groups across, each cell
/// coloured by its coverage band and labelled with its percentage.
struct HeatMapChart: SVGChart {
    let width: Double
    let height: Double
    let svg: String

    static let colors: [CoverageBand: String] = [
        .none: "#b2182b", .low: "#ef8a62", .partial: "#fddbc7", .high: "#a6dba0", .full: "#1b7837",
    ]

    init(matrix: CoverageMatrix, numbers: DocumentNumbers, words: DocumentWords) {
        let labelWidth = 105.0, cell = min(30, 300 / Double(max(matrix.groups.count, 1)))
        let headerHeight = 104.0, rowHeight = 17.0, headerLabel = 118.0
        width = labelWidth + cell * Double(matrix.groups.count) + headerLabel * 0.58 + 6
        let gridBottom = headerHeight + rowHeight * Double(matrix.contingencies.count)
        height = gridBottom + 50
        var canvas = SVGCanvas(width: width, height: height)
        for (column, group) in matrix.groups.enumerated() {
            let x = labelWidth + cell * (Double(column) + 0.5)
            canvas.text(x + 2, headerHeight - 4, SVGCanvas.fit(group.name, width: headerLabel, size: 7.5), size: 7.5, rotate: -55)
        }
        for (row, contingency) in matrix.contingencies.enumerated() {
            let y = headerHeight + rowHeight * Double(row)
            canvas.text(labelWidth - 4, y + rowHeight * 0.68, contingency.label, size: 8, anchor: .end)
            for (column, group) in matrix.groups.enumerated() {
                let x = labelWidth + cell * Double(column)
                let found = matrix.cell(contingency, group.id)
                guard let found, !found.isNotApplicable else {
                    canvas.rect(x, y, cell, rowHeight, fill: "#f2f2f2", stroke: "#ffffff")
                    canvas.text(x + cell / 2, y + rowHeight * 0.68, "–", size: 7.5, anchor: .middle, fill: "#999999")
                    continue
                }
                let band = found.band ?? .none
                let fill = HeatMapChart.colors[band] ?? "#ffffff"
                canvas.rect(x, y, cell, rowHeight, fill: fill, stroke: "#ffffff",
                            title: "\(contingency.label), \(group.name): \(numbers.share(found.percent))")
                let dark = band == .none || band == .full
                canvas.text(x + cell / 2, y + rowHeight * 0.68, found.percent.map { numbers.number($0, decimals: 0) } ?? "0",
                            size: 7, anchor: .middle, fill: dark ? "#ffffff" : "#222222")
            }
        }
        // Legend: one swatch per band, three to a row.
        for (index, band) in CoverageBand.allCases.enumerated() {
            let x = labelWidth + Double(index % 3) * 125, y = gridBottom + 16 + Double(index / 3) * 13
            canvas.rect(x, y - 8, 9, 9, fill: HeatMapChart.colors[band] ?? "#ffffff", stroke: "#999999")
            canvas.text(x + 12, y, "\(band.label) (\(words(band.range)))", size: 7)
        }
        svg = canvas.text
    }
}

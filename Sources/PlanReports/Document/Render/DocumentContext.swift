import Foundation

/// The document as the values a Mustache template sees: dictionaries, arrays, strings and flags.
/// Every key a template may test is present in every block (false when it does not apply), so a
/// lookup never falls through to an enclosing section's value.
enum DocumentContext {
    /// `figureFile` names the picture of figure `index` (1-based, in document order) for formats
    /// that store figures as files (DOCX); `relationship` its relationship id.
    static func make(_ document: StrategyDocument, format: String) -> [String: Any] {
        var figureIndex = 0
        let words = document.words
        func block(_ block: DocBlock) -> [String: Any] {
            var out: [String: Any] = ["isNarrative": false, "isMissing": false, "isParagraph": false, "isBullets": false,
                                      "isFacts": false, "isTable": false, "isFigure": false]
            switch block {
            case .narrative(let paragraphs):
                out["isNarrative"] = true
                out["paragraphs"] = paragraphs.map { ["text": clean($0)] }
            case .missing(let label, let prompt):
                out["isMissing"] = true
                out["label"] = clean(label)
                out["prompt"] = clean(prompt)
                out["toBeWritten"] = words[.toBeWritten]
            case .paragraph(let text):
                out["isParagraph"] = true
                out["text"] = clean(text)
            case .bullets(let items):
                out["isBullets"] = true
                out["items"] = items.map { ["text": clean($0)] }
            case .facts(let pairs):
                out["isFacts"] = true
                out["facts"] = pairs.map { ["label": clean($0.0), "value": clean($0.1)] }
            case .table(let table):
                out["isTable"] = true
                out["table"] = self.table(table, words: words)
            case .figure(let figure):
                figureIndex += 1
                out["isFigure"] = true
                let widthLimit = 453.0
                let scale = min(1, widthLimit / figure.width)
                var values: [String: Any] = [
                    "number": figure.number, "caption": clean(figure.caption), "svg": figure.svg,
                    "summary": clean(figure.summary), "hasNote": figure.note != nil, "note": clean(figure.note ?? ""),
                    "width": figure.width, "height": figure.height,
                    "widthEMU": Int(figure.width * scale * 12700), "heightEMU": Int(figure.height * scale * 12700),
                    "file": "figure\(figureIndex).svg", "relationship": "rIdFigure\(figureIndex)", "index": figureIndex,
                    "hasData": figure.data != nil, "figureWord": words[.figure],
                ]
                if let data = figure.data { values["data"] = self.table(data, words: words) }
                out["figure"] = values
            }
            return out
        }
        func section(_ section: DocSection) -> [String: Any] {
            ["anchor": section.anchor, "hasTitle": !section.title.isEmpty, "heading": clean(section.heading),
             "title": clean(section.title), "blocks": section.blocks.map(block)]
        }
        var bookmark = 0
        func chapter(_ chapter: DocChapter, numbered: Bool) -> [String: Any] {
            bookmark += 1
            return ["anchor": chapter.anchor, "bookmark": bookmark, "heading": clean(chapter.heading), "title": clean(chapter.title),
             "numbered": numbered, "sections": chapter.sections.map(section)]
        }
        let page = document.titlePage
        let toc: [[String: Any]] = document.allChapters.map { chapter in
            ["anchor": chapter.anchor, "heading": clean(chapter.heading),
             "hasSections": chapter.number != nil && chapter.sections.contains { !$0.title.isEmpty },
             "sections": chapter.sections.filter { !$0.title.isEmpty }.map { ["anchor": $0.anchor, "heading": clean($0.heading)] }]
        }
        return [
            "format": format,
            "language": document.language,
            "country": clean(page.country), "title": clean(page.title), "period": page.period,
            "hasVersion": !page.version.isEmpty, "version": clean(page.version), "date": page.date,
            "status": page.status.rawValue, "statusLabel": page.statusLabel, "isDraft": page.status == .draft,
            "hasAdoption": !page.adoption.isEmpty, "adoption": page.adoption.map { ["text": clean($0)] },
            "hasAuthors": !page.authors.isEmpty, "authors": page.authors.map { ["text": clean($0)] },
            "front": document.front.map { chapter($0, numbered: false) },
            "chapters": document.chapters.map { chapter($0, numbered: true) },
            "toc": toc,
            "words": Dictionary(uniqueKeysWithValues: DocumentWord.allCases.map { ($0.rawValue, words[$0]) }),
        ]
    }

    static func table(_ table: DocTable, words: DocumentWords) -> [String: Any] {
        [
            "number": table.number, "caption": clean(table.caption), "tableWord": words[.table],
            "columns": table.columns.map { ["title": clean($0.title), "numeric": $0.numeric, "markdownAlign": $0.numeric ? "---:" : "---"] },
            "rows": table.rows.enumerated().map { index, row in
                [
                    "strong": table.strongRows.contains(index),
                    "cells": row.enumerated().map { column, text in
                        ["text": clean(text),
                         "markdown": table.strongRows.contains(index) && !text.isEmpty ? "**\(markdownCell(clean(text)))**" : markdownCell(clean(text)),
                         "numeric": column < table.columns.count && table.columns[column].numeric,
                         "strong": table.strongRows.contains(index)] as [String: Any]
                    },
                ] as [String: Any]
            },
            "hasNote": table.note != nil, "note": clean(table.note ?? ""), "noteWord": words[.note],
        ]
    }

    /// Text without the control characters XML 1.0 forbids (a tab becomes a space).
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || (0xFFFE...0xFFFF).contains($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" { out.append(" ") }
            else if scalar == "\n" { out.append(scalar) }
            else if scalar.value < 0x20 || scalar.value == 0x7F || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
            else { out.append(scalar) }
        }
        return String(out)
    }

    /// A table cell for Markdown: pipes escaped, line breaks as spaces.
    static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}

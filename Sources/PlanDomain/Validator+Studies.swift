extension Validator {
    /// The register of studies, and the stocktake figures that cite it.
    mutating func checkStudies() {
        let studies = plan.foundations.studies
        if studies.isEmpty {
            add(.hint, .studyNone, Location(stage: .foundations, kind: .study),
                "The register of studies is empty: record the studies and tools the plan rests on"
                    + " (ABND, rapid assessment costing, actuarial valuation, surveys, legal review).")
        }
        for study in studies {
            let name = study.title.isBlank ? "Study \(study.id)" : "Study \(study.id) \"\(study.title)\""
            if study.title.isBlank {
                add(.warning, .studyTitle, Location(study.id, Study.Field.title), "\(name) has no title.")
            }
            if study.stages.isEmpty {
                add(.warning, .studyStages, Location(study.id, Study.Field.stages),
                    "\(name) says no stage it informs: choose the stages whose work rests on it.")
            }
            if study.status == .done && study.file.isBlank {
                add(.warning, .studyFile, Location(study.id, Study.Field.file),
                    "\(name) is done but keeps no file or link: put the report in the plan folder and name it.")
            }
            references(study.schemeIds, .scheme, from: Location(study.id, Study.Field.schemes))
            references(study.measureIds, .measure, from: Location(study.id, Study.Field.measures))
        }
        for indicator in plan.stocktake.indicators {
            reference(indicator.studyId, .study, from: Location(indicator.id, Indicator.Field.study))
        }
        for group in plan.stocktake.groups {
            reference(group.studyId, .study, from: Location(group.id, PopulationGroup.Field.study))
        }
    }
}

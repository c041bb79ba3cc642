import Testing
@testable import PlanDomain

/// Issue 16's process and service rules, each broken once on the clean plan (`BrokenRule`; run by
/// `ValidationTests.eachRuleFires`).
let processRules: [BrokenRule] = [
    BrokenRule(.approvalDocuments, .warning, "names no document") {
        $0.strategy.approvals[0].status = .inProgress
        $0.strategy.approvals[0].documents = []
    },
    BrokenRule(.approvalVersion, .warning, "records no version") {
        $0.strategy.approvals[0].status = .approved
        $0.strategy.approvals[0].date = Day(year: 2026, month: 3, day: 1)
    },
    BrokenRule(.approvalVersion, .warning, "one part per document") {
        $0.strategy.approvals[0].status = .approved
        $0.strategy.approvals[0].documents = [.strategy, .costing]
        $0.strategy.approvals[0].fingerprint = "0123456789ab"
    },
    BrokenRule(.approvalChanged, .hint, "The costing changed after technical validation") {
        $0.strategy.approvals[0].status = .approved
        $0.strategy.approvals[0].documents = [.strategy, .costing]
        $0.strategy.approvals[0] = $0.sealing($0.strategy.approvals[0])
        $0.strategy.measures[0].benefit.annualAmount += 100
        $0.strategy.measures[0].benefit.annualAmount -= 100
        $0.stocktake.economy.inflation.baseValue = 4
    },
    BrokenRule(.approvalChanged, .warning, "The action plan changed after parliament") {
        let index = $0.strategy.approvals.firstIndex { $0.stage == .parliament }!
        for i in $0.strategy.approvals.indices { $0.strategy.approvals[i].status = .approved }
        $0.strategy.approvals[index].documents = [.actionPlan]
        $0.strategy.approvals[index] = $0.sealing($0.strategy.approvals[index])
        $0.actionPlan.activities[1].durationDays = 12
    },
    BrokenRule(.communicationResponsible, .warning, "names no one responsible") {
        var action = PublicAction(id: "PUB-1"); action.audience = "Parents"; action.measureIds = ["MEA-1"]
        $0.strategy.publicInformation = [action]
    },
    BrokenRule(.communicationMeasure, .hint, "explains measure MEA-1") {
        var action = PublicAction(id: "PUB-1"); action.audience = "Everyone"; action.responsibleId = "STK-1"
        $0.strategy.publicInformation = [action]
    },
    BrokenRule(.referenceMissing, .error, "MEA-9") {
        var action = PublicAction(id: "PUB-1"); action.responsibleId = "STK-1"; action.measureIds = ["MEA-9"]
        $0.strategy.publicInformation = [action]
    },
    BrokenRule(.acceptanceNone, .hint, "No evidence of public acceptance") { $0.strategy.acceptance = [] },
    BrokenRule(.acceptanceOpposed, .warning, "opposed views of measure") {
        var evidence = AcceptanceEvidence(id: "ACC-1"); evidence.title = "Press coverage"
        evidence.stance = .opposed; evidence.measureIds = ["MEA-1"]; evidence.date = Day(year: 2026, month: 5, day: 1)
        var early = PublicAction(id: "PUB-1"); early.responsibleId = "STK-1"; early.measureIds = ["MEA-1"]
        early.date = Day(year: 2026, month: 1, day: 1)
        $0.strategy.acceptance = [evidence]
        $0.strategy.publicInformation = [early]
    },
    BrokenRule(.percentRange, .error, "share in favour") {
        var evidence = AcceptanceEvidence(id: "ACC-1"); evidence.supportPercent = 120
        $0.strategy.acceptance = [evidence]
    },
    BrokenRule(.implicationsMissing, .warning, "administrative, political implications are not assessed") {
        $0.strategy.measures[0].implications.administrative = .notAssessed
        $0.strategy.measures[0].implications.political = .notAssessed
    },
    BrokenRule(.optionNone, .hint, "has no options compared") { $0.strategy.options = [] },
    BrokenRule(.optionNone, .hint, "one option only") {
        var option = MeasureOption(id: "OPT-1"); option.measureId = "MEA-1"; option.chosen = true; option.reason = "Only one"
        $0.strategy.options = [option]
    },
    BrokenRule(.optionChosen, .warning, "no option chosen among the 2 compared") {
        var a = MeasureOption(id: "OPT-1"); a.measureId = "MEA-1"
        var b = MeasureOption(id: "OPT-2"); b.measureId = "MEA-1"
        $0.strategy.options = [a, b]
    },
    BrokenRule(.optionChosen, .warning, "2 options chosen") {
        var a = MeasureOption(id: "OPT-1"); a.measureId = "MEA-1"; a.chosen = true; a.reason = "Cheaper"
        var b = MeasureOption(id: "OPT-2"); b.measureId = "MEA-1"; b.chosen = true; b.reason = "Wider"
        $0.strategy.options = [a, b]
    },
    BrokenRule(.optionReason, .warning, "is chosen but does not say why") {
        var a = MeasureOption(id: "OPT-1"); a.measureId = "MEA-1"; a.name = "Universal"; a.chosen = true
        var b = MeasureOption(id: "OPT-2"); b.measureId = "MEA-1"
        $0.strategy.options = [a, b]
    },
    BrokenRule(.dimensionActivity, .warning, "No activity works in the social dialogue dimension") {
        $0.actionPlan.activities[1].dimensions = [.political, .financial]
    },
    BrokenRule(.dimensionUntagged, .hint, "Activity ACT-2") { $0.actionPlan.activities[1].dimensions = [] },
    BrokenRule(.dimensionUntagged, .hint, "Measure MEA-1") { $0.strategy.measures[0].dimensions = [] },
    BrokenRule(.serviceNone, .hint, "has no service profile") { $0.administration.services = [] },
    BrokenRule(.serviceTransparency, .warning, "does not publish its rules") {
        $0.administration.services[0].rulesPublished = false
    },
    BrokenRule(.serviceTransparency, .warning, "publishes no report") { $0.administration.services[0].reporting = nil },
    BrokenRule(.serviceAppeals, .warning, "no channel for complaints") {
        $0.administration.services[0].complaintsChannel = false
    },
    BrokenRule(.serviceAppeals, .warning, "not reviewed by an independent body") {
        $0.administration.services[0].appealIndependent = false
    },
    BrokenRule(.serviceTargets, .warning, "sets no service standard") {
        $0.administration.services[0].payDaysTarget = nil
    },
    BrokenRule(.serviceMissed, .hint, "misses its standard for time to pay: 45 days against a target of 30 days") {
        $0.administration.services[0].payDaysActual = 45
    },
    BrokenRule(.serviceMissed, .hint, "payments on time: 80% against a target of 95%") {
        $0.administration.services[0].onTimeTarget = 95
        $0.administration.services[0].onTimeActual = 80
    },
    BrokenRule(.percentRange, .error, "reach of access points") { $0.administration.services[0].reachActual = 140 },
    BrokenRule(.valueNegative, .error, "administrative cost") { $0.administration.services[0].administrativeCost = -1 },
]

struct ProcessValidationTests {
    @Test func anApprovedStepRecordsTheVersionOfEachDocument() throws {
        var plan = cleanPlan()
        var step = plan.strategy.approvals[0]
        step.documents = [.costing, .strategy]
        #expect(plan.sealing(step).fingerprint.isEmpty, "a step not approved records no version")
        step.status = .approved
        let sealed = plan.sealing(step)
        let parts = sealed.fingerprint.split(separator: "-").map(String.init)
        #expect(parts == [plan.fingerprint(of: .strategy), plan.fingerprint(of: .costing)])
        #expect(parts.allSatisfy { $0.count == Plan.fingerprintDigits && $0.allSatisfy(\.isHexDigit) })
        #expect(plan.sealing(sealed) == sealed, "a recorded version is kept")
        plan.strategy.approvals[0] = sealed
        #expect(plan.changedSinceApproval(sealed) == [])
        // Recording the approval itself, a consultation or a communication action is not a change of the strategy.
        plan.strategy.approvals[1].note = "Submitted"
        plan.strategy.publicInformation = [PublicAction(id: "PUB-1")]
        #expect(plan.changedSinceApproval(sealed) == [])
        plan.strategy.vision = "Social security for all by 2035"
        #expect(plan.changedSinceApproval(sealed) == [.strategy])
        plan.stocktake.groups[0].size = 2000
        #expect(plan.changedSinceApproval(sealed) == [.strategy, .costing])
        var reopened = sealed
        reopened.status = .inProgress
        #expect(plan.sealing(reopened).fingerprint.isEmpty)
    }

    @Test func aFieldAddedEmptyDoesNotChangeTheFingerprint() {
        let plan = cleanPlan()
        var tagged = plan
        tagged.strategy.measures[0].implications.supporterIds = []
        tagged.strategy.measures[0].description = ""
        #expect(tagged.fingerprint(of: .strategy) == plan.fingerprint(of: .strategy))
        tagged.strategy.measures[0].implications.supporterIds = ["STK-1"]
        #expect(tagged.fingerprint(of: .strategy) != plan.fingerprint(of: .strategy))
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func serviceCostsComeFromTheProfileElseTheScheme() throws {
        var plan = cleanPlan()
        plan.stocktake.schemes[0].expenditure = 1_050_000
        plan.stocktake.schemes[0].administrativeCost = 50_000
        var cost = try #require(plan.serviceCosts().first)
        #expect(cost.beneficiaries == 200)
        #expect(cost.perBeneficiary == 250)
        #expect(cost.per100Paid == 5)
        plan.administration.services[0].beneficiaries = 500
        plan.administration.services[0].administrativeCost = 20_000
        cost = try #require(plan.serviceCosts().first)
        #expect(cost.perBeneficiary == 40)
        #expect(cost.per100Paid == 2)
    }

    @Test func anOptionScoresFeasibilityAndTheFiveDimensions() {
        var option = MeasureOption(id: "OPT-1")
        option.annualCost = 1_000_000
        option.coverage = 4_000
        #expect(option.costPerPerson == 250)
        #expect(option.score == nil)
        option.feasibility = .good
        option.political = .good; option.socialDialogue = .fair; option.legislative = .fair
        option.technical = .poor; option.financial = .good
        #expect(option.score == 14)
    }
}

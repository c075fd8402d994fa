import Testing
import TopographModel

@testable import TopographValidation

/// Superseded constructs keep working, and a note suggests the new form (issue 12).
@Suite struct SupersededFormTests {
    let rule = SupersededForm()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "hygiene.superseded-form")
        #expect(rule.descriptor.defaultSeverity == .note)
    }

    @Test func bastionWrittenAsAGenericComponent() {
        let model = CleanModel.make().with { a in
            a.components.append(Component(id: "jump", spec: .generic(GenericSpec(role: "SSH bastion")), zone: "dmz", ports: [22]))
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "hygiene.superseded-form", ["jump"], .note, "jump is a generic component described as a bastion host")
            ])
    }

    @Test func wordsMatchWhole() {
        #expect(SupersededForm.mentions("vip pool", "vip"))
        #expect(!SupersededForm.mentions("vipers", "vip"))
        #expect(!SupersededForm.mentions("s30 store", "s3"))
    }

    @Test func clean() {
        let model = CleanModel.make().with { a in
            a.components.append(Component(id: "code", spec: .generic(GenericSpec(role: "application code base")), zone: "dmz"))
            a.components.append(Component(id: "jump", spec: .bastion, zone: "dmz", ports: [22]))
        }
        expectClean(rule, model)
    }
}
